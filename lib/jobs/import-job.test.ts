import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { REPO_ROOT } from "../db/migrate.ts";
import { workImportRun } from "../ingest/import-inputs.ts";
import { startImport } from "./import-job.ts";
import { readImportRun, readImportSummary } from "./import-runs.ts";

// An import as jobs on a real database (SQLite here, PostgreSQL again in vitest.postgresql.config.mts).
// The feed is made here from the repository's sample articles, each copy told apart by one
// sentence (test fixtures, not real articles), with broken lines among them.
let testDb: TestDb;
let dir: string;

const samples = readdirSync(path.join(REPO_ROOT, "data", "samples"))
  .filter((name) => name.endsWith(".txt"))
  .map((name) => readFileSync(path.join(REPO_ROOT, "data", "samples", name), "utf8"));

/** `count` lines: distinct articles, every 25th line broken JSON, and one repeat of line 0 at the end. */
function writeFeed(name: string, count: number): { file: string; articles: number; broken: number } {
  const lines: string[] = [];
  let articles = 0;
  let broken = 0;
  for (let index = 0; index < count; index++) {
    if (index % 25 === 24) {
      lines.push(`{"text": "broken line ${index}`);
      broken += 1;
      continue;
    }
    const base = samples[index % samples.length]!;
    const [first, ...rest] = base.split("\n\n");
    lines.push(JSON.stringify({ text: [first, `Test fixture ${name} copy ${index}: ${index} délégués étaient attendus selon les organisateurs.`, ...rest].join("\n\n") }));
    articles += 1;
  }
  lines.push(lines[0]!);
  const file = path.join(dir, name);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return { file, articles, broken };
}

beforeAll(async () => {
  testDb = await createTestDb();
  dir = mkdtempSync(path.join(os.tmpdir(), "parallax-jobs-"));
});

afterAll(async () => {
  await testDb?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

async function expectWholeRun(runId: string, expected: { articles: number; broken: number; total: number }) {
  const { db } = testDb;
  const run = (await readImportRun(db, runId))!;
  expect(run).toMatchObject({ status: "done", total: expected.total, settled: expected.total, imported: expected.articles, duplicates: 1, rejected: expected.broken });
  const items = await db.importItem.findMany({ where: { runId }, orderBy: { position: "asc" } });
  // every input settled exactly once, in reading order
  expect(items.map((item) => item.position)).toEqual(Array.from({ length: expected.total }, (_, index) => index));
  const articles = await db.article.findMany({ where: { importRunId: runId }, select: { id: true, contentHash: true, _count: { select: { fingerprints: true } } } });
  expect(articles).toHaveLength(expected.articles);
  expect(new Set(articles.map((article) => article.contentHash)).size).toBe(expected.articles);
  // each stored article has its item, and nothing is half-written (its fingerprints are there)
  const itemArticleIds = new Set(items.flatMap((item) => (item.articleId ? [item.articleId] : [])));
  for (const article of articles) {
    expect(itemArticleIds.has(article.id)).toBe(true);
    expect(article._count.fingerprints).toBeGreaterThan(0);
  }
  expect(await db.importChunk.count({ where: { runId, status: { not: "done" } } })).toBe(0);
  expect(await db.job.count({ where: { scope: runId, state: { not: "done" } } })).toBe(0);
}

describe("import jobs", () => {
  it("stores a feed in chunks, reports broken lines and the repeat, and groups the articles", async () => {
    const feed = writeFeed("feed.jsonl", 120);
    const runId = await startImport(testDb.db, [{ kind: "path", path: feed.file }], { origin: "cli", group: true, chunkItems: 40 });
    expect((await readImportRun(testDb.db, runId))!.chunkCount).toBe(4);
    await workImportRun(testDb.db, runId);
    await expectWholeRun(runId, { articles: feed.articles, broken: feed.broken, total: 121 });
    const summary = await readImportSummary(testDb.db, runId, { statuses: ["rejected"] });
    expect(summary.items[0]).toMatchObject({ label: "feed.jsonl line 25", errorCode: "INVALID_JSONL_LINE" });
    const run = (await readImportRun(testDb.db, runId))!;
    expect(run.grouping?.grouped).toBe(feed.articles);
    expect(await testDb.db.eventMembership.count({ where: { article: { importRunId: runId } } })).toBe(feed.articles);
    // running the finished run's jobs again changes nothing
    await workImportRun(testDb.db, runId);
    await expectWholeRun(runId, { articles: feed.articles, broken: feed.broken, total: 121 });
  });

  it("survives a worker killed in the middle: another worker resumes, each article stored exactly once", { timeout: 240_000 }, async () => {
    const feed = writeFeed("killed.jsonl", 300);
    const runId = await startImport(testDb.db, [{ kind: "path", path: feed.file }], { origin: "cli", chunkItems: 30 });
    const child = spawn(path.join(REPO_ROOT, "node_modules", ".bin", "tsx"), [path.join(REPO_ROOT, "tests", "setup", "work-import-run.ts"), testDb.url, runId, "1500"], {
      stdio: ["ignore", "pipe", "inherit"],
      // its own process group: tsx runs the script in a child process, and both must die
      detached: true,
    });
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    // kill it once some chunks are stored and some are not
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const run = (await readImportRun(testDb.db, runId))!;
      if (run.chunksDone >= 2) break;
    }
    process.kill(-child.pid!, "SIGKILL");
    await exited;
    const cut = (await readImportRun(testDb.db, runId))!;
    expect(cut.chunksDone).toBeLessThan(cut.chunkCount);
    expect(cut.jobs.active).toBe(1);
    // a new worker waits out the dead one's lease and takes its chunk again
    await workImportRun(testDb.db, runId);
    await expectWholeRun(runId, { articles: feed.articles, broken: feed.broken, total: 301 });
    const retried = await testDb.db.job.findMany({ where: { scope: runId, attempts: { gt: 1 } } });
    expect(retried.length).toBe(1);
  });
});
