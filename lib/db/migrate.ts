import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Path of the SQLite file behind a `file:` URL, relative paths resolved like Prisma does (from the cwd). */
export function sqlitePathFromUrl(url: string): string {
  return path.resolve(url.replace(/^file:/, "").split("?")[0] ?? "");
}

function migrationNames(): string[] {
  const dir = path.join(REPO_ROOT, "prisma", "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function appliedMigrations(file: string): Set<string> {
  if (!existsSync(file)) return new Set();
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return new Set();
    const rows = db.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").all() as { migration_name: string }[];
    return new Set(rows.map((row) => row.migration_name));
  } finally {
    db.close();
  }
}

/**
 * Brings a database file up to the schema with Prisma's own `migrate deploy` (offline with the
 * JS engine), so `--db NEW.db` just works. Skipped when every migration is already applied.
 */
export function ensureMigrated(url: string): void {
  const file = sqlitePathFromUrl(url);
  const applied = appliedMigrations(file);
  if (migrationNames().every((name) => applied.has(name))) return;
  mkdirSync(path.dirname(file), { recursive: true });
  const prismaBin = path.join(REPO_ROOT, "node_modules", ".bin", "prisma");
  execFileSync(prismaBin, ["migrate", "deploy"], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: `file:${file}`, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
}
