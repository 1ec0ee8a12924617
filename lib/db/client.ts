import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client.ts";
import { PrismaClient as PostgresPrismaClient } from "../../generated/prisma-postgresql/client.ts";

/**
 * The client type on both databases is the SQLite client's: its inputs are the narrower ones (the
 * PostgreSQL client adds `mode`, `skipDuplicates`, isolation levels), and its model and result
 * types are identical, so code that compiles against it runs on both (docs/decisions/012-postgresql.md).
 */
export type Db = PrismaClient;

export type DatabaseProvider = "sqlite" | "postgresql";

export const DEFAULT_DATABASE_URL = "file:./data/parallax.db";

/** `--db PATH` and DATABASE_URL both end up here: a bare path becomes a file: URL. */
export function databaseUrlFromPath(dbPath: string): string {
  if (dbPath.startsWith("file:") || /^postgres(ql)?:\/\//.test(dbPath)) return dbPath;
  return `file:${path.resolve(dbPath)}`;
}

/** The URL alone decides (scripts/prisma.mjs repeats this rule for the CLI). */
export function databaseProvider(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), not "${url.split(":")[0]}:"`);
}

export function createDb(url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): Db {
  if (databaseProvider(url) === "postgresql") {
    // The cast is the one place the two clients meet: see `Db` above.
    return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  // WAL lets the web app read while an import writes; busy_timeout rides over short write locks.
  const adapter = new PrismaBetterSQLite3({ url }, { timestampFormat: "iso8601" });
  return new PrismaClient({ adapter });
}

/**
 * Which database a client (or the client of a `$transaction` callback) talks to, for the few
 * statements written per provider (all in lib/db). Prisma keeps the generated client's provider on
 * every client instance; transaction clients forward to it.
 */
export function dbProvider(db: Db | DbTransaction): DatabaseProvider {
  const active = (db as unknown as { _activeProvider?: string })._activeProvider;
  if (active === "sqlite" || active === "postgresql") return active;
  throw new Error(`unknown database provider: ${String(active)}`);
}

export async function applyConnectionPragmas(db: Db): Promise<void> {
  if (dbProvider(db) !== "sqlite") return;
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
