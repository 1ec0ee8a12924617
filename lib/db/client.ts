import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../generated/prisma/client.ts";

export type Db = PrismaClient;

export const DEFAULT_DATABASE_URL = "file:./data/parallax.db";

/** `--db PATH` and DATABASE_URL both end up here: a bare path becomes a file: URL. */
export function databaseUrlFromPath(dbPath: string): string {
  if (dbPath.startsWith("file:")) return dbPath;
  return `file:${path.resolve(dbPath)}`;
}

export function createDb(url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): Db {
  // WAL lets the web app read while an import writes; busy_timeout rides over short write locks.
  const adapter = new PrismaBetterSQLite3({ url }, { timestampFormat: "iso8601" });
  return new PrismaClient({ adapter });
}

export async function applyConnectionPragmas(db: Db): Promise<void> {
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  await db.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  // The fingerprint index outgrows SQLite's default 2 MB cache within a few thousand articles.
  await db.$queryRawUnsafe("PRAGMA cache_size = -65536");
}

const globalForDb = globalThis as unknown as { parallaxDb?: Db; parallaxDbReady?: Promise<void> };

/** The one client of a process (Next.js dev reloads modules: keep it on globalThis). */
export async function getDb(): Promise<Db> {
  if (!globalForDb.parallaxDb) {
    globalForDb.parallaxDb = createDb();
    globalForDb.parallaxDbReady = applyConnectionPragmas(globalForDb.parallaxDb);
  }
  await globalForDb.parallaxDbReady;
  return globalForDb.parallaxDb;
}

export type { Prisma } from "../../generated/prisma/client.ts";
import type { Prisma as PrismaNamespace } from "../../generated/prisma/client.ts";
/** The client handed to a `$transaction(async (tx) => …)` callback. */
export type DbTransaction = PrismaNamespace.TransactionClient;
