#!/usr/bin/env bash
# Public page throughput through nginx with two instances vs one (issue 19, item 5).
# Builds the jar unless BENCH_NO_BUILD=1, then for INSTANCES in 1 2: scripts/cluster.sh start (PostgreSQL 15, the
# instances, nginx; demo data), a 20 s wrk warm-up, then wrk -t2 -c32 -d20s on /public and on
# /public/programmes/1 through the balancer; stops the cluster. Writes bench/results/cluster.md.
#   bench/cluster.sh            (BENCH_DIR=/tmp/chungsuc-bench-cluster, BENCH_PORT=18580, DURATION=20s)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
bash scripts/install-bench-deps.sh
bash scripts/install-test-deps.sh
DIR=${BENCH_DIR:-/tmp/chungsuc-bench-cluster}
PORT=${BENCH_PORT:-18580}
DURATION=${DURATION:-20s}
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
  nice mvn -q -o package -DskipTests
fi
out=bench/results/cluster.md
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A rps lat
for n in 1 2; do
  rm -rf "$DIR"
  export CHUNGSUC_CLUSTER_DIR=$DIR CHUNGSUC_CLUSTER_PORT=$PORT CHUNGSUC_CLUSTER_INSTANCES=$n
  bash scripts/cluster.sh start
  trap 'bash scripts/cluster.sh stop >/dev/null 2>&1 || true' EXIT
  for path in /public /public/programmes/1; do
    wrk -t2 -c32 -d"$DURATION" "http://127.0.0.1:$PORT$path" >/dev/null
    res=$(wrk -t2 -c32 -d"$DURATION" --latency "http://127.0.0.1:$PORT$path")
    echo "$res"
    rps[$n$path]=$(echo "$res" | awk '/Requests\/sec/ {print $2}')
    lat[$n$path]=$(echo "$res" | awk '/ 99%/ {print $2}')
    if echo "$res" | grep -q "Non-2xx"; then
      rps[$n$path]="${rps[$n$path]} (with non-2xx answers: $(echo "$res" | awk '/Non-2xx/ {print $5}'))"
    fi
  done
  bash scripts/cluster.sh stop
  trap - EXIT
done
{
  echo "# Public pages through nginx: two instances vs one"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') with \`bench/cluster.sh\` on this machine ($(nproc) cores)."
  echo "**The machine was loaded by other work during the run** (load average before: $load_before; after:"
  echo "$(cut -d' ' -f1-3 /proc/loadavg)): the figures are lower bounds, and the ratio of two instances to one says"
  echo "little on two cores shared with the load generator, nginx and PostgreSQL."
  echo
  echo "wrk -t2 -c32 -d$DURATION through nginx (loopback), after a warm-up run of the same length; demo data."
  echo
  echo "| page | one instance: req/s | p99 | two instances: req/s | p99 |"
  echo "| --- | --- | --- | --- | --- |"
  for path in /public /public/programmes/1; do
    echo "| \`$path\` | ${rps[1$path]} | ${lat[1$path]} | ${rps[2$path]} | ${lat[2$path]} |"
  done
} >"$out"
cat "$out"
