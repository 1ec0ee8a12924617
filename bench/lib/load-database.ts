// The database of one bench:load run: a fresh SQLite file or a fresh database in a throwaway
// PostgreSQL cluster, migrated, filled the way `npm run db:seed` fills one (import, grouping, outlet
// figures) plus the BASIL articles of ../shared/data, with 50 reviewers and an admin.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { compareEvent, MAX_COMPARED_ARTICLES } from "../../lib/claims/align/compare-event.ts";
import { applyConnectionPragmas, createDb, type DatabaseProvider, type Db } from "../../lib/db/client.ts";
import { ensureMigrated, REPO_ROOT } from "../../lib/db/migrate.ts";
import { groupNewArticles } from "../../lib/events/group-articles.ts";
import { importInputs } from "../../lib/ingest/import-inputs.ts";
import { ensureEventStats } from "../../lib/report/outlets/event-stats.ts";
import { createUser } from "../../lib/review/users.ts";

const BASIL = path.resolve(REPO_ROOT, "../shared/data/basil-en-articles.jsonl");
const BASIL_OUTLETS: Record<string, string> = { nyt: "The New York Times", fox: "Fox News", hpo: "HuffPost" };
// our own cluster, not the default one (55432) the test runs of other worktrees use
const POSTGRES = { dir: "/tmp/pg-load", port: "55442" } as const;

export const PASSWORD = "bench load password, long enough";

/** An event a reviewer can open, with the claim rows of its comparison (what a verdict is about). */
export interface LoadTarget {
  eventId: string;
  articleCount: number;
  rowIds: string[];
}

export interface LoadDatabase {
  provider: DatabaseProvider;
  url: string;
  db: Db;
  reviewers: string[];
  targets: LoadTarget[];
  eventCount: number;
  articleCount: number;
  /** what the corpus is made of, for the header */
  corpus: string;
  /** PostgreSQL's postmaster, to count the database server's CPU (null on SQLite) */
  serverPid: number | null;
  cleanup: () => Promise<void>;
}

export async function prepareLoadDatabase(options: { provider: DatabaseProvider; reviewers: number; log: (line: string) => void }): Promise<LoadDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "parallax-bench-load-"));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  let fresh: FreshDatabase;
  try {
    fresh = options.provider === "sqlite" ? { url: `file:${path.join(dir, "bench.db")}`, serverPid: null, drop: async () => {} } : await createPostgresDatabase(options.log);
  } catch (error) {
    removeDir();
    throw error;
  }
  const started = performance.now();
  await ensureMigrated(fresh.url);
  options.log(`migrated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const db = createDb(fresh.url);
  const cleanup = async () => {
    await db.$disconnect();
    await fresh.drop();
    removeDir();
  };
  try {
    await applyConnectionPragmas(db);
    const corpus = await seedCorpus(db, dir, options.log);
    const reviewers = await createAccounts(db, options.reviewers);
    const targets = await loadTargets(db);
    if (targets.length === 0) throw new Error("the seeded database has no event with claim rows to review");
    const [eventCount, articleCount] = await Promise.all([db.event.count(), db.article.count()]);
    return { provider: options.provider, url: fresh.url, db, reviewers, targets, eventCount, articleCount, corpus, serverPid: fresh.serverPid, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** as `npm run db:seed` does it (cli/commands/import.ts): import, group the new articles, outlet figures */
async function seedCorpus(db: Db, dir: string, log: (line: string) => void): Promise<string> {
  const sources = [
    { kind: "path" as const, path: path.join(REPO_ROOT, "data", "samples") },
    { kind: "path" as const, path: path.join(REPO_ROOT, "data", "demo") },
  ];
  let corpus = "data/samples + data/demo";
  if (existsSync(BASIL)) {
    const feed = path.join(dir, "basil.jsonl");
    const lines = readFileSync(BASIL, "utf8").split("\n").filter(Boolean).map((line) => {
      const row = JSON.parse(line) as { text: string; title?: string; outlet?: string; date?: string };
      return JSON.stringify({ text: row.text, title: row.title, published: row.date ?? undefined, outlet: BASIL_OUTLETS[row.outlet ?? ""] });
    });
    writeFileSync(feed, `${lines.join("\n")}\n`);
    sources.push({ kind: "path", path: feed });
    corpus += ` + ${lines.length} BASIL articles (../shared/data/basil-en-articles.jsonl)`;
  } else {
    corpus += ` (${BASIL} is ABSENT: the samples only, a handful of events)`;
  }
  const started = performance.now();
  const summary = await importInputs(db, sources, { origin: "bench" });
  const importedIds = summary.items.flatMap((item) => (item.status === "imported" && item.articleId ? [item.articleId] : []));
  const grouping = await groupNewArticles(db, { articleIds: importedIds });
  await ensureEventStats(db, [...new Set(grouping.assignments.values())]);
  log(`seeded ${summary.imported} articles (${summary.duplicates} duplicates, ${summary.rejected} rejected) into ${grouping.created} new events in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return corpus;
}

