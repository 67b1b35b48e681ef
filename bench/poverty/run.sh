#!/bin/sh
# Poverty reclassification benchmark: every household of the demo (one year), then a synthetic set of 1,000,000
# household surveys, reclassified under each standard through POST /api/v1/poverty/reclassifications.
# Starts the app on port 8292 with a fresh embedded PostgreSQL in /tmp/poverty-pg (the full Bỉm Sơn demo: registry
# and poverty history 2016–2025), adds the synthetic surveys with one INSERT … SELECT over generate_series, and
# times the reclassifications (server-side time in "millis", wall time around the HTTP call).
# Run from the project folder after `mvn -q compile`.
set -e
HEAP=${HEAP:-768m}
N=${N:-1000000}
PORT=8292
PGPORT=55434
mvn -q -o -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP=target/classes:$(cat target/bench-classpath.txt)
rm -rf /tmp/poverty-pg /tmp/poverty-pg-secrets
java -Xmx$HEAP -cp "$CP" vn.chungsuc.ChungSucApplication --server.port=$PORT \
  --chungsuc.embedded-db.data-dir=/tmp/poverty-pg --chungsuc.embedded-db.port=$PGPORT \
  --spring.profiles.active=demo > /tmp/poverty-bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null' EXIT
# the demo data loads after the web server is up: wait for the poverty demo (the last to load) to report
until grep -q "Poverty demo" /tmp/poverty-bench-app.log; do sleep 2; done
echo "app up (pid $APP)"
grep -o "Poverty demo: .*" /tmp/poverty-bench-app.log || true
# the embedded database asks for a password: the superuser's is kept beside its data folder
export PGPASSWORD=$(cat /tmp/poverty-pg-secrets/postgres-password)
PSQL="psql -h localhost -p $PGPORT -U postgres -At"

reclassify() { # year standard
  START=$(date +%s.%N)
  OUT=$(curl -s -u admin:chungsuc -H 'Content-Type: application/json' \
    -d "{\"year\": $1, \"standard\": \"$2\"}" http://localhost:$PORT/api/v1/poverty/reclassifications)
  END=$(date +%s.%N)
  echo "$OUT"
  echo "wall time: $(echo "$END - $START" | bc) s"
}

echo "--- the demo: every household surveyed in 2025 (decided under ND07_2021), reclassified"
for S in QD59_2015 ND07_2021 ND351_2025; do reclassify 2025 $S; done
echo "--- the demo: all ten years (2016–2025) under ND351_2025"
START=$(date +%s.%N)
for Y in 2016 2017 2018 2019 2020 2021 2022 2023 2024 2025; do
  curl -s -o /dev/null -u admin:chungsuc -H 'Content-Type: application/json' \
    -d "{\"year\": $Y, \"standard\": \"ND351_2025\"}" http://localhost:$PORT/api/v1/poverty/reclassifications
done
echo "ten years: $(echo "$(date +%s.%N) - $START" | bc) s for $($PSQL -c "select count(*) from poverty_survey where year between 2016 and 2025") surveys"

echo "--- synthetic set: $N household surveys for 2030 (3,321 communes x 40 areas, 1/3 urban)"
START=$(date +%s.%N)
$PSQL <<SQL
insert into poverty_survey (household_code, year, commune_code, area_code, setting, monthly_income, deprivations,
                            surveyed_on, surveyed_by)
select 'BENCH-' || lpad(g::text, 8, '0'), 2030, 'C' || (g % 3321), 'C' || (g % 3321) || '-' || (g % 40),
       case when g % 3 = 0 then 'URBAN' else 'RURAL' end,
       (round(random() * 4000) * 1000)::bigint,
       ((random() * 131071)::int & (random() * 131071)::int & (random() * 131071)::int),
       date '2030-10-01', 'bench'
from generate_series(1, $N) g;
analyze poverty_survey;
SQL
echo "generated in $(echo "$(date +%s.%N) - $START" | bc) s"
for S in QD59_2015 ND07_2021 ND351_2025 ND351_2025; do reclassify 2030 $S; done
$PSQL -c "select 'rows kept for 2030: ' || count(*) from poverty_reclassification where year = 2030"
