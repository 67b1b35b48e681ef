#!/usr/bin/env bash
# The fund's benchmark against a running instance (demo profile), one measurement after the other:
#   1. donations through the API per second, with 1 and with 8 clients (POST /api/v1/fund/donations, cash, HTTP
#      Basic: each request also pays for the password check);
#   2. a 100,000-line statement (STATEMENT_LINES) imported and matched through the API (POST
#      /api/v1/fund/{id}/statements): 80 % of the lines carry the ward drive's memo code (in lower case and with
#      spaces as donors type it) and post as donations with receipts in the import's batch path, the rest wait in
#      the queue. It goes to a bank account of its own, created in SQL, so that the opening balance is 0;
#   3. verification of a ledger of N entries (default 1,000,000) in a fund of its own
#      (GET /api/v1/fund/{id}/ledger/verify). The entries are generated in SQL by the recursive query below, which
#      computes exactly ChainHash's SHA-256 (each field as its length, ':' and its text, then ';'; the previous
#      entry's hash last), so the chain is valid and the verification recomputes and compares all of it.
# Usage: URL=http://localhost:8101 PGURL=postgresql://postgres@localhost:PORT/postgres bench/fund/ledger.sh [N]
# (PGURL: the application's database; the embedded one logs its port at start-up and asks for a password:
# PGPASSWORD=$(cat data/postgres-secrets/postgres-password). Without PGURL only 1. runs.)
# DONATIONS_PER_CLIENT (200) sets how many donations each client posts. SKIP_DONATIONS=1 / SKIP_STATEMENT=1 / SKIP_VERIFY=1 leave a part out.
set -euo pipefail
URL=${URL:-http://localhost:8101}
N=${1:-1000000}
LINES=${STATEMENT_LINES:-100000}
AUTH=mttq:chungsuc
WORK=${WORK:-/tmp/chungsuc-bench-fund}
mkdir -p "$WORK"
now() { date +%s.%N; }
FUNDS=$(curl -sf -u "$AUTH" "$URL/api/v1/fund/funds?unit=38-BS")
FUND=$(echo "$FUNDS" | sed -E 's/^\[\{"id":([0-9]+).*/\1/')
DAY=$(date +%Y-%m-%d)

if [ -z "${SKIP_DONATIONS:-}" ]; then
  post() {
    curl -sf -o /dev/null -u "$AUTH" -H 'Content-Type: application/json' -X POST "$URL/api/v1/fund/donations" \
      -d "{\"fund\":$FUND,\"donor\":{\"name\":\"Bench $1\",\"kind\":\"NAMED\"},\"amount\":1000,\"channel\":\"CASH\",\"date\":\"$DAY\"}"
  }
  export -f post; export URL AUTH FUND DAY
  seq "${WARM_UP:-50}" | xargs -P 2 -I{} bash -c 'post warm{}'   # the JIT's warm-up
  for clients in 1 8; do
    count=$((clients * ${DONATIONS_PER_CLIENT:-200}))
    start=$(now)
    seq "$count" | xargs -P "$clients" -I{} bash -c 'post {}'
    end=$(now)
    printf 'donations, %d client(s): %d in %.2f s = %.0f/s\n' "$clients" "$count" "$(echo "$end - $start" | bc)" \
      "$(echo "$count / ($end - $start)" | bc -l)"
  done
fi

[ -n "${PGURL:-}" ] || exit 0

if [ -z "${SKIP_STATEMENT:-}" ]; then
  # an account of its own (BIN 970415 VietinBank): nothing imported before, so the opening balance is 0
  NUMBER=$(date +%s%N | tail -c 13)
  ACCOUNT=$(psql "$PGURL" -Atqc "insert into fund_bank_account (fund_id, bank_bin, bank_name, account_number,
        account_name, opened_on) values ($FUND, '970415', 'VietinBank', '$NUMBER', 'BENCH', date '2025-07-01')
        returning id" | head -1)
  CODE=$(psql "$PGURL" -Atqc "select memo_code from fund_campaign where fund_id = $FUND order by id desc limit 1")
  FROM=$(date -d '-31 days' +%d/%m/%Y); TO=$(date -d '-2 days' +%d/%m/%Y)
  # the lines over the 30 days, amounts all different, the closing balance their sum
  awk -v n="$LINES" -v code="$CODE" -v acc="$NUMBER" -v from="$FROM" -v to="$TO" 'BEGIN {
      srand(14); total = 0
      for (i = 1; i <= n; i++) { amount[i] = 10000 + i * 7; total += amount[i] }
      printf "Ngân hàng,970415 VietinBank\nSố tài khoản,%s\nTừ ngày,%s\nĐến ngày,%s\n", acc, from, to
      printf "Số dư đầu kỳ,0\nSố dư cuối kỳ,%.0f\n", total
      print "Ngày,Số tham chiếu,Diễn giải,Ghi có,Ghi nợ,Đối ứng"
      for (i = 1; i <= n; i++) {
        day = 31 - int((i - 1) * 30 / n)
        d = strftime("%d/%m/%Y", systime() - day * 86400)
        memo = (i % 5 == 0) ? "Ung ho quy vi nguoi ngheo so " i : "CT tu 0" i " " tolower(substr(code, 1, 4)) " " tolower(substr(code, 5)) " ho tro " i
        printf "%s,FT%09d,%s,%d,,NGUOI UNG HO %d\n", d, i, memo, amount[i], i
      }
    }' > "$WORK/statement.csv"
  ls -l "$WORK/statement.csv" | awk '{printf "statement: %d lines, %.1f MB\n", '"$LINES"', $5 / 1048576}'
  start=$(now)
  curl -sf -u "$AUTH" -o "$WORK/import.json" -F "file=@$WORK/statement.csv;type=text/csv" -F "account=$ACCOUNT" \
    "$URL/api/v1/fund/$FUND/statements"
  end=$(now)
  printf 'statement of %d lines imported and matched: %.1f s (%s)\n' "$LINES" "$(echo "$end - $start" | bc)" \
    "$(sed -E 's/.*"posted":([0-9]+).*"queued":([0-9]+).*/posted \1, queued \2/' "$WORK/import.json")"
