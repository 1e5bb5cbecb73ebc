#!/usr/bin/env bash
# `npm test`: every test, in the order that fails fastest. npm runs this with
# node_modules/.bin first on PATH, so `node` is the project's pinned Node 24.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-system-deps.sh

results=tests/artifacts/results
rm -rf "$results" && mkdir -p "$results"

# astro check type-checks every .astro and .ts file of the project (src, scripts, tests).
echo "== type check (astro check)"
ASTRO_TELEMETRY_DISABLED=1 astro check

# Prettier's formatting, ESLint, and no line of code over 160 characters (package.json's lint).
echo "== format and lint (npm run lint)"
npm run --silent lint

# Unit tests twice: if the two time zones disagree, a date escaped src/lib/china-time.ts.
for tz in UTC America/Los_Angeles; do
  echo "== unit tests, TZ=$tz"
  TZ=$tz vitest run --reporter=default --reporter=json --outputFile="$results/unit-${tz//\//-}.json"
done

echo "== build tests (real builds of the sample site and fixtures)"
vitest run -c vitest.build.config.ts --reporter=default --reporter=json --outputFile="$results/build.json"

echo "== browser tests (Chromium) and HTML validity (W3C Nu checker)"
vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile="$results/e2e.json"

# The benchmark itself (npm run bench) is too long for CI; this keeps its code working.
echo "== smoke benchmark (N=200, against Hugo + Pagefind)"
node scripts/bench.ts --smoke --out tests/artifacts/bench-smoke

node scripts/lib/test-summary.ts "$results"
