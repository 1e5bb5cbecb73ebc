#!/usr/bin/env bash
# `npm test`: every test, in the order that fails fastest. npm runs this with
# node_modules/.bin first on PATH, so `node` is the project's pinned Node 24.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-system-deps.sh

results=tests/artifacts/results
rm -rf "$results" && mkdir -p "$results"

# Each tier's wall time goes to $results/times.txt, to compare runs.
tier() {
  local name=$1 start=$SECONDS
  shift
  echo "== $name"
  "$@"
  echo "$name: $((SECONDS - start)) s" | tee -a "$results/times.txt"
}

# astro check type-checks every .astro and .ts file of the project (src, scripts, tests).
tier "type check (astro check)" env ASTRO_TELEMETRY_DISABLED=1 astro check

# Prettier's formatting, ESLint, and no line of code over 160 characters (package.json's lint).
tier "format and lint (npm run lint)" npm run --silent lint

# Unit tests twice: if the two time zones disagree, a date escaped src/lib/china-time.ts.
# The whole tier both times: it is pure code (about half a minute), and any file may reach a date.
for tz in UTC America/Los_Angeles; do
  tier "unit tests, TZ=$tz" env TZ=$tz vitest run --reporter=default --reporter=json --outputFile="$results/unit-${tz//\//-}.json"
done

# Two runs side by side (vitest.build.config.ts): the builds, and the desk and editors' commands.
# Each writes its own log, shown when both are done, so the two reports do not interleave.
build_tier() {
  local status=0 project pids=()
  for project in builds commands; do
    vitest run -c vitest.build.config.ts --project "$project" --reporter=default --reporter=json \
      --outputFile="$results/build-$project.json" > "$results/build-$project.log" 2>&1 &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || status=1; done
  cat "$results/build-builds.log" "$results/build-commands.log"
  return $status
}
tier "build tests (real builds of the sample site and fixtures, and the editors' command-line scripts)" build_tier

tier "browser tests (Chromium) and HTML validity (W3C Nu checker)" \
  vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile="$results/e2e.json"

# The benchmark itself (npm run bench) is too long for CI; this keeps its code working.
tier "smoke benchmark (N=200, against Hugo + Pagefind)" node scripts/bench.ts --smoke --out tests/artifacts/bench-smoke

cat "$results/times.txt"
node scripts/lib/test-summary.ts "$results"
