#!/usr/bin/env bash
# A backup of Chung Sức's database with the data folder's secrets (the database passwords), in one archive
# (.tar.gz, mode 0600, with a .sha256 beside it). scripts/restore.sh puts it back.
#
#   scripts/backup.sh [--data-dir DIR] [--secrets-dir DIR] [--out FILE]
#       the embedded PostgreSQL (DIR: CHUNGSUC_DATA_DIR, default data/postgres; secrets: DIR-secrets). While the
#       application runs: an online base backup through PostgreSQL's own backup functions (pg_backup_start /
#       pg_backup_stop, a temporary replication slot keeping the WAL until it is copied) and tar; stopped: a copy of
#       the folder. The embedded distribution has no pg_dump, and Debian 12's (15) cannot dump a PostgreSQL 17
#       server, so the embedded database is backed up physically: restore it with the same PostgreSQL 17.
#       Needs psql (any version ≥ 10, Debian's postgresql-client) and GNU tar.
#   scripts/backup.sh --url postgresql://USER@HOST:PORT/DB [--secrets-dir DIR] [--out FILE]
#       an external PostgreSQL: pg_dump -Fc (its version must be at least the server's; password from PGPASSWORD
#       or ~/.pgpass).
#
# Default FILE: backups/chungsuc-YYYYMMDDTHHMMSSZ.tar.gz. Prints "backup: FILE (N bytes)".
set -euo pipefail
umask 077

DATA=${CHUNGSUC_DATA_DIR:-data/postgres}
SECRETS=${CHUNGSUC_SECRETS_DIR:-}
URL=${CHUNGSUC_BACKUP_URL:-}
OUT=
while [ $# -gt 0 ]; do
  case "$1" in
    --data-dir) DATA=$2; shift 2 ;;
    --secrets-dir) SECRETS=$2; shift 2 ;;
    --url) URL=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "backup: unknown argument $1" >&2; exit 2 ;;
  esac
done
DATA=${DATA%/}
[ -n "$SECRETS" ] || SECRETS="$DATA-secrets"
[ -n "$OUT" ] || OUT="backups/chungsuc-$(date -u +%Y%m%dT%H%M%SZ).tar.gz"
mkdir -p "$(dirname "$OUT")"
command -v tar >/dev/null || { echo "backup: tar is missing" >&2; exit 1; }
command -v psql >/dev/null || { echo "backup: psql is missing (Debian: apt-get install postgresql-client)" >&2; exit 1; }

