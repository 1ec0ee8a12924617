// The 50-article event the compare and report benches time: the French/English sample event, the
// five seeds and 41 real BASIL articles from ../shared/data with their outlets, imported into a
// fresh SQLite file and merged into one event by a reviewer merge. `distinctOutlets` drops the BASIL
// outlets so every article is a column of its own (45 columns): the worst case of a wide table.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyConnectionPragmas, createDb, type Db } from "../../lib/db/client.ts";
import { ensureMigrated, REPO_ROOT } from "../../lib/db/migrate.ts";
import { groupNewArticles } from "../../lib/events/group-articles.ts";
import { mergeEvents } from "../../lib/events/operations/merge-events.ts";
import { importInputs } from "../../lib/ingest/import-inputs.ts";

export const ARTICLES = 50;
const BASIL = path.resolve(REPO_ROOT, "../shared/data/basil-en-articles.jsonl");

export interface BenchEvent {
  db: Db;
  file: string;
  eventId: string;
  size: number;
  imported: number;
  cleanup: () => Promise<void>;
}

export async function buildFiftyArticleEvent(options: { name: string; distinctOutlets?: boolean }): Promise<BenchEvent> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `parallax-bench-${options.name}-`));
  const file = path.join(dir, "bench.db");
  const url = `file:${file}`;
  await ensureMigrated(url);
  const db = createDb(url);
  await applyConnectionPragmas(db);
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
  const summary = await importInputs(db, sources, { origin: "bench" });
  await groupNewArticles(db);
  const events = await db.event.findMany({ select: { id: true }, orderBy: { articleCount: "desc" } });
  const [target, ...others] = events.map((event) => event.id);
  if (others.length > 0) await mergeEvents(db, { targetId: target!, sourceIds: others, actor: "bench" });
  const size = await db.eventMembership.count({ where: { eventId: target! } });
  return {
    db,
    file,
    eventId: target!,
    size,
    imported: summary.imported,
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
