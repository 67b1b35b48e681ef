#!/usr/bin/env bash
# The national view on one machine, on loopback: two province PostgreSQL 15 servers and one national server
# (Debian's /usr/lib/postgresql/15/bin, wal_level=logical), the application's role on each (never a superuser),
# the province publications (made by the application's migration V14 as the table's owner) and the national
# server's subscriptions (made here as the national superuser: CREATE SUBSCRIPTION needs one on PostgreSQL 15).
#
#   scripts/national.sh start      start (creating at first) the three servers and their roles; print how to start
#                                  the three instances of the application on them
#   scripts/national.sh subscribe  once the instances have migrated (the national one FIRST: schema changes reach
#                                  the national side before a province publishes them), create one subscription per
#                                  province on the national server (idempotent)
#   scripts/national.sh status     servers, subscriptions, and each province's slot lag in bytes
#   scripts/national.sh stop       stop the three servers (data kept; `stop --clean` deletes it)
#
# Folder: CHUNGSUC_NATIONAL_DIR (default /tmp/chungsuc-national); ports: NATIONAL_PORT (55440), PROVINCE_PORTS
# ("38:55441 40:55442"). Passwords are generated into DIR/secrets (0600). As root the servers run as the user
# postgres (Debian's package creates it). Each province server sets max_slot_wal_keep_size (NATIONAL_SLOT_KEEP,
# default 1GB): a national server that is down for long loses its slot (wal_status "lost", subscribe again with
# copy_data) instead of filling the province's disk.
set -euo pipefail
umask 077

BIN=${PG15_BIN:-/usr/lib/postgresql/15/bin}
DIR=${CHUNGSUC_NATIONAL_DIR:-/tmp/chungsuc-national}
NATIONAL_PORT=${NATIONAL_PORT:-55440}
PROVINCE_PORTS=${PROVINCE_PORTS:-"38:55441 40:55442"}
KEEP=${NATIONAL_SLOT_KEEP:-1GB}
SECRETS=$DIR/secrets

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

password() { # name -> generated once
  local f=$SECRETS/$1
  if [ ! -s "$f" ]; then head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$f"; fi
  cat "$f"
}

servers() { # name:port lines
  echo "national:$NATIONAL_PORT"
  for p in $PROVINCE_PORTS; do echo "province-${p%%:*}:${p##*:}"; done
}

psql_su() { # port db sql...
  local port=$1 db=$2; shift 2
  PGPASSWORD=$(password postgres) "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d "$db" "$@"
}

start_one() { # name port
  local name=$1 port=$2 data=$DIR/$1
  if [ ! -s "$data/PG_VERSION" ]; then
    mkdir -p "$data"
    [ "$(id -u)" = 0 ] && chown postgres: "$DIR" "$data"
    local pw; pw=$(mktemp); password postgres > "$pw"; chmod 644 "$pw"
    as_pg "$BIN/initdb" -D "$data" -U postgres --pwfile="$pw" --auth=scram-sha-256 -E UTF-8 >/dev/null
    rm -f "$pw"
    cat >> "$data/postgresql.conf" <<CONF
# scripts/national.sh
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$data'
wal_level = logical
max_replication_slots = 10
max_wal_senders = 10
max_slot_wal_keep_size = '$([ "$name" = national ] && echo -1 || echo "$KEEP")'
CONF
  fi
  if ! as_pg "$BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    as_pg "$BIN/pg_ctl" -D "$data" -l "$data/server.log" -w start >/dev/null
  fi
  local app; app=$(password "chungsuc-$name")
  psql_su "$port" postgres <<SQL
do \$\$ begin
  if not exists (select 1 from pg_roles where rolname = 'chungsuc') then create role chungsuc; end if;
end \$\$;
alter role chungsuc login nosuperuser nocreaterole nocreatedb noreplication password '$app';
SQL
  if [ -z "$(psql_su "$port" postgres -tAc "select 1 from pg_database where datname = 'chungsuc'")" ]; then
    psql_su "$port" postgres -c "create database chungsuc owner chungsuc"
  fi
  psql_su "$port" chungsuc -c "alter schema public owner to chungsuc"
  echo "$name: 127.0.0.1:$port, database chungsuc, user chungsuc, password in $SECRETS/chungsuc-$name"
}

cmd=${1:-status}
case "$cmd" in
  start)
    mkdir -p "$SECRETS"
    [ -x "$BIN/postgres" ] || { echo "national: PostgreSQL 15 missing ($BIN): apt-get install postgresql-15" >&2; exit 1; }
    for s in $(servers); do start_one "${s%%:*}" "${s##*:}"; done
    cat <<TXT

