// The 50-article event the compare and report benches time: the French/English sample event, the
// five seeds and 41 real BASIL articles from ../shared/data with their outlets, imported into a
// fresh SQLite file (or the bench database given, which may already hold other articles) and
// merged into one event by a reviewer merge. `distinctOutlets` drops the BASIL outlets so every
// article is a column of its own (45 columns): the worst case of a wide table.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Db } from "../../lib/db/client.ts";
import { REPO_ROOT } from "../../lib/db/migrate.ts";
import { groupNewArticles } from "../../lib/events/group-articles.ts";
import { mergeEvents } from "../../lib/events/operations/merge-events.ts";
import { importInputs } from "../../lib/ingest/import-inputs.ts";
import { createBenchDatabase, type BenchDatabase } from "./bench-database.ts";

export const ARTICLES = 50;
const BASIL = path.resolve(REPO_ROOT, "../shared/data/basil-en-articles.jsonl");

export interface BenchEvent {
  db: Db;
  /** the database's DATABASE_URL, for a server to read */
  url: string;
  eventId: string;
  size: number;
  imported: number;
  /** ms spent importing the articles, then grouping them (groupNewArticles), then merging their events */
  buildMs: { import: number; group: number; merge: number };
  /** drops the database */
  cleanup: () => Promise<void>;
}

export async function buildFiftyArticleEvent(options: { name: string; distinctOutlets?: boolean; database?: BenchDatabase }): Promise<BenchEvent> {
  const database = options.database ?? (await createBenchDatabase("sqlite", options.name));
  const { db } = database;
  const dir = mkdtempSync(path.join(os.tmpdir(), `parallax-bench-${options.name}-feed-`));
  const feed = path.join(dir, "articles.jsonl");
  const lines: string[] = [];
  if (existsSync(BASIL)) {
    for (const line of readFileSync(BASIL, "utf8").split("\n").filter(Boolean).slice(0, ARTICLES - 9)) {
      const row = JSON.parse(line) as { text: string; title?: string; outlet?: string; date?: string };
      const outlet = options.distinctOutlets ? undefined : ({ nyt: "The New York Times", fox: "Fox News", hpo: "HuffPost" } as Record<string, string>)[row.outlet ?? ""];
      lines.push(JSON.stringify({ text: row.text, title: row.title, published: row.date ?? undefined, outlet }));
    }
  } else {
    console.log(`note: ${BASIL} is absent: the event has the 9 sample articles only, not ${ARTICLES}.`);
  }
  writeFileSync(feed, `${lines.join("\n")}\n`);
  const sources = [
    { kind: "path" as const, path: path.join(REPO_ROOT, "data", "samples") },
    { kind: "path" as const, path: path.join(REPO_ROOT, "data", "demo") },
    ...(lines.length > 0 ? [{ kind: "path" as const, path: feed }] : []),
  ];
  let started = performance.now();
  const summary = await importInputs(db, sources, { origin: "bench" });
  const importMs = performance.now() - started;
  rmSync(dir, { recursive: true, force: true });
  const importedIds = summary.items.flatMap((item) => (item.status === "imported" && item.articleId ? [item.articleId] : []));
  started = performance.now();
  await groupNewArticles(db, { articleIds: importedIds });
  const groupMs = performance.now() - started;
  // only the events of these articles: the database may hold other events
  const events = await db.event.findMany({ where: { memberships: { some: { articleId: { in: importedIds } } } }, select: { id: true }, orderBy: { articleCount: "desc" } });
  const [target, ...others] = events.map((event) => event.id);
  started = performance.now();
  if (others.length > 0) await mergeEvents(db, { targetId: target!, sourceIds: others, actor: "bench" });
  const mergeMs = performance.now() - started;
  const size = await db.eventMembership.count({ where: { eventId: target! } });
  if (size !== importedIds.length) console.log(`note: the event has ${size} articles for ${importedIds.length} imported: some joined events of other articles.`);
  return { db, url: database.url, eventId: target!, size, imported: summary.imported, buildMs: { import: importMs, group: groupMs, merge: mergeMs }, cleanup: database.drop };
}
