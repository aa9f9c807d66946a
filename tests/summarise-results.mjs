// Sums the JSON reports of vitest and Playwright into one plain line: "N passed, N failed".
// A runner whose report is missing counts as one failure, so a crash cannot pass for green.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);

const vitest = read(".reports/vitest.json");
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  // No tests, or an error outside the tests (set-up, an unhandled rejection), is a failure too.
  if (vitest.numTotalTests === 0 || (!vitest.success && vitest.numFailedTests === 0)) failed += 1;
} else {
  console.log("vitest: ingen rapport (körningen avbröts)");
  failed += 1;
}

const playwright = read(".reports/playwright.json");
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
  if (playwright.stats.expected + playwright.stats.unexpected + playwright.stats.flaky === 0) failed += 1;
  if (playwright.errors?.length) failed += playwright.errors.length;
} else {
  console.log("playwright: ingen rapport (körningen avbröts)");
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
