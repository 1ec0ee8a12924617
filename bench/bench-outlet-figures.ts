// npm run bench:outlet-figures [-- --events N] [-- --runs N]
// Times the outlet figures on an outlet in many events: N copies of the demo event (Press TV,
// Reuters, AFP, Xinhua on the Albu Kamal crossing, each copy a different day and a numbered
// sentence so no two articles are duplicates), stored as N events in a fresh SQLite file. Prints
// summarizeOutlet cold (every event compared and its stats stored) and warm (stored stats read),
// the outlets index, and the side-by-side of Press TV and Reuters on their shared events.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyConnectionPragmas, createDb } from "../lib/db/client.ts";
import { ensureMigrated, REPO_ROOT } from "../lib/db/migrate.ts";
import { importInputs } from "../lib/ingest/import-inputs.ts";
import { compareOutlets } from "../lib/report/outlets/compare-outlets.ts";
import { listOutletFigures } from "../lib/report/outlets/list-outlet-figures.ts";
import { summarizeOutlet } from "../lib/report/outlets/summarize-outlet.ts";

const argument = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const EVENTS = Number(argument("--events", "200"));
const RUNS = Number(argument("--runs", "10"));
const percentile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(share * values.length))]!;

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "parallax-bench-outlets-"));
  const url = `file:${path.join(dir, "bench.db")}`;
  await ensureMigrated(url);
  const db = createDb(url);
  await applyConnectionPragmas(db);
  try {
    const demo = readFileSync(path.join(REPO_ROOT, "data", "demo", "border-crossing-sample.jsonl"), "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, string>);
    const lines: string[] = [];
    for (let copy = 0; copy < EVENTS; copy++) {
      const day = new Date(Date.UTC(2024, 0, 1) + copy * 86_400_000).toISOString().slice(0, 10);
      for (const article of demo) lines.push(JSON.stringify({ ...article, published: `${day}${article.published!.slice(10)}`, text: `${article.text}\nBench copy ${copy}.\n` }));
    }
    const feed = path.join(dir, "feed.jsonl");
    writeFileSync(feed, lines.join("\n"));
    const imported = await timed(() => importInputs(db, [{ kind: "path", path: feed }], { origin: "cli" }));
    const ids = imported.value.items.flatMap((item) => (item.articleId ? [item.articleId] : []));
    console.log(`imported ${ids.length} articles in ${(imported.ms / 1000).toFixed(1)} s`);
    // events made by hand, four articles each: the grouper would rightly merge identical stories
    for (let copy = 0; copy < EVENTS; copy++) {
      const members = ids.slice(copy * demo.length, (copy + 1) * demo.length);
      const event = await db.event.create({ data: { title: `Bench event ${copy}`, articleCount: members.length, origin: "reviewer" }, select: { id: true } });
      await db.eventMembership.createMany({ data: members.map((articleId) => ({ articleId, eventId: event.id, score: 1, explanation: {}, decidedBy: "reviewer" })) });
    }

    const cold = await timed(() => summarizeOutlet(db, "press-tv"));
    console.log(`summarizeOutlet(press-tv), ${cold.value!.events} events, cold (every event compared and stored): ${cold.ms.toFixed(0)} ms`);
    const warm: number[] = [];
    for (let run = 0; run < RUNS; run++) warm.push((await timed(() => summarizeOutlet(db, "press-tv"))).ms);
    console.log(`summarizeOutlet(press-tv) warm, ${RUNS} runs: p50 ${percentile(warm, 0.5).toFixed(1)} ms, p95 ${percentile(warm, 0.95).toFixed(1)} ms`);
    console.log(`  conflict ${cold.value!.conflictShare.count}/${cold.value!.conflictShare.total}, omission ${cold.value!.omissionRate.count}/${cold.value!.omissionRate.total}, copied ${cold.value!.copiedShare.count}/${cold.value!.copiedShare.total} words`);
    const index: number[] = [];
    for (let run = 0; run < RUNS; run++) index.push((await timed(() => listOutletFigures(db))).ms);
    console.log(`listOutletFigures warm: p50 ${percentile(index, 0.5).toFixed(1)} ms`);
    const side = await timed(() => compareOutlets(db, ["press-tv", "reuters"]));
    console.log(`compareOutlets(press-tv, reuters), ${side.value.events.length} of ${side.value.sharedEvents} shared events aligned: ${side.ms.toFixed(0)} ms`);
  } finally {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
