import { defineConfig } from "@playwright/test";
import sqliteConfig from "./playwright.config";
import { E2E_AUTH_SECRET, E2E_DATABASE_URL, INSTANCE_A, INSTANCE_PORTS, POSTGRES_SERVER_URL } from "./e2e/postgresql/instances";

// The one e2e path on PostgreSQL (docs/decisions/012-postgresql.md): sign in, import, search, event,
// across two `next start` instances on one fresh database, as several instances behind a load
// balancer would run. The server is PARALLAX_TEST_POSTGRES_URL (scripts/start-postgres.sh).
export default defineConfig({
  testDir: "e2e/postgresql",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  use: { ...sqliteConfig.use, baseURL: INSTANCE_A },
  // started one after the other, each once its URL answers: the first makes the database
  webServer: INSTANCE_PORTS.map((port, index) => ({
    name: `instance ${"AB"[index]}`,
    command: "bash e2e/postgresql/start-server.sh",
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      DATABASE_URL: E2E_DATABASE_URL,
      PARALLAX_TEST_POSTGRES_URL: POSTGRES_SERVER_URL,
      E2E_FRESH_DATABASE: index === 0 ? "1" : "0",
      E2E_PORT: String(port),
      BETTER_AUTH_SECRET: E2E_AUTH_SECRET,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  })),
});
