#!/usr/bin/env bash
# System packages the test suite needs: Debian's chromium for the browser tests,
# and a Korean font (fonts-nanum) so screenshots of reports show Hangul, not boxes.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi nanum || need+=(fonts-nanum)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "note: missing ${need[*]} and cannot install here (not root); browser tests will be skipped" >&2
fi