WORK=$(mktemp -d "$(dirname "$OUT")/.chungsuc-backup.XXXXXX")
PSQL_PID=
cleanup() {
  [ -n "$PSQL_PID" ] && kill "$PSQL_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
B="$WORK/chungsuc-backup"
mkdir -p "$B"
KIND=

# Copies a live folder: files may change or vanish while tar reads them (the WAL makes them whole on restore).
copy_tree() { # from to [tar options…]
  local from=$1 to=$2; shift 2
  mkdir -p "$to"
  local rc=0
  tar -C "$from" --warning=no-file-changed --warning=no-file-removed --warning=no-file-shrank \
      --ignore-failed-read "$@" -cf - . | tar -C "$to" -xpf - || rc=$?
  # GNU tar answers 1 for "some files differ" (changed while read): expected on a running server
  [ "$rc" -le 1 ] || { echo "backup: copying $from failed ($rc)" >&2; exit 1; }
}

EXCLUDES=(--exclude=./postmaster.pid --exclude=./postmaster.opts --exclude=./epg-lock --exclude=./backup_label
  --exclude=./tablespace_map --exclude='./pg_wal/*' --exclude='./pg_replslot/*' --exclude='./pg_dynshmem/*'
  --exclude='./pg_notify/*' --exclude='./pg_serial/*' --exclude='./pg_snapshots/*' --exclude='./pg_stat_tmp/*'
  --exclude='./pg_subtrans/*' --exclude='pgsql_tmp*' --exclude=./pg_hba.conf.new)

embedded() {
  [ -f "$DATA/PG_VERSION" ] || { echo "backup: $DATA is not a PostgreSQL data folder" >&2; exit 1; }
  local pid="" port=""
  if [ -f "$DATA/postmaster.pid" ]; then
    pid=$(sed -n 1p "$DATA/postmaster.pid")
    port=$(sed -n 4p "$DATA/postmaster.pid")
    kill -0 "$pid" 2>/dev/null || pid=""
  fi
  if [ -z "$pid" ]; then
    # stopped (or killed): the folder as it is; PostgreSQL recovers it on start like after a power cut
    KIND=embedded-cold
    copy_tree "$DATA" "$B/pgdata" --exclude=./postmaster.pid --exclude=./epg-lock
    return
  fi
  [ -r "$SECRETS/postgres-password" ] || { echo "backup: no superuser password in $SECRETS" >&2; exit 1; }
  KIND=embedded-online
  local slot="chungsuc_backup_$$"
  coproc PSQL { PGPASSWORD=$(cat "$SECRETS/postgres-password") PGCONNECT_TIMEOUT=10 \
    psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres 2>&1; }
  PSQL_PID=$PSQL_PID
  local out
  # one session for the whole backup: the slot (temporary) keeps every WAL segment from before the backup's start
  sql "select pg_create_physical_replication_slot('$slot', true, true)" >/dev/null
  out=$(sql "select pg_backup_start('chungsuc $(date -u +%FT%TZ)', true)")
  echo "backup: started at WAL $out"
  copy_tree "$DATA" "$B/pgdata" "${EXCLUDES[@]}"
  # (no pipeline: the session's descriptors exist in this shell and its command substitutions only)
  out=$(sql "select encode(convert_to(labelfile, 'UTF8'), 'base64') from pg_backup_stop(false)")
  printf '%s' "$out" | base64 -d > "$B/pgdata/backup_label"
  grep -q '^START WAL LOCATION' "$B/pgdata/backup_label" || { echo "backup: pg_backup_stop failed" >&2; exit 1; }
  # the WAL written up to the backup's end, held by the slot until this session closes
  copy_tree "$DATA/pg_wal" "$B/pgdata/pg_wal"
  echo '\q' >&"${PSQL[1]}"
  wait "$PSQL_PID" 2>/dev/null || true
  PSQL_PID=
}

# Sends one statement to the session and answers its output (fails when the session reported an error).
sql() {
  printf '%s;\n\\echo __chungsuc_end__\n' "$1" >&"${PSQL[1]}"
  local line out="" ok=0
  while IFS= read -r line <&"${PSQL[0]}"; do
    if [ "$line" = "__chungsuc_end__" ]; then ok=1; break; fi
    out+="$line"$'\n'
  done
  [ "$ok" = 1 ] || { echo "backup: the database said: $out" >&2; exit 1; }
  printf '%s' "$out"
}

external() {
  command -v pg_dump >/dev/null || { echo "backup: pg_dump is missing" >&2; exit 1; }
  local server client
  server=$(psql -X -At -d "$URL" -c 'show server_version_num')
  client=$(pg_dump --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)*.*/\1/')
  if [ "$client" -lt $((server / 10000)) ]; then
    echo "backup: pg_dump $client cannot dump PostgreSQL $((server / 10000)): install postgresql-client-$((server / 10000))" >&2
    exit 1
  fi
  KIND=pg_dump
  pg_dump -Fc -d "$URL" -f "$B/database.dump"
}

if [ -n "$URL" ]; then external; else embedded; fi

if [ -d "$SECRETS" ]; then
  mkdir -p "$B/secrets" && chmod 700 "$B/secrets"
  cp -rp "$SECRETS"/. "$B/secrets/"
fi
{
  echo "kind=$KIND"
  echo "created=$(date -u +%FT%TZ)"
  [ -f "$B/pgdata/PG_VERSION" ] && echo "postgres=$(cat "$B/pgdata/PG_VERSION")"
  echo "secrets=$([ -d "$B/secrets" ] && echo yes || echo no)"
} > "$B/MANIFEST"

tar -C "$WORK" -czf "$OUT.partial" chungsuc-backup
mv "$OUT.partial" "$OUT"
(cd "$(dirname "$OUT")" && sha256sum "$(basename "$OUT")" > "$(basename "$OUT").sha256")
echo "backup: $OUT ($(stat -c %s "$OUT") bytes, $KIND)"
