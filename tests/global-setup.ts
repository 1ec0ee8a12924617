import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureMigrated, REPO_ROOT } from "../lib/db/migrate.ts";
import { adminQuery, databaseUrl, quoteDatabase } from "./setup/postgres-admin.ts";

declare module "vitest" {
  interface ProvidedContext {
    /** the migrated template database of this run (PARALLAX_TEST_DB=postgresql) */
    postgresTemplate: string;
  }
}

/**
 * One migrated database per test run; each test copies it (tests/setup/test-db.ts), so tests run
 * on a real database without paying for `prisma migrate deploy` each time (as epic-stack does).
 * SQLite: a base file. PostgreSQL (PARALLAX_TEST_DB=postgresql): a template database, named
 * after this process so two runs can share one server, dropped with its copies at the end.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if ((project.config.env.PARALLAX_TEST_DB ?? process.env.PARALLAX_TEST_DB) === "postgresql") {
    const template = `parallax_template_${process.pid}`;
    await dropRunDatabases(template);
    await adminQuery(`CREATE DATABASE ${quoteDatabase(template)}`);
    await ensureMigrated(databaseUrl(template));
    project.provide("postgresTemplate", template);
    return () => dropRunDatabases(template);
  }
  const dir = path.join(REPO_ROOT, "tests", ".tmp");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await ensureMigrated(`file:${path.join(dir, "base.db")}`);
  return undefined;
}

/** The template and every copy made from it (test databases are named after their template). */
async function dropRunDatabases(template: string): Promise<void> {
  const { rows } = await adminQuery("SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2", [template, `${template}\\_%`]);
  for (const row of rows as { datname: string }[]) await adminQuery(`DROP DATABASE IF EXISTS ${quoteDatabase(row.datname)} WITH (FORCE)`);
}
