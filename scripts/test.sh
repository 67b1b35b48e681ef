#!/usr/bin/env bash
# The one command that runs every test: installs the Debian packages the browser tests need when missing, then
# runs Maven's full build with its tests (CI runs exactly this, through .ci/run).
#   scripts/test.sh --fast   the unit and policy tests alone (no Spring context, no database, no browser): the inner loop
#   scripts/test.sh --full   everything, with the heavy operations tests too (the demo's backup and restore, kill -9)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == "--fast" ]]; then
  shift
  exec mvn -B -Pfast test "$@"
fi
if [[ "${1:-}" == "--full" ]]; then
  shift
  export CHUNGSUC_FULL=1
fi
bash scripts/install-test-deps.sh
exec mvn -B verify "$@"
