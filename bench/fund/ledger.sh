#!/usr/bin/env bash
# The fund's benchmark against a running instance (demo profile):
#   1. donations through the API per second, with 1 and with 8 clients;
#   2. verification of a ledger of N entries (default 1,000,000) generated in SQL into a fund of its own.
# Usage: URL=http://localhost:8101 PGURL=postgresql://postgres@localhost:PORT/postgres bench/fund/ledger.sh [N]
# (PGURL: the application's database; the embedded one logs its port at start-up and asks for a password:
# PGPASSWORD=$(cat data/postgres-secrets/postgres-password).)
set -euo pipefail
URL=${URL:-http://localhost:8101}
N=${1:-1000000}
AUTH=mttq:chungsuc
FUND=$(curl -sf -u "$AUTH" "$URL/api/v1/fund/funds?unit=38-BS" | sed -E 's/.*"id":([0-9]+).*/\1/;q')
DAY=$(date +%Y-%m-%d)
post() {
  curl -sf -o /dev/null -u "$AUTH" -H 'Content-Type: application/json' -X POST "$URL/api/v1/fund/donations" \
    -d "{\"fund\":$FUND,\"donor\":{\"name\":\"Bench $1\",\"kind\":\"NAMED\"},\"amount\":1000,\"channel\":\"CASH\",\"date\":\"$DAY\"}"
}
export -f post; export URL AUTH FUND DAY
for clients in 1 8; do
  count=$((clients * 200))
  start=$(date +%s.%N)
  seq "$count" | xargs -P "$clients" -I{} bash -c 'post {}'
  end=$(date +%s.%N)
  printf 'donations, %d client(s): %d in %.2f s = %.0f/s\n' "$clients" "$count" "$(echo "$end - $start" | bc)" \
    "$(echo "$count / ($end - $start)" | bc -l)"
done
if [ -n "${PGURL:-}" ]; then
  # a fund of its own (a far-future commune fund would need a unit; the province's fund is reused, its chain
  # replaced by N generated entries whose hashes are not those of ChainHash: verification still recomputes each)
  BIG=$(psql "$PGURL" -Atc "insert into fund_fund (unit_code, level, name, valid_from, legal_basis)
        values ('38', 'PROVINCE', 'Bench', '2098-01-01', 'bench') returning id" | head -1)
  psql "$PGURL" -qc "insert into fund_entry (fund_id, seq, entry_date, debit, credit, amount, kind, memo,
        recorded_at, recorded_by, prev_hash, hash)
        select $BIG, g, date '2098-01-01', 'CASH', 'DONATIONS', 1000 + g % 97, 'DONATION', 'bench ' || g,
               now(), 'bench', repeat('0', 64), encode(sha256(g::text::bytea), 'hex')
        from generate_series(1, $N) g"
  start=$(date +%s.%N)
  curl -sf -u admin:chungsuc "$URL/api/v1/fund/$BIG/ledger/verify"; echo
  end=$(date +%s.%N)
  printf 'verify of %d entries: %.1f s\n' "$N" "$(echo "$end - $start" | bc)"
fi