Start the national instance FIRST (its migrations are the national side of any schema change), then each province:
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$NATIONAL_PORT/chungsuc SPRING_DATASOURCE_USERNAME=chungsuc \\
    SPRING_DATASOURCE_PASSWORD=\$(cat $SECRETS/chungsuc-national) CHUNGSUC_NATIONAL_ENABLED=true PORT=18400 java -jar target/chung-suc-*.jar
TXT
    for p in $PROVINCE_PORTS; do
      cat <<TXT
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:${p##*:}/chungsuc SPRING_DATASOURCE_USERNAME=chungsuc \\
    SPRING_DATASOURCE_PASSWORD=\$(cat $SECRETS/chungsuc-province-${p%%:*}) CHUNGSUC_NATIONAL_PROVINCE_CODE=${p%%:*} \\
    CHUNGSUC_NATIONAL_CENTRAL_URL=jdbc:postgresql://127.0.0.1:$NATIONAL_PORT/chungsuc CHUNGSUC_NATIONAL_CENTRAL_USERNAME=chungsuc \\
    CHUNGSUC_NATIONAL_CENTRAL_PASSWORD=\$(cat $SECRETS/chungsuc-national) PORT=$((18400 + ${p%%:*})) java -jar target/chung-suc-*.jar
TXT
    done
    echo "then: scripts/national.sh subscribe"
    ;;
  subscribe)
    for p in $PROVINCE_PORTS; do
      code=${p%%:*} port=${p##*:}
      reader=$(password "reader-$code")
      # The national server connects as a login that may replicate and read only national_fact.
      psql_su "$port" chungsuc <<SQL
do \$\$ begin
  if not exists (select 1 from pg_roles where rolname = 'national_reader') then create role national_reader; end if;
end \$\$;
alter role national_reader login replication nosuperuser password '$reader';
grant usage on schema public to national_reader;
grant select on national_fact to national_reader;
SQL
      if [ -z "$(psql_su "$NATIONAL_PORT" chungsuc -tAc "select 1 from pg_subscription where subname = 'national_$code'")" ]; then
        psql_su "$NATIONAL_PORT" chungsuc -c "create subscription national_$code connection 'host=127.0.0.1 port=$port dbname=chungsuc user=national_reader password=$reader' publication chungsuc_national"
      fi
      echo "national: subscribed to province $code (127.0.0.1:$port)"
    done
    ;;
  status)
    for s in $(servers); do
      name=${s%%:*} port=${s##*:}
      if [ -d "$DIR/$name" ] && as_pg "$BIN/pg_ctl" -D "$DIR/$name" status >/dev/null 2>&1; then
        echo "$name: running on 127.0.0.1:$port"
        if [ "$name" = national ]; then
          psql_su "$port" chungsuc -tAc "select 'subscription ' || subname || ' enabled=' || subenabled from pg_subscription" 2>/dev/null || true
          psql_su "$port" chungsuc -tAc "select 'facts of province ' || province_code || ': ' || n from (select province_code, count(*) n from national_fact group by province_code) f order by 1" 2>/dev/null || true
        else
          psql_su "$port" chungsuc -tAc "select 'slot ' || slot_name || ' active=' || active || ' lag=' || coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)::bigint::text, '?') || ' bytes wal_status=' || coalesce(wal_status, '?') from pg_replication_slots where slot_type = 'logical'" 2>/dev/null || true
          psql_su "$port" chungsuc -tAc "select 'max_slot_wal_keep_size=' || current_setting('max_slot_wal_keep_size')"
        fi
      else
        echo "$name: stopped"
      fi
    done
    ;;
  stop)
    for s in $(servers); do
      name=${s%%:*}
      if [ -d "$DIR/$name" ] && as_pg "$BIN/pg_ctl" -D "$DIR/$name" status >/dev/null 2>&1; then
        as_pg "$BIN/pg_ctl" -D "$DIR/$name" -m fast -w stop >/dev/null
        echo "$name: stopped"
      fi
    done
    if [ "${2:-}" = --clean ]; then rm -rf "$DIR"; echo "national: $DIR deleted"; fi
    ;;
  -h|--help) sed -n '2,22p' "$0" ;;
  *) echo "usage: $0 start|subscribe|status|stop [--clean]" >&2; exit 2 ;;
esac
