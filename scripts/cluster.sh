#!/usr/bin/env bash
# Two stateless instances behind a balancer, on loopback, all in one run folder (issue 19, item 3):
#   - one PostgreSQL 15 from Debian (/usr/lib/postgresql/15/bin), initdb'd in RUN/pg with scram-sha-256, the
#     superuser's and the application role's passwords in RUN/secrets (owner-only); the application connects as
#     "chungsuc" (no superuser, owner of the database), as the embedded setup does;
#   - two instances of the application on that database (the built jar, or CHUNGSUC_CLUSTER_CLASSPATH for
#     "java -cp ... vn.chungsuc.ChungSucApplication"), the first ready before the second starts;
#   - nginx with a generated config: an upstream of the two, proxy_next_upstream on error and timeout, so a request
#     that meets a dead instance goes to the other.
# Nothing is installed or left running system-wide: "stop" ends what "start" began (by the pids it recorded).
#
#   scripts/cluster.sh start|stop|status
#
# Environment: CHUNGSUC_CLUSTER_DIR (run folder, default /tmp/chungsuc-cluster), CHUNGSUC_CLUSTER_PORT (the
# balancer, 18480; the instances take +1 and +2, PostgreSQL +3), CHUNGSUC_CLUSTER_PROFILES (default demo),
# CHUNGSUC_CLUSTER_JAR (default target/chung-suc-*.jar), CHUNGSUC_CLUSTER_CLASSPATH, CHUNGSUC_CLUSTER_INSTANCES
# (1 or 2, default 2), CHUNGSUC_CLUSTER_READY_SECONDS (how long each instance may take to be ready, 1800), JAVA
# (default java). Other variables reach the instances as settings (e.g. CHUNGSUC_REGISTRY_DEMO=false: demo units,
# logins and programme without the demo's households, as ClusterFailoverTest runs it).
set -euo pipefail

RUN=${CHUNGSUC_CLUSTER_DIR:-/tmp/chungsuc-cluster}
LB_PORT=${CHUNGSUC_CLUSTER_PORT:-18480}
APP1_PORT=$((LB_PORT + 1))
APP2_PORT=$((LB_PORT + 2))
PG_PORT=$((LB_PORT + 3))
PROFILES=${CHUNGSUC_CLUSTER_PROFILES:-demo}
INSTANCES=${CHUNGSUC_CLUSTER_INSTANCES:-2}
# generous: the first start loads the demo, 4 min on a quiet 2-core machine, several times that on a loaded one
READY_SECONDS=${CHUNGSUC_CLUSTER_READY_SECONDS:-1800}
PG_BIN=/usr/lib/postgresql/15/bin
NGINX=${NGINX:-/usr/sbin/nginx}
JAVA=${JAVA:-java}
ROOT=$(cd "$(dirname "$0")/.." && pwd)

alive() { [ -f "$1" ] && kill -0 "$(head -1 "$1")" 2>/dev/null; }

wait_ready() { # port seconds pidfile: ends as soon as the instance is ready, or has died
  local port=$1 max=$2 pidfile=$3 end=$((SECONDS + $2))
  while ((SECONDS < end)); do
    if curl -fsS -m 5 "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q UP; then
      return 0
    fi
    alive "$pidfile" || { echo "the instance on port $port stopped" >&2; return 1; }
    sleep 0.5
  done
  echo "the instance on port $port was not ready within $max s" >&2
  return 1
}

