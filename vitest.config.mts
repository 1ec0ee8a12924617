import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "cli/**/*.test.ts", "bench/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ["./tests/global-setup.ts"],
    // a fixed secret: otherwise each test database would write its own .auth-secret beside it
    env: { BETTER_AUTH_SECRET: "vitest-only-secret-0123456789-abcdefghijklmnop" },
  },
});
