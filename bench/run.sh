#!/usr/bin/env bash
# The benchmark (see bench/README.md): bench/run.sh [town|district|province|country]
# Builds the app, starts it on a fresh embedded PostgreSQL (demo units and logins, no demo households), creates the
# residential areas of the scale, generates the households and persons (fixed seed), imports them through Chung
# Sức's own import API, compares with PostgreSQL COPY, measures the dashboard, freshness, wrk throughput, memory and
# size, and writes bench/results/latest.md (province) or bench/results/<scale>.md (smaller scales).
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${1:-town}
HEAP=${HEAP:-3g}
PORT=${BENCH_PORT:-8383}
PGPORT=${BENCH_PGPORT:-55444}
DATA=${BENCH_DIR:-/tmp/chungsuc-bench}
case "$SCALE" in
  province) RESULTS=bench/results/latest.md ;;
  town|district|country) RESULTS=bench/results/$SCALE.md ;;
  *) echo "usage: bench/run.sh [town|district|province|country]" >&2; exit 2 ;;
esac

bash scripts/install-bench-deps.sh
echo "building…"
mvn -q -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
CP=target/classes:$(cat target/bench-classpath.txt)
rm -rf target/bench-classes && mkdir -p target/bench-classes
javac -nowarn -d target/bench-classes -cp "$CP" bench/src/vn/chungsuc/bench/*.java

rm -rf "$DATA" && mkdir -p "$DATA"
java -Xmx$HEAP -cp "$CP" vn.chungsuc.ChungSucApplication --server.port=$PORT \
  --chungsuc.embedded-db.data-dir="$DATA/pg" --chungsuc.embedded-db.port=$PGPORT \
  --spring.profiles.active=demo --chungsuc.registry.demo=false \
  --spring.servlet.multipart.file-size-threshold=0 --chungsuc.indicators.warm-up.max-seconds=${WARMUP:-600} --management.endpoint.health.probes.enabled=true \
  > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null' EXIT
echo "starting the app (pid $APP, log $DATA/app.log)…"
# With the probes on, health answers 503 until the demo loaders (application runners) are done.
until curl -s -o /dev/null -f http://localhost:$PORT/actuator/health; do
  kill -0 $APP 2>/dev/null || { echo "the app stopped; see $DATA/app.log" >&2; tail -30 "$DATA/app.log"; exit 1; }
  sleep 2
done

# the embedded database asks for a password: the superuser's is kept beside its data folder
export PGPASSWORD=$(cat "$DATA/pg-secrets/postgres-password")
java -Xmx2g -cp "target/bench-classes:$CP" vn.chungsuc.bench.Benchmark "http://localhost:$PORT" \
  "jdbc:postgresql://localhost:$PGPORT/postgres" "$APP" "$SCALE" "$DATA" "$RESULTS"
