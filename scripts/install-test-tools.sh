#!/usr/bin/env bash
# Installs the programs the test suite reads our output with (Debian/Ubuntu). Idempotent; needs root.
set -euo pipefail
packages=(chromium libreoffice-writer-nogui poppler-utils python3-docx pandoc unzip fonts-liberation fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-test-tools: all present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}"
