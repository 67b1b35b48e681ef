#!/usr/bin/env bash
# The one command that runs every test: installs the Debian packages the browser tests need when missing, then
# runs Maven's full build with its tests (CI runs exactly this, through .ci/run).
#   scripts/test.sh --fast   the unit and policy tests alone (no Spring context, no database, no browser): the inner loop
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == "--fast" ]]; then
  shift
  exec mvn -B -Pfast test "$@"
fi
bash scripts/install-test-deps.sh
exec mvn -B verify "$@"