/** through lib/review/users.ts, as `parallax users add` does (argon2id hashes and all) */
async function createAccounts(db: Db, reviewers: number): Promise<string[]> {
  await createUser(db, { email: "admin@load.bench", role: "admin", password: PASSWORD }, null);
  const emails = Array.from({ length: reviewers }, (_, index) => `reviewer-${index}@load.bench`);
  for (const email of emails) await createUser(db, { email, role: "reviewer", password: PASSWORD }, null);
  return emails;
}

/**
 * Every comparable event and its rows, the biggest first. Comparing them here also stores every
 * article's claims, so no page view of the run pays (or races on) the first computation.
 */
async function loadTargets(db: Db): Promise<LoadTarget[]> {
  const events = await db.event.findMany({ where: { articleCount: { lte: MAX_COMPARED_ARTICLES } }, select: { id: true, articleCount: true }, orderBy: [{ articleCount: "desc" }, { id: "asc" }] });
  const targets: LoadTarget[] = [];
  for (const event of events) {
    const comparison = await compareEvent(db, { eventId: event.id });
    if (comparison.rows.length > 0) targets.push({ eventId: event.id, articleCount: event.articleCount, rowIds: comparison.rows.map((row) => row.id) });
  }
  // the same "big story" on every run of the same corpus: most articles, then most rows
  return targets.sort((a, b) => b.articleCount - a.articleCount || b.rowIds.length - a.rowIds.length || a.eventId.localeCompare(b.eventId));
}

interface FreshDatabase {
  url: string;
  serverPid: number | null;
  drop: () => Promise<void>;
}

/** a fresh database in our own throwaway cluster (scripts/start-postgres.sh), dropped afterwards */
async function createPostgresDatabase(log: (line: string) => void): Promise<FreshDatabase> {
  const env = { ...process.env, PARALLAX_PG_DIR: POSTGRES.dir, PARALLAX_PG_PORT: POSTGRES.port };
  const script = path.join(REPO_ROOT, "scripts", "start-postgres.sh");
  const wasRunning = spawnSync("bash", [script, "status"], { env }).status === 0;
  const started = spawnSync("bash", [script], { env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (started.status !== 0) throw new Error(`scripts/start-postgres.sh failed (exit ${started.status})`);
  const serverUrl = started.stdout.trim().split("\n").at(-1)!;
  log(`PostgreSQL cluster ${serverUrl} (${POSTGRES.dir}, ${wasRunning ? "already running" : "started for this run"})`);
  const name = `bench_load_${Date.now()}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // the first line of postmaster.pid is the server's pid
    serverPid: Number(readFileSync(path.join(POSTGRES.dir, "data", "postmaster.pid"), "utf8").split("\n", 1)[0]) || null,
    drop: async () => {
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      if (!wasRunning) spawnSync("bash", [script, "stop"], { env, stdio: "ignore" });
    },
  };
}
