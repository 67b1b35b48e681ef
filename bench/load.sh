#!/usr/bin/env bash
# Load at twice a province's peak (issue 18): 200 officers and 2,000 citizens in the peak hour, doubled, i.e. 400
# officer sessions and 4,000 citizen visits an hour, offered at that rate for DURATION (default 5 minutes) by two wrk
# runs at once with Lua scripts (bench/load/officer.lua, citizen.lua) against loopback:
#   officer: sign in once (login page + form), dashboard, 3 lists, a household's page, a write in one session of five
#            → 7.2 requests a session, 400 × 7.2 / 3600 s = 0.8 requests/s
#   citizen: portal home, a programme, the poverty lists, the public reports list, a report (form + post) in one
#            visit of ten → 4.2 requests a visit, 4,000 × 4.2 / 3600 s = 4.67 requests/s
# Every answer is counted by kind; non-2xx/3xx answers are errors (must be 0). p50/p95/p99 per kind are printed and
# written to bench/results/load.md with the date, commit, machine and load average.
#
#   bench/load.sh                          # starts the demo on port 18390 in /tmp/chungsuc-load (LOAD_DATA; kept)
#   URL=http://localhost:8080 bench/load.sh  # against a running demo started with the two feedback settings below
#   DURATION=10m FACTOR=4 bench/load.sh     # longer, or four times the peak
#
# A started app runs with --chungsuc.feedback.pow-bits=0 and a lifted per-address report limit, because all the
# simulated citizens come from 127.0.0.1 (each real one solves its own proof of work from its own address).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-5m}
FACTOR=${FACTOR:-2}
OFFICER_THREADS=${OFFICER_THREADS:-4}
CITIZEN_THREADS=${CITIZEN_THREADS:-8}
PORT=${LOAD_PORT:-18390}
DATA=${LOAD_DATA:-/tmp/chungsuc-load}
OUT=$(mktemp -d)
command -v wrk >/dev/null || bash scripts/install-bench-deps.sh

APP_PID=""
if [[ -z "${URL:-}" ]]; then
  URL=http://localhost:$PORT
  mkdir -p "$DATA"
  nice mvn -q -o -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
  CP=target/classes:$(cat target/bench-classpath.txt)
  java -Xmx1g -cp "$CP" vn.chungsuc.ChungSucApplication --server.port=$PORT --spring.profiles.active=demo \
    --chungsuc.embedded-db.data-dir="$DATA/pg" --chungsuc.embedded-db.port=0 \
    --chungsuc.feedback.pow-bits=0 --chungsuc.feedback.per-client-per-hour=1000000 \
    > "$DATA/app.log" 2>&1 &
  APP_PID=$!
  trap '[[ -n "$APP_PID" ]] && kill -TERM "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null; rm -rf "$OUT"' EXIT
  echo "app started (pid $APP_PID), waiting for readiness (the first start loads the demo: minutes)"
fi
for ((i = 0; i < 1800; i++)); do
  curl -fsS "$URL/actuator/health/readiness" 2>/dev/null | grep -q '"UP"' && break
  [[ -n "$APP_PID" ]] && ! kill -0 "$APP_PID" 2>/dev/null && { tail -30 "$DATA/app.log"; exit 1; }
  sleep 1
done
curl -fsS "$URL/actuator/health/readiness" | grep -q '"UP"' || { echo "not ready" >&2; exit 1; }

# Open pace: each thread is one user at a time and sends its next request INTERVAL ms after the previous one.
officer_rps=$(awk -v f="$FACTOR" 'BEGIN { printf "%.4f", 200 * f * 7.2 / 3600 }')
citizen_rps=$(awk -v f="$FACTOR" 'BEGIN { printf "%.4f", 2000 * f * 4.2 / 3600 }')
officer_ms=$(awk -v t="$OFFICER_THREADS" -v r="$officer_rps" 'BEGIN { printf "%d", t / r * 1000 }')
citizen_ms=$(awk -v t="$CITIZEN_THREADS" -v r="$citizen_rps" 'BEGIN { printf "%d", t / r * 1000 }')
echo "offering $officer_rps officer requests/s ($OFFICER_THREADS users, one every $officer_ms ms each) and" \
  "$citizen_rps citizen requests/s ($CITIZEN_THREADS users, every $citizen_ms ms) for $DURATION"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
export LOAD_OUT=$OUT LOAD_DIR=$PWD/bench/load
INTERVAL_MS=$officer_ms wrk -t"$OFFICER_THREADS" -c"$OFFICER_THREADS" -d"$DURATION" --timeout 30s \
  -s bench/load/officer.lua "$URL" > "$OUT/wrk-officer.txt" 2>&1 &
W1=$!
INTERVAL_MS=$citizen_ms wrk -t"$CITIZEN_THREADS" -c"$CITIZEN_THREADS" -d"$DURATION" --timeout 30s \
  -s bench/load/citizen.lua "$URL" > "$OUT/wrk-citizen.txt" 2>&1 &
W2=$!
wait $W1 $W2
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

table=$(cat "$OUT"/officer-*.log "$OUT"/citizen-*.log | awk '
  { n[$1]++; ms[$1, n[$1]] = $3; if ($2 < 200 || $2 >= 400) { err[$1]++; errs++ } total++ }
  END {
    printf "| kind | requests | errors (non-2xx/3xx) | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|---:|\n"
    for (k in n) {
      m = n[k]; for (i = 1; i <= m; i++) a[i] = ms[k, i]
      # insertion sort: a few thousand values at most
      for (i = 2; i <= m; i++) { v = a[i]; j = i - 1; while (j > 0 && a[j] > v) { a[j + 1] = a[j]; j-- } a[j + 1] = v }
      p50 = a[int((m - 1) * 0.50) + 1]; p95 = a[int((m - 1) * 0.95) + 1]; p99 = a[int((m - 1) * 0.99) + 1]
      printf "| %s | %d | %d | %.0f | %.0f | %.0f | %.0f |\n", k, m, err[k] + 0, p50, p95, p99, a[m]
    }
    printf "| **all** | %d | %d | | | | |\n", total, errs + 0
  }')
errors=$(cat "$OUT"/officer-*.log "$OUT"/citizen-*.log | awk '$2 < 200 || $2 >= 400 { e++ } END { print e + 0 }')
statuses=$(cat "$OUT"/officer-*.log "$OUT"/citizen-*.log | awk '{ s[$1 " " $2]++ } END { for (k in s) printf "%s: %d; ", k, s[k] }')
echo "$table"
echo "errors: $errors   statuses: $statuses"
echo "load average before $load_before, after $load_after"

mkdir -p bench/results
{
  echo "# Load at ${FACTOR}× a province's peak (issue 18)"
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "- Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GB;" \
    "load average before $load_before, after $load_after (the machine is shared: other builds and tests ran at the same time)"
  echo "- Command: \`DURATION=$DURATION FACTOR=$FACTOR bench/load.sh\` (wrk with bench/load/officer.lua and citizen.lua, loopback)"
  echo "- Offered: 200 × $FACTOR officer sessions and 2,000 × $FACTOR citizen visits an hour:" \
    "$officer_rps officer requests/s ($OFFICER_THREADS users) and $citizen_rps citizen requests/s ($CITIZEN_THREADS users), for $DURATION"
  echo "- Errors (non-2xx/3xx): **$errors**"
  echo
  echo "$table"
  echo
  echo "Statuses: $statuses"
} > bench/results/load.md
echo "written to bench/results/load.md"
[[ $errors == 0 ]]
