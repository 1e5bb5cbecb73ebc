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

# Runs "name command…" pairs at once, each into its own log, shown when all are done (so
# reports do not interleave); fails if any failed. Each is single-threaded, and there are two cores.
side_by_side() {
  local status=0 pids=() logs=() i=0
  while [ $# -gt 0 ]; do
    logs+=("$results/$1.log")
    shift
    local cmd=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do cmd+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    "${cmd[@]}" > "${logs[$i]}" 2>&1 &
    pids+=($!)
    i=$((i + 1))
  done
  for pid in "${pids[@]}"; do wait "$pid" || status=1; done
  cat "${logs[@]}"
  return $status
}

# astro check type-checks every .astro and .ts file of the project (src, scripts, tests);
# lint is Prettier's formatting, ESLint, and no line of code over 160 characters (package.json).
tier "type check (astro check) and lint (npm run lint)" side_by_side \
  typecheck env ASTRO_TELEMETRY_DISABLED=1 astro check -- \
  lint npm run --silent lint

# Unit tests twice: if the two time zones disagree, a date escaped src/lib/china-time.ts.
# The whole tier both times: it is pure code (about half a minute), and any file may reach a date.
for tz in UTC America/Los_Angeles; do
  tier "unit tests, TZ=$tz" env TZ=$tz vitest run --reporter=default --reporter=json --outputFile="$results/unit-${tz//\//-}.json"
done

# Two runs side by side (vitest.build.config.ts): the builds, and the desk and editors' commands.
build_tier() {
  side_by_side \
    build-builds vitest run -c vitest.build.config.ts --project builds --reporter=default --reporter=json --outputFile="$results/build-builds.json" -- \
    build-commands vitest run -c vitest.build.config.ts --project commands --reporter=default --reporter=json --outputFile="$results/build-commands.json"
}
tier "build tests (real builds of the sample site and fixtures, and the editors' command-line scripts)" build_tier

tier "browser tests (Chromium) and HTML validity (W3C Nu checker)" \
  vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile="$results/e2e.json"

# The benchmark itself (npm run bench) is too long for CI; this keeps its code working.
tier "smoke benchmark (N=200, against Hugo + Pagefind)" node scripts/bench.ts --smoke --out tests/artifacts/bench-smoke

cat "$results/times.txt"
node scripts/lib/test-summary.ts "$results"
