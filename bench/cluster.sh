#!/usr/bin/env bash
# Public page throughput through nginx with two instances vs one (issue 19, item 5).
# Builds the jar unless BENCH_NO_BUILD=1, then for INSTANCES in 1 2: scripts/cluster.sh start (PostgreSQL 15, the
# instances, nginx; the demo, loaded by the first start into a fresh run folder and kept for the second), a wrk
# warm-up of DURATION, then wrk -t2 -c32 -d$DURATION on /public and on /public/programmes/1 through the balancer;
# stops the cluster (also on failure or Ctrl-C). Writes bench/results/cluster.md with req/s, p99, the answers that
# were not 2xx and wrk's socket errors, and the load average before and after.
#   bench/cluster.sh            (BENCH_DIR=/tmp/chungsuc-bench-cluster, BENCH_PORT=18580: the balancer, +1..+3 the
#                                instances and PostgreSQL; DURATION=20s; CHUNGSUC_REGISTRY_DEMO=false starts faster,
#                                without the demo's households)
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
declare -A rps lat bad
rm -rf "$DIR"
export CHUNGSUC_CLUSTER_DIR=$DIR CHUNGSUC_CLUSTER_PORT=$PORT
trap 'bash scripts/cluster.sh stop >/dev/null 2>&1 || true' EXIT
for n in 1 2; do
  export CHUNGSUC_CLUSTER_INSTANCES=$n
  t0=$SECONDS
  bash scripts/cluster.sh start
  echo "$n instance(s) ready in $((SECONDS - t0)) s (load $(cut -d' ' -f1-3 /proc/loadavg))"
  for path in /public /public/programmes/1; do
    # a 10 s timeout (wrk's own is 2 s): on a loaded machine a page's first answers take longer, and wrk would
    # count them as socket timeouts, not as requests
    wrk -t2 -c32 -d"$DURATION" --timeout 10s "http://127.0.0.1:$PORT$path" >/dev/null
    res=$(wrk -t2 -c32 -d"$DURATION" --timeout 10s --latency "http://127.0.0.1:$PORT$path")
    echo "$res"
    rps[$n$path]=$(echo "$res" | awk '/Requests\/sec/ {print $2}')
    lat[$n$path]=$(echo "$res" | awk '/ 99%/ {print $2}')
    non2xx=$(echo "$res" | awk '/Non-2xx/ {print $5}')
    sockets=$(echo "$res" | awk -F'Socket errors: ' '/Socket errors/ {print $2}')
    bad[$n$path]="${non2xx:-0} non-2xx${sockets:+; socket errors: $sockets}"
    loads="${loads:-}${loads:+, }$(cut -d' ' -f1 /proc/loadavg) after $n×$path"
  done
  bash scripts/cluster.sh stop
done
trap - EXIT
{
  echo "# Public pages through nginx: two instances vs one"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') with \`bench/cluster.sh\` on this machine ($(nproc) cores)."
  echo "**The machine was loaded by other work during the run** (load average before: $load_before; after:"
  echo "$(cut -d' ' -f1-3 /proc/loadavg); 1-minute load after each measured run: ${loads:-}): the figures are lower"
  echo "bounds, and the ratio of two instances to one says"
  echo "little on two cores shared with the load generator, nginx and PostgreSQL."
  echo
  if [ "${CHUNGSUC_REGISTRY_DEMO:-true}" = false ]; then
    data="the demo's units, logins and programme without its households (CHUNGSUC_REGISTRY_DEMO=false)"
  else
    data="the whole demo"
  fi
  echo "wrk -t2 -c32 -d$DURATION through nginx (loopback), after a warm-up run of the same length; $data."
  echo
  echo "| page | one instance: req/s | p99 | errors | two instances: req/s | p99 | errors | two ÷ one |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
  for path in /public /public/programmes/1; do
    ratio=$(awk -v a="${rps[1$path]}" -v b="${rps[2$path]}" 'BEGIN { if (a > 0) printf "%.2f", b / a }')
    echo "| \`$path\` | ${rps[1$path]} | ${lat[1$path]} | ${bad[1$path]} | ${rps[2$path]} | ${lat[2$path]} | ${bad[2$path]} | $ratio |"
  done
  echo
  echo "Commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)."
} >"$out"
cat "$out"
