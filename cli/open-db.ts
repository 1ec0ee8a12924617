import { createDb, applyConnectionPragmas, databaseUrlFromPath, DEFAULT_DATABASE_URL, type Db } from "../lib/db/client.ts";
import { ensureMigrated } from "../lib/db/migrate.ts";

/** `--db PATH` wins over DATABASE_URL; a new file is created and migrated on first use. */
export async function openDb(dbPath: string | undefined): Promise<{ db: Db; url: string }> {
  const url = dbPath ? databaseUrlFromPath(dbPath) : (process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  await ensureMigrated(url);
  const db = createDb(url);
  await applyConnectionPragmas(db);
  return { db, url };
}
