#!/usr/bin/env bash
# Pull the latest content and rebuild; the build publishes atomically or not at all.
# Run by shequ-publish.timer (a static site publishes a scheduled article only when rebuilt).
# usage: deploy/publish.sh [CHECKOUT]   (default: the folder this script lives in, one up)
set -euo pipefail
checkout=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$checkout"

exec 9>"$checkout/.publish.lock"
flock -n 9 || { echo "another publish is running; skipping"; exit 0; }

git pull --ff-only --quiet
# Dependencies change rarely; install only when the lock file did.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run build
