#!/usr/bin/env bash
# The one command that runs every test: installs the Debian packages the browser tests need when missing, then
# runs Maven's full build with its tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-deps.sh
exec mvn -B verify "$@"
