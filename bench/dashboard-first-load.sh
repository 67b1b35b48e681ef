#!/usr/bin/env bash
# The dashboard's first loads after a start (issue 13 item 11): waits until /actuator/health/readiness is UP, signs in
# (mttq by default; CSRF token from the login form, session in a cookie jar), then asks once for each view of the
# demo programme below — the first request of each is uncached — and prints every time, then p50, p95 and max.
#
#   bench/dashboard-first-load.sh                 # app on http://localhost:8097
#   BASE=http://localhost:8080 ROUNDS=2 bench/dashboard-first-load.sh
#
# Start the app first, e.g. CHUNGSUC_DATA_DIR=/tmp/dash-data PORT=8097 mvn spring-boot:run -Dspring-boot.run.profiles=demo
# The goal is a p95 of at most 300 ms from the first request after readiness is UP.
set -euo pipefail

BASE=${BASE:-http://localhost:8097}
LOGIN=${LOGIN:-mttq}
PASSWORD=${PASSWORD:-chungsuc}
ROUNDS=${ROUNDS:-1}          # 1: first loads only; 2 or more: the same views again (cached)
PROGRAMME=${PROGRAMME:-1}
WAIT=${WAIT:-900}            # seconds to wait for readiness

jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

for ((i = 0; i < WAIT; i++)); do
  if curl -fsS "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then break; fi
  sleep 1
done
curl -fsS "$BASE/actuator/health/readiness" | grep -q '"UP"' || { echo "not ready after ${WAIT}s" >&2; exit 1; }

csrf=$(curl -fsS -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
code=$(curl -sS -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "username=$LOGIN" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login")
[[ $code == 302 ]] || { echo "sign-in failed ($code)" >&2; exit 1; }

# The views: the default, every year and first half of the programme, the units below (the wards of 2017–2020, the
# wards of 2025 on today's units), and a year after the programme's period.
views=(
  ""
  "year=2020" "year=2019" "year=2018" "year=2017"
  "year=2020&half=true" "year=2019&half=true" "year=2018&half=true" "year=2017&half=true"
  "year=2021" "year=2024" "year=2026"
  "year=2019&half=true&on=03/12/2026" "year=2020&on=03/12/2026"
)
# Units below the programme's unit in 2020 and today, read from the board itself.
units=$(curl -fsS -b "$jar" "$BASE/dashboard?programme=$PROGRAMME&year=2020" | grep -o 'unit=[0-9A-Z-]*' | sort -u | sed 's/unit=//')
for u in $units; do views+=("year=2020&unit=$u" "year=2018&half=true&unit=$u"); done

times=()
for ((r = 1; r <= ROUNDS; r++)); do
  for v in "${views[@]}"; do
    url="$BASE/dashboard?programme=$PROGRAMME${v:+&$v}"
    out=$(curl -sS -o /dev/null -w '%{http_code} %{time_total}' -b "$jar" "$url")
    status=${out% *}
    ms=$(awk -v t="${out#* }" 'BEGIN { printf "%d", t * 1000 }')
    printf '%6d ms  %s  round %d  %s\n' "$ms" "$status" "$r" "${v:-(default)}"
    [[ $status == 200 ]] || echo "  ^ not 200" >&2
    times+=("$ms")
  done
done

printf '%s\n' "${times[@]}" | sort -n | awk '
  { t[NR] = $1 }
  END {
    p50 = t[int((NR - 1) * 0.50) + 1]; p95 = t[int((NR - 1) * 0.95 + 0.999999) + 1 > NR ? NR : int((NR - 1) * 0.95 + 0.999999) + 1]
    printf "requests %d  p50 %d ms  p95 %d ms  max %d ms\n", NR, p50, p95, t[NR]
  }'
