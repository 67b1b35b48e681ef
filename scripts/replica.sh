#!/usr/bin/env bash
# A PostgreSQL 15 primary and a streaming replica on loopback, for the read replica (issue 19, item 3).
#
#   scripts/replica.sh start     creates (first time) and starts both, prints the settings the application needs
#   scripts/replica.sh stop      stops both (fast shutdown); nothing keeps running
#   scripts/replica.sh status    which server runs, whether the replica is in recovery, the replication's lag
#   scripts/replica.sh promote   makes the replica a primary (pg_ctl promote): the manual failover step
#   scripts/replica.sh settings  prints the application's settings again
#
# Uses Debian's postgresql-15 (PGBIN, by default /usr/lib/postgresql/15/bin). Everything lives in a run folder:
# REPLICA_RUN_DIR, by default "${CHUNGSUC_DATA_DIR:-data}/replica" (primary/, replica/, logs, secrets/ owner-only).
# Ports: REPLICA_PRIMARY_PORT (55432) and REPLICA_STANDBY_PORT (55433), on 127.0.0.1 only. Authentication is
# scram-sha-256 everywhere (the application's role and the replication role "replicator"); the passwords are made on
# the first start and kept in secrets/. As root, the servers run as the user "postgres" (PostgreSQL refuses root).
set -euo pipefail

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
RUN=${REPLICA_RUN_DIR:-${CHUNGSUC_DATA_DIR:-data}/replica}
PRIMARY_PORT=${REPLICA_PRIMARY_PORT:-55432}
STANDBY_PORT=${REPLICA_STANDBY_PORT:-55433}
APP_USER=chungsuc
DB=chungsuc

[[ -x "$PGBIN/postgres" ]] || { echo "PostgreSQL 15 not found in $PGBIN (apt-get install postgresql-15)" >&2; exit 2; }
mkdir -p "$RUN"
RUN=$(cd "$RUN" && pwd)
PRIMARY="$RUN/primary"
STANDBY="$RUN/replica"
SECRETS="$RUN/secrets"

as_pg() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

secret() { # name -> the password, made on first use
    local f="$SECRETS/$1"
    if [[ ! -s "$f" ]]; then
        (umask 077; openssl rand -hex 24 >"$f")
    fi
    cat "$f"
}

