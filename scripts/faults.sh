#!/usr/bin/env bash
# Faults (issue 18): starts the application as a separate process on a fresh embedded PostgreSQL, kill -9s it
# during a registry import, a stream of fund donations, a poverty review round's step 1 (2,000 applicants in one
# transaction) and a stream of title decisions (cultural families, 200 households each), restarts it each time and
# checks in SQL that each write is whole or absent (the import reads "Bị gián đoạn"). Prints the restart times and
# "faults survived: N" (4 when all pass).
# scripts/test.sh (what CI runs) runs it with the other heavy tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHUNGSUC_FULL=1
exec mvn -B test -Dtest='FaultsIntegrationTest' -Dsurefire.failIfNoSpecifiedTests=false "$@"
