#!/usr/bin/env bash
# Installs the Debian packages the tests need when they are missing: as root it
# installs them, otherwise it stops with the exact command to run.
set -euo pipefail

needed=()
command -v chromium >/dev/null 2>&1 || needed+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || needed+=(fonts-noto-cjk)
command -v java >/dev/null 2>&1 || needed+=(default-jre-headless)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || needed+=(nginx-light)
command -v wrk >/dev/null 2>&1 || needed+=(wrk)
command -v curl >/dev/null 2>&1 || needed+=(curl)
command -v hugo >/dev/null 2>&1 || needed+=(hugo)
# heif-enc makes the iPhone (HEIC) photos the content:check --fix tests convert.
command -v heif-enc >/dev/null 2>&1 || needed+=(libheif-examples)

if [ ${#needed[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "The tests need these system packages. Install them, then run npm test again:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${needed[*]}" >&2
  exit 1
fi
echo "== installing system packages: ${needed[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${needed[@]}" >/dev/null
