import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseProvider, type DatabaseProvider } from "./client.ts";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const MIGRATION_FOLDERS: Record<DatabaseProvider, string> = { sqlite: "migrations", postgresql: "migrations-postgresql" };

/** Path of the SQLite file behind a `file:` URL, relative paths resolved like Prisma does (from the cwd). */
export function sqlitePathFromUrl(url: string): string {
  return path.resolve(url.replace(/^file:/, "").split("?")[0] ?? "");
}

function migrationNames(provider: DatabaseProvider): string[] {
  const dir = path.join(REPO_ROOT, "prisma", MIGRATION_FOLDERS[provider]);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

const APPLIED_SQL = `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;

function appliedSqliteMigrations(file: string): Set<string> {
  if (!existsSync(file)) return new Set();
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return new Set();
    const rows = db.prepare(APPLIED_SQL).all() as { migration_name: string }[];
    return new Set(rows.map((row) => row.migration_name));
  } finally {
    db.close();
  }
}

async function appliedPostgresMigrations(url: string): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const table = await client.query(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS "exists"`);
    if (!table.rows[0]?.exists) return new Set();
    const result = await client.query<{ migration_name: string }>(APPLIED_SQL);
    return new Set(result.rows.map((row) => row.migration_name));
  } finally {
    await client.end();
  }
}

/** Prisma's own `migrate deploy` (offline with the JS engine) through scripts/prisma.mjs, which picks the config from the URL. */
export function migrateDeploy(url: string): void {
  execFileSync(process.execPath, [path.join(REPO_ROOT, "scripts", "prisma.mjs"), "migrate", "deploy"], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
}

/**
 * Brings a database up to the schema, so `--db NEW.db` just works; skipped when every migration
 * is already applied. On PostgreSQL the database must exist, and `migrate deploy` takes ~12 s
 * (Prisma's wasm engine waits on a timer), which is why the tests migrate one template database.
 */
export async function ensureMigrated(url: string): Promise<void> {
  const provider = databaseProvider(url);
  if (provider === "postgresql") {
    const applied = await appliedPostgresMigrations(url);
    if (migrationNames(provider).every((name) => applied.has(name))) return;
    migrateDeploy(url);
    return;
  }
  const file = sqlitePathFromUrl(url);
  const applied = appliedSqliteMigrations(file);
  if (migrationNames(provider).every((name) => applied.has(name))) return;
  mkdirSync(path.dirname(file), { recursive: true });
  migrateDeploy(`file:${file}`);
}
