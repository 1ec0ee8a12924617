import { defineConfig, devices } from "@playwright/test";

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
  projects: [
    { name: "ingest", testIgnore: /(events|compare)\.spec\.ts$/ },
    { name: "events", testMatch: /events\.spec\.ts$/, dependencies: ["ingest"] },
    { name: "compare", testMatch: /compare\.spec\.ts$/, dependencies: ["events"] },
  ],
  webServer: {
    command: "bash e2e/start-server.sh",
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      DATABASE_URL: "file:./data/e2e.db",
      PARALLAX_ALLOW_PRIVATE_URLS: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      E2E_PORT: String(port),
    },
  },
});