start_pg() {
  mkdir -p "$RUN/secrets" "$RUN/pg-socket"
  chmod 700 "$RUN/secrets"
  # initdb and the server refuse to run as root: as root, they run as Debian's "postgres" user
  local as=()
  if [ "$(id -u)" -eq 0 ]; then
    as=(runuser -u postgres --)
    chown postgres "$RUN/pg-socket"
  fi
  if [ ! -s "$RUN/pg/PG_VERSION" ]; then
    head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$RUN/secrets/postgres-password"
    head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$RUN/secrets/db-password"
    chmod 600 "$RUN/secrets"/*
    rm -rf "$RUN/pg"
    mkdir -p "$RUN/pg"
    chmod 700 "$RUN/pg"
    [ ${#as[@]} -gt 0 ] && chown postgres "$RUN/pg"
    install -m 600 "$RUN/secrets/postgres-password" "$RUN/pg-init-pw"
    [ ${#as[@]} -gt 0 ] && chown postgres "$RUN/pg-init-pw"
    "${as[@]}" "$PG_BIN/initdb" -D "$RUN/pg" -U postgres --auth=scram-sha-256 --pwfile="$RUN/pg-init-pw" \
      -E UTF8 --locale=C.UTF-8 >"$RUN/initdb.log" 2>&1
    rm -f "$RUN/pg-init-pw"
    fresh=1
  fi
  touch "$RUN/postgres.log"
  [ ${#as[@]} -gt 0 ] && chown postgres "$RUN/postgres.log"
  "${as[@]}" "$PG_BIN/pg_ctl" -D "$RUN/pg" -l "$RUN/postgres.log" -w -t 60 start \
    -o "-p $PG_PORT -k $RUN/pg-socket -c listen_addresses=127.0.0.1 -c max_connections=100" >/dev/null
  if [ "${fresh:-0}" = 1 ]; then
    PGPASSWORD=$(cat "$RUN/secrets/postgres-password") "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres \
      -d postgres -v ON_ERROR_STOP=1 -v pw="$(cat "$RUN/secrets/db-password")" <<'SQL'
create role chungsuc login nosuperuser nocreaterole nocreatedb noreplication password :'pw';
create database chungsuc owner chungsuc;
\c chungsuc
alter schema public owner to chungsuc;
create extension if not exists unaccent;
create extension if not exists pg_trgm;
create extension if not exists btree_gist;
SQL
  fi
}

start_app() { # n port
  local n=$1 port=$2 cmd
  if [ -n "${CHUNGSUC_CLUSTER_CLASSPATH:-}" ]; then
    cmd=("$JAVA" -Xmx768m -cp "$CHUNGSUC_CLUSTER_CLASSPATH" vn.chungsuc.ChungSucApplication)
  else
    local jar=${CHUNGSUC_CLUSTER_JAR:-$(ls "$ROOT"/target/chung-suc-*.jar 2>/dev/null | grep -v plain | head -1)}
    if [ -z "$jar" ] || [ ! -f "$jar" ]; then
      echo "No application jar: build it first (nice mvn -q -o package -DskipTests)" >&2
      exit 1
    fi
    cmd=("$JAVA" -Xmx768m -jar "$jar")
  fi
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/chungsuc" \
  SPRING_DATASOURCE_USERNAME=chungsuc \
  SPRING_DATASOURCE_PASSWORD="$(cat "$RUN/secrets/db-password")" \
  SPRING_PROFILES_ACTIVE="$PROFILES" PORT="$port" \
    nohup "${cmd[@]}" --spring.main.banner-mode=off --chungsuc.indicators.warm-up.max-seconds=0 \
    >"$RUN/app$n.log" 2>&1 &
  echo $! >"$RUN/app$n.pid"
}

write_nginx_conf() {
  mkdir -p "$RUN/nginx/tmp"
  local user=""
  [ "$(id -u)" -eq 0 ] && user="user root;"
  local servers="    server 127.0.0.1:$APP1_PORT max_fails=1 fail_timeout=10s;"
  [ "$INSTANCES" -ge 2 ] && servers="$servers
    server 127.0.0.1:$APP2_PORT max_fails=1 fail_timeout=10s;"
  cat >"$RUN/nginx/nginx.conf" <<EOF
$user
worker_processes 2;
pid $RUN/nginx/nginx.pid;
error_log $RUN/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $RUN/nginx/tmp/body;
  proxy_temp_path $RUN/nginx/tmp/proxy;
  fastcgi_temp_path $RUN/nginx/tmp/fastcgi;
  uwsgi_temp_path $RUN/nginx/tmp/uwsgi;
  scgi_temp_path $RUN/nginx/tmp/scgi;
  client_max_body_size 200m;
  upstream chungsuc {
$servers
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    location / {
      proxy_pass http://chungsuc;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      # a dead instance (refused or reset connection, no answer) hands the request to the other one
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 2s;
      proxy_read_timeout 120s;
    }
  }
}
EOF
}

status() {
  local any=0
  alive "$RUN/pg/postmaster.pid" 2>/dev/null && { echo "postgresql: up (port $PG_PORT)"; any=1; } \
    || echo "postgresql: down"
  for n in 1 2; do
    local port=$((LB_PORT + n))
    if alive "$RUN/app$n.pid"; then
      echo "app$n: up (pid $(cat "$RUN/app$n.pid"), port $port)"; any=1
    else
      echo "app$n: down"
    fi
  done
  alive "$RUN/nginx/nginx.pid" && { echo "nginx: up (port $LB_PORT)"; any=1; } || echo "nginx: down"
  [ $any = 1 ]
}

stop() {
  if alive "$RUN/nginx/nginx.pid"; then
    kill -QUIT "$(cat "$RUN/nginx/nginx.pid")" || true
  fi
  for n in 1 2; do
    if alive "$RUN/app$n.pid"; then
      kill -TERM "$(cat "$RUN/app$n.pid")" || true
    fi
  done
  for n in 1 2; do
    for _ in $(seq 1 60); do alive "$RUN/app$n.pid" || break; sleep 0.5; done
    alive "$RUN/app$n.pid" && kill -KILL "$(cat "$RUN/app$n.pid")" || true
    rm -f "$RUN/app$n.pid"
  done
  if [ -f "$RUN/pg/postmaster.pid" ]; then
    local as=()
    [ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
    "${as[@]}" "$PG_BIN/pg_ctl" -D "$RUN/pg" -m fast -w -t 60 stop >/dev/null 2>&1 || true
  fi
  echo "stopped"
}

start() {
  [ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL 15 is missing: scripts/install-test-deps.sh" >&2; exit 1; }
  [ -x "$NGINX" ] || { echo "nginx is missing: scripts/install-test-deps.sh" >&2; exit 1; }
  mkdir -p "$RUN"
  if status >/dev/null 2>&1; then
    echo "already running in $RUN (scripts/cluster.sh stop first)" >&2
    exit 1
  fi
  start_pg
  start_app 1 "$APP1_PORT"
  if ! wait_ready "$APP1_PORT" "$READY_SECONDS" "$RUN/app1.pid"; then
    echo "app1 not ready; see $RUN/app1.log" >&2; tail -30 "$RUN/app1.log" >&2; stop; exit 1
  fi
  if [ "$INSTANCES" -ge 2 ]; then
    start_app 2 "$APP2_PORT"
    if ! wait_ready "$APP2_PORT" "$READY_SECONDS" "$RUN/app2.pid"; then
      echo "app2 not ready; see $RUN/app2.log" >&2; tail -30 "$RUN/app2.log" >&2; stop; exit 1
    fi
  fi
  write_nginx_conf
  "$NGINX" -c "$RUN/nginx/nginx.conf" -p "$RUN/nginx" -e "$RUN/nginx/error.log"
  for _ in $(seq 1 20); do alive "$RUN/nginx/nginx.pid" && break; sleep 0.25; done
  echo "balancer http://127.0.0.1:$LB_PORT -> app1 :$APP1_PORT$([ "$INSTANCES" -ge 2 ] && echo ", app2 :$APP2_PORT"), postgresql :$PG_PORT, run folder $RUN"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