fi

if [ -z "${SKIP_VERIFY:-}" ]; then
  BIG=$(psql "$PGURL" -Atqc "insert into fund_fund (unit_code, level, name, valid_from, legal_basis)
        values ('38', 'PROVINCE', 'Bench $(date +%s)', date '2090-01-01' + (random() * 3000)::int, 'bench')
        returning id" | head -1)
  # ChainHash in SQL: f(x) = length(x) || ':' || x || ';' over fund, seq, date, debit, credit, amount, kind, ref,
  # memo, reverses, recorded_at in microseconds since the epoch, recorded_by, previous hash
  start=$(now)
  psql "$PGURL" -q <<SQL
create function pg_temp.f(x text) returns text language sql immutable as \$\$ select length(x) || ':' || x || ';' \$\$;
create function pg_temp.h(seq bigint, prev text) returns text language sql immutable as \$\$
  select encode(sha256(convert_to(pg_temp.f('$BIG') || pg_temp.f(seq::text) || pg_temp.f('2026-01-01')
    || pg_temp.f('CASH') || pg_temp.f('DONATIONS') || pg_temp.f((1000 + seq % 97)::text) || pg_temp.f('DONATION')
    || pg_temp.f('') || pg_temp.f('bench ' || seq) || pg_temp.f('') || pg_temp.f('1767225600000000')
    || pg_temp.f('bench') || pg_temp.f(prev), 'UTF8')), 'hex') \$\$;
insert into fund_entry (fund_id, seq, entry_date, debit, credit, amount, kind, memo, recorded_at, recorded_by,
    prev_hash, hash)
with recursive c(seq, prev, hash) as (
    select 1::bigint, repeat('0', 64), pg_temp.h(1, repeat('0', 64))
    union all
    select seq + 1, hash, pg_temp.h(seq + 1, hash) from c where seq < $N)
select $BIG, seq, date '2026-01-01', 'CASH', 'DONATIONS', 1000 + seq % 97, 'DONATION', 'bench ' || seq,
       timestamptz '2026-01-01 00:00:00+00', 'bench', prev, hash from c;
SQL
  end=$(now)
  printf 'ledger of %d entries generated in SQL: %.1f s\n' "$N" "$(echo "$end - $start" | bc)"
  for round in 1 2; do
    start=$(now)
    curl -sf -u admin:chungsuc "$URL/api/v1/fund/$BIG/ledger/verify"; echo
    end=$(now)
    printf 'verify of %d entries (round %d): %.1f s\n' "$N" "$round" "$(echo "$end - $start" | bc)"
  done
fi
