#!/usr/bin/env bash
# Faults (issue 18): starts the application as a separate process on a fresh embedded PostgreSQL, kill -9s it
# during a registry import and during a stream of fund donations, restarts it and checks each write is whole or
# absent (the import reads "Bị gián đoạn"). Prints the restart times and "faults survived: N".
# scripts/test.sh --full runs it with the other heavy tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHUNGSUC_FULL=1
exec mvn -B test -Dtest='FaultsIntegrationTest' -Dsurefire.failIfNoSpecifiedTests=false "$@"
