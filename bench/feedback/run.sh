#!/bin/sh
# Citizens' reports under load: Open311 POSTs per second with their p50/p90/p99 (bench/feedback/Open311Load.java,
# a plain Java client), then the public list of reports (/public/reports) and the Open311 list
# (/open311/v2/requests.json, the last 90 days up to 1,000 requests) under wrk. Starts the application with the demo
# on a fresh embedded PostgreSQL in /tmp/feedback-bench-pg (port 18311), issues an API key through the
# administrator's API with the highest rate limit (100,000 a minute) and lifts the per-address limit, so that the
# figures measure the work, not the limiter. Run from the project folder after `mvn -q compile`.
# Figures go to stdout; bench/results/feedback.md keeps the latest run.
set -e
PORT=${PORT:-18311}
POSTS=${POSTS:-2000}
THREADS=${THREADS:-8}
WRK_SECONDS=${WRK_SECONDS:-20}
BASE=http://localhost:$PORT
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk"; exit 1; }
mvn -q -o -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP=target/classes:$(cat target/bench-classpath.txt)
PGDIR=${PGDIR:-/tmp/feedback-bench-pg}
PGPORT=${PGPORT:-18312}
SEED=${SEED:-0}
rm -rf $PGDIR $PGDIR-secrets
java -Xmx1g -cp "$CP" vn.chungsuc.ChungSucApplication --server.port=$PORT \
  --chungsuc.embedded-db.data-dir=$PGDIR --chungsuc.embedded-db.port=$PGPORT \
  --spring.profiles.active=demo --chungsuc.indicators.warm-up.max-seconds=0 \
  --chungsuc.feedback.open311.per-client-per-minute=100000000 > $PGDIR-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null' EXIT
until curl -s -f -o /dev/null $BASE/actuator/health/readiness; do
  kill -0 $APP 2>/dev/null || { tail -30 $PGDIR-app.log; exit 1; }
  sleep 3
done
echo "app up (pid $APP); $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
PSQL() { PGPASSWORD=$(cat $PGDIR-secrets/postgres-password) psql -q -h localhost -p $PGPORT -U postgres -d postgres "$@"; }
if [ "$SEED" -gt 0 ]; then
  echo "--- seeding $SEED synthetic reports (bench/feedback/seed.sql)"
  PSQL -v n=$SEED -f bench/feedback/seed.sql
  PSQL -f bench/feedback/explain.sql | grep -E "^---|Execution Time|Index|Seq Scan|Sort|Limit|Aggregate"
fi
KEY=$(curl -s -u admin:chungsuc -H 'Content-Type: application/json' -d '{"name":"bench","perMinute":100000}' \
  $BASE/api/v1/open311/keys | sed 's/.*"key":"\([^"]*\)".*/\1/')
PSQL_REPORTS() { curl -s "$BASE/open311/v2/requests.json" | grep -o '"service_request_id"' | wc -l; }
echo "reports in the Open311 list before: $(PSQL_REPORTS)"

echo "--- Open311 POSTs"
java bench/feedback/Open311Load.java $BASE "$KEY" $POSTS $THREADS
echo "reports in the Open311 list after: $(PSQL_REPORTS)"

echo "--- GET /public/reports under wrk (4 connections, ${WRK_SECONDS}s)"
wrk -t2 -c4 -d${WRK_SECONDS}s --latency $BASE/public/reports | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx|requests in"
echo "--- GET /public/reports?page=<random 0-199> (mostly past the 1 s micro-cache), wrk 4 connections, ${WRK_SECONDS}s"
wrk -t2 -c4 -d${WRK_SECONDS}s --latency -s bench/feedback/pages.lua $BASE | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx|requests in"
# the "Trang sau" links of 400 pages deep (10,000 reports), followed by wrk at random: ?after=<id of a page's last row>
PSQL -At -c "select id from (select id, row_number() over (order by received_at desc, id desc) n from feedback_report) s where n % 25 = 0 and n <= 10000" > $PGDIR-cursors.txt
echo "--- GET /public/reports?after=<random one of $(wc -l < $PGDIR-cursors.txt) cursors> (keyset, past the micro-cache), wrk 4 connections, ${WRK_SECONDS}s"
CURSORS=$PGDIR-cursors.txt wrk -t2 -c4 -d${WRK_SECONDS}s --latency -s bench/feedback/after.lua $BASE | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx|requests in"
echo "--- GET /open311/v2/requests.json (up to 1,000 requests), wrk 4 connections, ${WRK_SECONDS}s"
echo "    answer size: $(curl -s $BASE/open311/v2/requests.json | wc -c) bytes"
wrk -t2 -c4 -d${WRK_SECONDS}s --latency $BASE/open311/v2/requests.json | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx|requests in"
echo "--- GET /open311/v2/requests/{id}.json, wrk 4 connections, ${WRK_SECONDS}s"
ID=$(curl -s "$BASE/open311/v2/requests.json" | grep -o '"service_request_id":"[^"]*"' | head -1 | cut -d'"' -f4)
wrk -t2 -c4 -d${WRK_SECONDS}s --latency $BASE/open311/v2/requests/$ID.json | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx|requests in"
grep VmHWM /proc/$APP/status
