#!/usr/bin/env bash
# The one command that runs every test (CI runs exactly this, through .ci/run): installs the Debian packages the
# tests need when missing (Chromium and ChromeDriver, fonts, LibreOffice Writer, nginx-light, PostgreSQL 15), then
# runs Maven's full build with its tests, the heavy operations tests included.
#   scripts/test.sh          everything: unit, policy, module, browser and report tests, and the heavy operations
#                            tests (CHUNGSUC_FULL=1): the whole demo backed up while it runs and restored table by
#                            table (BackupRestoreIntegrationTest), kill -9 during four kinds of writes
#                            (FaultsIntegrationTest), two instances behind nginx with one killed (ClusterFailoverTest).
#                            They start the application as separate processes on ports chosen free at run time
#                            (CHUNGSUC_TEST_PORTS=FROM-TO narrows the range) and stop what they started.
#   scripts/test.sh --fast   the unit and policy tests alone (no Spring context, no database, no browser): the inner loop
#   scripts/test.sh --full   the same as without an option (the heavy tests were once only in this mode)
#   CHUNGSUC_FULL=0 scripts/test.sh   everything but the heavy operations tests (a developer's quicker full run)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == "--fast" ]]; then
  shift
  exec mvn -B -Pfast test "$@"
fi
if [[ "${1:-}" == "--full" ]]; then
  shift
fi
export CHUNGSUC_FULL=${CHUNGSUC_FULL:-1}
bash scripts/install-test-deps.sh
exec mvn -B verify "$@"
