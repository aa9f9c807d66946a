#!/usr/bin/env bash
# `npm test`: type check, lint, unit and integration tests (vitest), production build, and the
# end-to-end tests (Playwright against `next start`). Ends with one line "N passed, N failed"
# summing both test runners, and exits non-zero if any step failed.
set -u
cd "$(dirname "$0")/.."
rm -rf .reports && mkdir -p .reports
export NEXT_TELEMETRY_DISABLED=1
status=0
step() {
  local name="$1"; shift
  echo "── ${name}"
  local started=$SECONDS
  if "$@"; then
    echo "── ${name}: ok ($((SECONDS - started)) s)"
  else
    echo "── ${name}: FAILED ($((SECONDS - started)) s)"
    status=1
  fi
}

step "Typkontroll (tsc)" npx tsc --noEmit
step "Lint (eslint)" npx eslint . --max-warnings 0
# vitest exits 0 when its global set-up fails (e.g. PostgreSQL cannot start); its report says so.
vitest_run() {
  npx vitest run --reporter=default --reporter=json --outputFile=.reports/vitest.json &&
    node -e 'process.exit(JSON.parse(require("node:fs").readFileSync(".reports/vitest.json", "utf8")).success ? 0 : 1)'
}
step "Enhets- och integrationstester (vitest)" vitest_run
step "Produktionsbygge (next build)" npx next build
step "End-to-end-tester (playwright)" npx playwright test

node tests/summarise-results.mjs || status=1
exit $status
