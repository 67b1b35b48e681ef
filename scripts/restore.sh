#!/usr/bin/env bash
# Puts back a backup made by scripts/backup.sh.
#
#   scripts/restore.sh ARCHIVE [--data-dir DIR] [--secrets-dir DIR]
#       an embedded backup into a NEW data folder (DIR: CHUNGSUC_DATA_DIR, default data/postgres; it must not exist
#       or be empty; secrets: DIR-secrets, likewise), with the secrets' modes (folder 0700, files 0600). Start the
#       application on it (CHUNGSUC_DATA_DIR=DIR): PostgreSQL replays the WAL kept in the backup up to the moment
#       the backup ended, then the application starts as usual.
#   scripts/restore.sh ARCHIVE --url postgresql://USER@HOST:PORT/DB [--secrets-dir DIR]
#       a pg_dump backup into an external database (pg_restore --clean --if-exists --no-owner: the database's
#       objects are replaced by the backup's).
#
# The archive's .sha256, when beside it, is checked first. Prints "restore: … ready".
set -euo pipefail
umask 077

ARCHIVE=${1:-}
[ -n "$ARCHIVE" ] && [ "${ARCHIVE#-}" = "$ARCHIVE" ] || { sed -n '2,14p' "$0"; exit 2; }
shift
DATA=${CHUNGSUC_DATA_DIR:-data/postgres}
SECRETS=${CHUNGSUC_SECRETS_DIR:-}
URL=
while [ $# -gt 0 ]; do
  case "$1" in
    --data-dir) DATA=$2; shift 2 ;;
    --secrets-dir) SECRETS=$2; shift 2 ;;
    --url) URL=$2; shift 2 ;;
    *) echo "restore: unknown argument $1" >&2; exit 2 ;;
  esac
done
DATA=${DATA%/}
[ -n "$SECRETS" ] || SECRETS="$DATA-secrets"
[ -f "$ARCHIVE" ] || { echo "restore: no file $ARCHIVE" >&2; exit 1; }
if [ -f "$ARCHIVE.sha256" ]; then
  (cd "$(dirname "$ARCHIVE")" && sha256sum --quiet -c "$(basename "$ARCHIVE").sha256") \
    || { echo "restore: $ARCHIVE does not match its .sha256" >&2; exit 1; }
fi

empty_or_missing() { [ ! -e "$1" ] || [ -z "$(ls -A "$1" 2>/dev/null)" ]; }

if [ -z "$URL" ]; then
  empty_or_missing "$DATA" || { echo "restore: $DATA is not empty: restore into a new folder" >&2; exit 1; }
  empty_or_missing "$SECRETS" || { echo "restore: $SECRETS is not empty: restore into a new folder" >&2; exit 1; }
  PARENT=$(dirname "$DATA")
else
  PARENT=$(dirname "$SECRETS")
fi
mkdir -p "$PARENT"
WORK=$(mktemp -d "$PARENT/.chungsuc-restore.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
tar -C "$WORK" -xzpf "$ARCHIVE"
B="$WORK/chungsuc-backup"
[ -f "$B/MANIFEST" ] || { echo "restore: $ARCHIVE is not a Chung Sức backup" >&2; exit 1; }
KIND=$(sed -n 's/^kind=//p' "$B/MANIFEST")

put_secrets() {
  [ -d "$B/secrets" ] || return 0
  mkdir -p "$SECRETS"
  cp -rp "$B/secrets"/. "$SECRETS/"
  chmod 700 "$SECRETS"
  find "$SECRETS" -type f -exec chmod 600 {} +
}

case "$KIND" in
  embedded-online|embedded-cold)
    [ -f "$B/pgdata/PG_VERSION" ] || { echo "restore: the archive has no data folder" >&2; exit 1; }
    [ -z "$URL" ] || { echo "restore: this is a backup of the embedded database: restore it with --data-dir" >&2; exit 1; }
    # the folders whose contents a backup leaves out
    for d in pg_wal/archive_status pg_wal/summaries pg_replslot pg_dynshmem pg_notify pg_serial pg_snapshots \
        pg_stat_tmp pg_subtrans; do
      mkdir -p "$B/pgdata/$d"
    done
    rm -f "$B/pgdata/postmaster.pid" "$B/pgdata/epg-lock"
    chmod 700 "$B/pgdata"
    [ -d "$DATA" ] && rmdir "$DATA"
    mv "$B/pgdata" "$DATA"
    put_secrets
    echo "restore: $DATA ready ($KIND, PostgreSQL $(cat "$DATA/PG_VERSION")); start with CHUNGSUC_DATA_DIR=$DATA"
    ;;
  pg_dump)
    [ -n "$URL" ] || { echo "restore: this is a pg_dump backup: restore it into a database with --url" >&2; exit 1; }
    command -v pg_restore >/dev/null || { echo "restore: pg_restore is missing" >&2; exit 1; }
    pg_restore --clean --if-exists --no-owner --exit-on-error -d "$URL" "$B/database.dump"
    put_secrets
    echo "restore: database restored from $ARCHIVE; ready"
    ;;
  *) echo "restore: unknown kind of backup '$KIND'" >&2; exit 1 ;;
esac
