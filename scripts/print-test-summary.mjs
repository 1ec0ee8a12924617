// Reads the JSON reports of Vitest and Playwright and prints one line per runner and a total,
// in the plain "N passed, N failed" form CI reads.
import { existsSync, readFileSync } from "node:fs";

function vitestCounts(file) {
  const report = JSON.parse(readFileSync(file, "utf8"));
  // a failed test counts once; a file that failed with no failed test (it did not load) counts once too
  let failed = 0;
  for (const result of report.testResults ?? []) {
    const failedTests = (result.assertionResults ?? []).filter((test) => test.status === "failed").length;
    failed += failedTests > 0 ? failedTests : result.status === "failed" ? 1 : 0;
  }
  return { passed: report.numPassedTests ?? 0, failed, skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0) };
}

// `errors` are the run's own failures (a web server that did not start): no test ran, yet it failed
function playwrightCounts(file) {
  const { stats, errors } = JSON.parse(readFileSync(file, "utf8"));
  return { passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0) + (errors?.length ?? 0), skipped: stats.skipped ?? 0 };
}

const [unitFile, unitPostgresFile, e2eFile, e2ePostgresFile] = process.argv.slice(2);
const runs = [
  ["unit", unitFile, vitestCounts],
  ["unit (PostgreSQL)", unitPostgresFile, vitestCounts],
  ["e2e", e2eFile, playwrightCounts],
  ["e2e (PostgreSQL)", e2ePostgresFile, playwrightCounts],
];
const total = { passed: 0, failed: 0, skipped: 0 };
for (const [name, file, read] of runs) {
  if (!file || !existsSync(file)) {
    console.log(`${name}: 0 passed, 1 failed (no report: the runner did not finish)`);
    total.failed += 1;
    continue;
  }
  const counts = read(file);
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  for (const key of Object.keys(total)) total[key] += counts[key];
}
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
