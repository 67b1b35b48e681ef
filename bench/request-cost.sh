#!/usr/bin/env bash
# What one signed-in read of the targets API costs, independent of the machine's other load (issue 19 item 5):
#   bench/request-cost.sh PORT APP_PID PGPORT [N]
# against a running app (e.g. the one bench/run.sh leaves in $BENCH_DIR, or any demo) whose PostgreSQL listens on
# PGPORT (user postgres, as the embedded one). Signs in as admin, sends 50 requests to warm up, then N (300) one after
# the other and prints, per request: the app JVM's CPU, the PostgreSQL cluster's CPU (postmaster and children,
# exited ones included), the table scans (pg_stat_user_tables) and the transactions (pg_stat_database; a statement
# outside a transaction counts as one). Needs psql and curl.
set -euo pipefail
PORT=$1; PID=$2; PGPORT=$3; N=${4:-300}
URL="http://localhost:$PORT/api/v1/programmes/1/targets?year=2020&unit=38"
JAR=$(mktemp)
trap 'rm -f $JAR' EXIT
TOKEN=$(curl -s -c $JAR -b $JAR http://localhost:$PORT/login | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
  | sed 's/.*value="//;s/"//')
curl -s -o /dev/null -c $JAR -b $JAR -d "username=admin&password=chungsuc&_csrf=$TOKEN" http://localhost:$PORT/login
P="psql -h localhost -p $PGPORT -U postgres -d postgres -Atq"
# the postmaster: the parent of the checkpointer (a psql backend's own pid is gone once psql exits)
PM=$(ps -o ppid= -p $($P -c "select pid from pg_stat_activity where backend_type = 'checkpointer'") | tr -d ' ')
cpu() { awk '{print $14+$15}' /proc/$1/stat 2>/dev/null || echo 0; }
pgcpu() { local t; t=$(awk '{print $14+$15+$16+$17}' /proc/$PM/stat); for p in $(pgrep -P $PM); do t=$((t + $(cpu $p))); done; echo $t; }
scans() { $P -c "select sum(coalesce(seq_scan,0)+coalesce(idx_scan,0)) from pg_stat_user_tables"; }
xacts() { $P -c "select xact_commit+xact_rollback from pg_stat_database where datname='postgres'"; }
for i in $(seq 50); do curl -s -o /dev/null -b $JAR "$URL"; done
sleep 1; a=$(cpu $PID); pa=$(pgcpu); s=$(scans); x=$(xacts); t0=$(date +%s%N)
for i in $(seq $N); do curl -s -o /dev/null -b $JAR "$URL"; done
t1=$(date +%s%N); sleep 0.7; b=$(cpu $PID); pb=$(pgcpu); s2=$(scans); x2=$(xacts)
TCK=$(getconf CLK_TCK)
awk -v n=$N -v app=$((b-a)) -v pg=$((pb-pa)) -v tck=$TCK -v sc=$((s2-s)) -v xa=$((x2-x-4)) -v w=$((t1-t0)) \
  -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
  printf "%d requests: app CPU %.1f ms, PostgreSQL CPU %.1f ms, %.0f table scans, %.0f transactions, wall %.0f ms per request (load %s)\n",
    n, app*1000/tck/n, pg*1000/tck/n, sc/n, xa/n, w/1e6/n, load }'
