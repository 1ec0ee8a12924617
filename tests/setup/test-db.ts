import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyConnectionPragmas, createDb, type Db } from "../../lib/db/client.ts";
import { REPO_ROOT } from "../../lib/db/migrate.ts";

export interface TestDb {
  db: Db;
  file: string;
  url: string;
  cleanup: () => Promise<void>;
}

/**
 * A private copy of the migrated base database (made by tests/global-setup.ts), or of another
 * test database `from` (checkpointed first) when several tests start from the same data.
 */
export async function createTestDb(options: { from?: string } = {}): Promise<TestDb> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "parallax-test-"));
  const file = path.join(dir, "test.db");
  copyFileSync(options.from ?? path.join(REPO_ROOT, "tests", ".tmp", "base.db"), file);
  const url = `file:${file}`;
  const db = createDb(url);
  await applyConnectionPragmas(db);
  return {
    db,
    file,
    url,
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
