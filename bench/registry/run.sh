#!/bin/sh
# Import benchmark: 100,000 households / ~350,000 persons from one .xlsx, then the "nguyen van a" search.
# Starts the app on port 8282 with a fresh embedded PostgreSQL in /tmp/registry-pg (the demo's units and logins,
# without the registry's demo households), imports through the API (dry run, then the real import), samples the
# JVM's heap every half second, and times the search. Run from the project folder after `mvn -q compile`.
set -e
HEAP=${HEAP:-768m}
FILE=${FILE:-/tmp/bench-100k.xlsx}
PORT=8282
PGPORT=55433
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP=target/classes:$(cat target/bench-classpath.txt)
[ -f "$FILE" ] || java -cp "$CP" bench/registry/GenerateImportFile.java "$FILE" 100000
BAD=${FILE%.xlsx}-bad.xlsx
[ -f "$BAD" ] || java -cp "$CP" bench/registry/GenerateImportFile.java "$BAD" 100000 --bad-row
rm -rf /tmp/registry-pg /tmp/registry-pg-secrets
java -Xmx$HEAP -cp "$CP" vn.chungsuc.ChungSucApplication --server.port=$PORT \
  --chungsuc.embedded-db.data-dir=/tmp/registry-pg --chungsuc.embedded-db.port=$PGPORT \
  --spring.profiles.active=demo --chungsuc.registry.demo=false --spring.servlet.multipart.file-size-threshold=0 > /tmp/registry-bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null' EXIT
until curl -s -f -o /dev/null -u admin:chungsuc http://localhost:$PORT/registry/imports; do sleep 2; done
echo "app up (pid $APP)"
# the embedded database asks for a password: the superuser's is kept beside its data folder
export PGPASSWORD=$(cat /tmp/registry-pg-secrets/postgres-password)

sample() { # prints the largest heap used (MB) while the command runs
  "$@" & CMD=$!
  MAX=0
  while kill -0 $CMD 2>/dev/null; do
    USED=$(jcmd $APP GC.heap_info 2>/dev/null | awk '/garbage-first heap/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K,?","",v); print int(v/1024)}}')
    [ -n "$USED" ] && [ "$USED" -gt "$MAX" ] && MAX=$USED
    sleep 0.5
  done
  wait $CMD
  echo "peak heap used: ${MAX} MB (max heap $HEAP)"
}

echo "--- import of the file with one bad row, dryRun=false"
START=$(date +%s.%N)
curl -s -u admin:chungsuc -F "file=@$BAD" -F dryRun=false http://localhost:$PORT/api/v1/registry/imports
echo; echo "wall time: $(echo "$(date +%s.%N) - $START" | bc) s"
psql -h localhost -p $PGPORT -U postgres -At -c "select 'households after the rejected import: ' || count(*) from registry_household"

for DRY in true false; do
  echo "--- import, dryRun=$DRY"
  START=$(date +%s.%N)
  sample curl -s -u admin:chungsuc -F "file=@$FILE" -F dryRun=$DRY -o /tmp/registry-bench-$DRY.json \
    http://localhost:$PORT/api/v1/registry/imports
  END=$(date +%s.%N)
  echo "wall time: $(echo "$END - $START" | bc) s"
  head -c 400 /tmp/registry-bench-$DRY.json; echo
done
grep VmHWM /proc/$APP/status
grep -E "Import .*(read|merge steps)" /tmp/registry-bench-app.log | sed 's/.*Importer *: //' 

echo "--- search 'nguyen van a'"
for i in 1 2 3 4 5; do
  curl -s -u admin:chungsuc "http://localhost:$PORT/registry/persons?q=nguyen+van+a" | grep -o 'tìm trong [0-9]* ms'
done
curl -s -u admin:chungsuc "http://localhost:$PORT/registry/persons?q=nguyen+van+a" \
  | grep -o 'href="/registry/persons/[0-9]*">[^<]*' | head -5
psql -h localhost -p $PGPORT -U postgres -At -c "select 'persons: ' || count(*) from registry_person"
