import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { applyConnectionPragmas, createDb, type DatabaseProvider, type Db } from "../../lib/db/client.ts";
import { REPO_ROOT, sqlitePathFromUrl } from "../../lib/db/migrate.ts";
import { adminQuery, databaseUrl, quoteDatabase } from "./postgres-admin.ts";

export interface TestDb {
  /** replaced when the database is used as the `from` of another one on PostgreSQL (see below) */
  db: Db;
  url: string;
  provider: DatabaseProvider;
  cleanup: () => Promise<void>;
}

/** The database the test run uses: PARALLAX_TEST_DB=postgresql (scripts/test.sh sets it) or SQLite. */
export const TEST_DB_PROVIDER: DatabaseProvider = process.env.PARALLAX_TEST_DB === "postgresql" ? "postgresql" : "sqlite";

/**
 * A private copy of the migrated base database (made by tests/global-setup.ts), or of another
 * test database `from` when several tests start from the same data. SQLite copies the file
 * (checkpointed first); PostgreSQL runs `CREATE DATABASE … TEMPLATE`, which needs the source to
 * have no other session: `from.db` is disconnected and replaced by a new client.
 */
export async function createTestDb(options: { from?: TestDb } = {}): Promise<TestDb> {
  return TEST_DB_PROVIDER === "postgresql" ? createPostgresTestDb(options.from) : createSqliteTestDb(options.from);
}

async function createSqliteTestDb(from: TestDb | undefined): Promise<TestDb> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "parallax-test-"));
  const file = path.join(dir, "test.db");
  if (from) await from.db.$executeRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  copyFileSync(from ? sqlitePathFromUrl(from.url) : path.join(REPO_ROOT, "tests", ".tmp", "base.db"), file);
  const url = `file:${file}`;
  const db = createDb(url);
  await applyConnectionPragmas(db);
  return {
    db,
    url,
    provider: "sqlite",
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function createPostgresTestDb(from: TestDb | undefined): Promise<TestDb> {
  const template = inject("postgresTemplate");
  const source = from ? new URL(from.url).pathname.slice(1) : template;
  if (from) await from.db.$disconnect();
  const name = `${template}_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${quoteDatabase(name)} TEMPLATE ${quoteDatabase(source)}`);
  if (from) from.db = createDb(from.url);
  const url = databaseUrl(name);
  const testDb: TestDb = {
    db: createDb(url),
    url,
    provider: "postgresql",
    cleanup: async () => {
      await testDb.db.$disconnect();
      await adminQuery(`DROP DATABASE IF EXISTS ${quoteDatabase(name)} WITH (FORCE)`);
    },
  };
  return testDb;
}
