#!/usr/bin/env bash
# Installs what the tests need and the machine lacks: Debian's Chromium and ChromeDriver for the browser tests,
# fonts with Vietnamese glyphs for screenshots and PDFs, LibreOffice Writer for the reports' DOCX. Does nothing when all are present.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
[ -d /usr/share/fonts/truetype/liberation2 ] || need+=(fonts-liberation2)
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)
# LibreOffice opens the reports' DOCX in the reporting tests (converted to PDF, then rendered and read back)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
# nginx balances two instances in the cluster test (scripts/cluster.sh); PostgreSQL 15 is their shared database
[ -x /usr/sbin/nginx ] || need+=(nginx-light)
[ -x /usr/lib/postgresql/15/bin/initdb ] || need+=(postgresql-15)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
echo "Installing test dependencies: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
