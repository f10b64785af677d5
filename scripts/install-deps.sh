#!/usr/bin/env bash
# Installs the Debian packages the build needs, and does nothing when they are
# all present. Run by the Makefile before every configure; safe to run by hand.
set -euo pipefail

PACKAGES=(
  cmake ninja-build g++ pkg-config
  libicu-dev libgumbo-dev rapidjson-dev libcli11-dev libfmt-dev
  zlib1g-dev libzstd-dev libhyperscan-dev libre2-dev libtbb-dev libcld2-dev
  libxxhash-dev libsqlite3-dev libgtest-dev libgmock-dev libbenchmark-dev iso-codes
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "install-deps: installing ${missing[*]}" >&2
if [[ $(id -u) -ne 0 ]]; then
  echo "install-deps: missing packages and not root; run: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
