import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const REVIEWER_STATE = path.resolve("e2e/.auth/reviewer.json");

const port = Number(process.env.E2E_PORT ?? 3124);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  use: {
    ...devices["Desktop Chrome"],
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
    },
  },
  // Files run in alphabetical order and share one database. events.spec.ts imports every seed and
  // corpus stories, which would change the counts and "imported" results the ingest specs assert:
  // it runs in its own project, after them, and compare.spec.ts (which adds the sample event) after it.
  // "setup" makes the accounts (by CLI) and a signed-in reviewer session the next three reuse;
  // "review" (sign-in, roles, verdicts, reports, XSS) signs in by itself, after the rest; "load"
  // (20 concurrent reviewers) comes last. e2e/postgresql/ is playwright.postgresql.config.ts's.
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    { name: "ingest", testIgnore: /(events|compare|review-.*|load-.*)\.spec\.ts$|auth\.setup\.ts$|\/e2e\/postgresql\//, dependencies: ["setup"], use: { storageState: REVIEWER_STATE } },
    { name: "events", testMatch: /events\.spec\.ts$/, dependencies: ["ingest"], use: { storageState: REVIEWER_STATE } },
    { name: "compare", testMatch: /compare\.spec\.ts$/, dependencies: ["events"], use: { storageState: REVIEWER_STATE } },
    { name: "review", testMatch: /review-.*\.spec\.ts$/, dependencies: ["compare"] },
    // last: 20 reviewers' load-test verdicts would otherwise fill the reports the review specs look at
    { name: "load", testMatch: /load-.*\.spec\.ts$/, dependencies: ["review"] },
  ],
  webServer: {
    command: "bash e2e/start-server.sh",
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      DATABASE_URL: "file:./data/e2e.db",
      PARALLAX_ALLOW_PRIVATE_URLS: "1",
      // the specs sign in dozens of times from one IP; the default limit (5 a minute) is unit-tested
      PARALLAX_SIGN_IN_PER_MINUTE: "1000",
      NEXT_TELEMETRY_DISABLED: "1",
      E2E_PORT: String(port),
    },
  },
});
