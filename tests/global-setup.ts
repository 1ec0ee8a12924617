import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { ensureMigrated, REPO_ROOT } from "../lib/db/migrate.ts";

/**
 * One migrated SQLite file per test run; each test copies it (tests/setup/test-db.ts), so tests
 * run on a real database without paying for `prisma migrate deploy` each time (as epic-stack does).
 */
export default function setup(): void {
  const dir = path.join(REPO_ROOT, "tests", ".tmp");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  ensureMigrated(`file:${path.join(dir, "base.db")}`);
}