prepare() {
    mkdir -p "$SECRETS"
    chmod 700 "$SECRETS"
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres "$RUN" "$SECRETS"
        chmod 755 "$RUN"
    fi
    secret app >/dev/null
    secret replicator >/dev/null
    if [[ $(id -u) -eq 0 ]]; then chown postgres "$SECRETS"/*; fi
}

running() { as_pg "$PGBIN/pg_ctl" -D "$1" status >/dev/null 2>&1; }

sql() { # port sql
    as_pg env PGPASSWORD="$(secret app)" "$PGBIN/psql" -X -q -At -h 127.0.0.1 -p "$1" \
        -U "$APP_USER" -d "$DB" -v ON_ERROR_STOP=1 -c "$2"
}

init_primary() {
    [[ -f "$PRIMARY/PG_VERSION" ]] && return
    echo "creating the primary in $PRIMARY"
    as_pg "$PGBIN/initdb" -D "$PRIMARY" --username="$APP_USER" --pwfile="$SECRETS/app" --auth=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >"$RUN/initdb.log"
    cat >>"$PRIMARY/postgresql.conf" <<EOF

# scripts/replica.sh
listen_addresses = '127.0.0.1'
port = $PRIMARY_PORT
unix_socket_directories = '$RUN'
wal_level = replica
max_wal_senders = 5
max_replication_slots = 5
wal_keep_size = '256MB'
max_slot_wal_keep_size = '2GB'
hot_standby = on
hot_standby_feedback = on
password_encryption = 'scram-sha-256'
max_connections = 100
shared_buffers = '128MB'
EOF
    cat >"$PRIMARY/pg_hba.conf" <<EOF
# scripts/replica.sh: loopback only, passwords with scram-sha-256
local   all          all                        scram-sha-256
host    all          all          127.0.0.1/32  scram-sha-256
host    replication  replicator   127.0.0.1/32  scram-sha-256
EOF
    as_pg "$PGBIN/pg_ctl" -D "$PRIMARY" -l "$RUN/primary.log" -w -t 60 start >/dev/null
    as_pg env PGPASSWORD="$(secret app)" "$PGBIN/psql" -X -q -h 127.0.0.1 \
        -p "$PRIMARY_PORT" -U "$APP_USER" -d postgres -v ON_ERROR_STOP=1 \
        -c "create role replicator with replication login password '$(secret replicator)'" \
        -c "create database $DB owner $APP_USER"
}

init_standby() {
    [[ -f "$STANDBY/PG_VERSION" ]] && return
    echo "making the replica in $STANDBY (pg_basebackup -R)"
    as_pg env PGPASSWORD="$(secret replicator)" "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" \
        -U replicator -D "$STANDBY" -R -X stream -C -S chungsuc_replica -c fast
    cat >>"$STANDBY/postgresql.conf" <<EOF
# scripts/replica.sh: the replica
port = $STANDBY_PORT
EOF
    grep -q "password=" "$STANDBY/postgresql.auto.conf" || {
        echo "pg_basebackup -R wrote no password in primary_conninfo" >&2; exit 1; }
}

print_settings() {
    cat <<EOF
primary: jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/$DB
replica: jdbc:postgresql://127.0.0.1:$STANDBY_PORT/$DB
# the application's settings (environment variables):
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/$DB
SPRING_DATASOURCE_USERNAME=$APP_USER
SPRING_DATASOURCE_PASSWORD=\$(cat $SECRETS/app)
CHUNGSUC_REPLICA_URL=jdbc:postgresql://127.0.0.1:$STANDBY_PORT/$DB
CHUNGSUC_REPLICA_USERNAME=$APP_USER
CHUNGSUC_REPLICA_PASSWORD=\$(cat $SECRETS/app)
EOF
}

case "${1:-}" in
    start)
        prepare
        init_primary
        running "$PRIMARY" || as_pg "$PGBIN/pg_ctl" -D "$PRIMARY" -l "$RUN/primary.log" -w -t 60 start >/dev/null
        init_standby
        running "$STANDBY" || as_pg "$PGBIN/pg_ctl" -D "$STANDBY" -l "$RUN/replica.log" -w -t 60 start >/dev/null
        print_settings
        ;;
    stop)
        for d in "$STANDBY" "$PRIMARY"; do
            if [[ -f "$d/PG_VERSION" ]] && running "$d"; then
                as_pg "$PGBIN/pg_ctl" -D "$d" -m fast -w -t 60 stop >/dev/null
                echo "stopped $d"
            fi
        done
        ;;
    status)
        for d in "$PRIMARY" "$STANDBY"; do
            if [[ -f "$d/PG_VERSION" ]] && running "$d"; then echo "running: $d"; else echo "stopped: $d"; fi
        done
        if running "$PRIMARY"; then
            echo "primary in recovery: $(sql "$PRIMARY_PORT" 'select pg_is_in_recovery()')"
            echo "replication (client, state, replay_lag): $(sql "$PRIMARY_PORT" \
                "select client_addr || ' ' || state || ' ' || coalesce(replay_lag::text, '0') from pg_stat_replication")"
        fi
        if running "$STANDBY"; then
            echo "replica in recovery: $(sql "$STANDBY_PORT" 'select pg_is_in_recovery()')"
        fi
        ;;
    promote)
        as_pg "$PGBIN/pg_ctl" -D "$STANDBY" -w -t 60 promote
        ;;
    settings)
        print_settings
        ;;
    *)
        echo "usage: $0 start|stop|status|promote|settings" >&2
        exit 2
        ;;
esac
