// npm run bench:events [-- --count N] [-- --database sqlite|postgresql|both [--batch N]]
// The online event grouper (lib/events) on a stream grown to 100,000 articles from the real
// corpora of ../shared/data (bench/lib/events-grow.ts: the corpus repeated with shifted dates and
// renamed names). Signatures are built once per distinct real article, timed apart: building one
// (lib/nlp + lib/claims) costs more than grouping it and does not depend on the archive's size.
// Without --database: the grouper in memory, no database. Prints the grouping cost of one new
// article around 1k, 10k and 100k articles, total time, peak memory, and the groups formed beside
// what one repetition alone forms, times the repetitions.
// With --database: the stored path instead, groupNewArticles (lib/events/group-articles.ts) on a
// fresh SQLite file and/or PostgreSQL database (bench/lib/bench-database.ts) holding ~1k, 10k, 50k
// and 99k articles, each time on a batch of --batch new ones (1,000: one file import), which
// brings the last to --count. Stored articles are written directly, already grouped as the
// in-memory grouper grouped them, and admitted to the grouper's stored state in stream order
// (untimed: "admitting s"); each call runs in a process of its own (bench/lib/events-database.ts
// says why); each batch's decisions are checked against the in-memory grouper's replay (the
// stored articles restored in the order they were grouped, then the batch). Prints wall and CPU
// time per call (that process and the database server), the call's peak RSS, and both databases
// side by side. PostgreSQL: PARALLAX_BENCH_POSTGRES_URL.
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import { fileURLToPath } from "node:url";
import type { DatabaseProvider } from "../lib/db/client.ts";
import { createEventGrouper } from "../lib/events/group-events.ts";
import { availableDatabases } from "./lib/bench-database.ts";
import { runEventsOnDatabase, type CheckpointFigures } from "./lib/events-database.ts";
import { dataDirectory, readArticles, type EvalArticle } from "./lib/events-data.ts";
import { growStream, SHIFT_DAYS, type StreamItem } from "./lib/events-grow.ts";
import { bCubed } from "./lib/events-metrics.ts";
import { articleSignatures } from "./lib/events-signatures.ts";
import { groupInMemory } from "./lib/stored-stream.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const countArg = process.argv.indexOf("--count");
const total = countArg > 0 ? Number(process.argv[countArg + 1]) : 100_000;
if (!Number.isInteger(total) || total < 1_000) {
  console.error("--count takes a whole number of articles, at least 1000.");
  process.exit(2);
}
const databases = await availableDatabases(process.argv);
const directory = dataDirectory(repoRoot);
if (!directory) {
  console.error(`../shared/data not found next to the repository (${path.resolve(repoRoot, "../shared/data")}); nothing to measure.`);
  process.exit(1);
}

const sets = { basil: "basil-en-articles.jsonl", rpm2: "rpm2-fr-articles.jsonl", allsides: "allsides-en-articles.jsonl" };
const articles: (EvalArticle & { set: string })[] = Object.entries(sets).flatMap(([set, file]) =>
  [...readArticles(directory, file, "dev"), ...readArticles(directory, file, "test")].map((article) => ({ ...article, set })),
);
const benchStarted = performance.now();
const signatures = articleSignatures(articles);
const signatureMs = performance.now() - benchStarted;
console.log(`${articles.length} distinct real articles (BASIL, RPM2, AllSides, dev + test): signatures in ${(signatureMs / 1000).toFixed(1)} s, ${(signatureMs / articles.length).toFixed(2)} ms per article`);

const stream = growStream(
  articles.map((article) => ({ signature: signatures.get(article.id)!, set: article.set, event: `${article.set}:${article.event}` })),
  total,
);
const firstRepetition = stream.filter((item) => item.repetition === 0);
const repetitions = stream.length / firstRepetition.length;
console.log(`stream: ${stream.length} articles, ${repetitions.toFixed(1)} repetitions ${SHIFT_DAYS} days apart, names renamed per repetition\n`);

if (databases) {
  await benchDatabases(databases);
  process.exit(0);
}

/** --database: groupNewArticles on each database, after the in-memory grouper has decided the whole stream */
async function benchDatabases(providers: DatabaseProvider[]): Promise<void> {
  const batchArg = process.argv.indexOf("--batch");
  const batch = batchArg > 0 ? Number(process.argv[batchArg + 1]) : 1_000;
  const stored = [1_000, 10_000, 50_000].filter((count) => count + batch < total).concat(total - batch);
  if (!Number.isInteger(batch) || batch < 1 || batch >= total) {
    console.error("--batch takes a whole number of articles, fewer than --count.");
    process.exit(2);
  }
  console.log(`load average ${loadAverage()} at the start; V8 heap limit ${(v8.getHeapStatistics().heap_size_limit / 1024 ** 3).toFixed(1)} GB`);
  let started = performance.now();
  const grouped = groupInMemory(stream, new Map(articles.map((article) => [article.id, article])));
  console.log(`in-memory grouper on the whole stream (the decisions stored and compared): ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const results = new Map<DatabaseProvider, CheckpointFigures[]>();
  for (const provider of providers) {
    started = performance.now();
    results.set(provider, await runEventsOnDatabase({ provider, grouped, batch, checkpoints: stored.map((count) => count + batch) }));
    console.log(`${provider}: ${((performance.now() - started) / 1000).toFixed(1)} s in all (fresh database, migration, storing, timed calls, checks); load average ${loadAverage()}`);
  }
  if (results.size < 2) return;
  const [sqlite, postgres] = [results.get("sqlite")!, results.get("postgresql")!];
  console.log(`\ngroupNewArticles on ${batch} new articles, SQLite beside PostgreSQL: wall clock and CPU time (the call's process + the database server) per article, in ms`);
  console.log("stored     SQLite wall   CPU     PostgreSQL wall   CPU");
  const cpu = (row: CheckpointFigures) => (row.cpuMs === null ? "–" : (row.cpuMs / batch).toFixed(2));
  sqlite.forEach((row, index) => {
    const other = postgres[index]!;
    console.log(`${String(row.stored).padStart(7)}   ${(row.callMs / batch).toFixed(2).padStart(11)}   ${cpu(row).padStart(5)}   ${(other.callMs / batch).toFixed(2).padStart(15)}   ${cpu(other).padStart(5)}`);
  });
}

function loadAverage(): string {
  return os.loadavg().map((value) => value.toFixed(2)).join(" ");
}

let cloningMs = 0;
/** groups formed and B-cubed F1 against the (per-repetition) gold events */
function group(items: StreamItem[], onAdd?: (index: number, ms: number) => void) {
  const grouper = createEventGrouper();
  const predicted = new Map<string, string>();
  items.forEach((item, index) => {
    const cloned = performance.now();
    const signature = item.signature();
    const started = performance.now();
    cloningMs += started - cloned;
    const { groupId } = grouper.add(signature);
    onAdd?.(index, performance.now() - started);
    predicted.set(item.id, groupId);
  });
  return bCubed(predicted, new Map(items.map((item) => [item.id, item.event])));
}

const single = group(firstRepetition);

const WINDOW = 1_000;
const checkpoints = new Set([1_000, 10_000, 50_000, 100_000].filter((point) => point < stream.length).concat(stream.length));
const durations = new Float64Array(stream.length);
/** mean, median, p95 and max of the WINDOW articles ending at `end`, printed as the stream reaches it */
function printWindow(end: number): void {
  const window = [...durations.subarray(end - WINDOW, end)].sort((a, b) => a - b);
  const at = (share: number) => window[Math.min(window.length - 1, Math.floor(share * window.length))]!;
  const mean = window.reduce((sum, value) => sum + value, 0) / window.length;
  console.log(`${String(end).padStart(8)}   ${[mean, at(0.5), at(0.95), window[window.length - 1]!].map((value) => value.toFixed(2).padEnd(6)).join("  ")}`);
}
console.log(`grouping ms per new article, over the ${WINDOW} articles ending at:`);
console.log("articles   mean    median  p95     max");
let peakRss = process.memoryUsage().rss;
const groupingStarted = performance.now();
cloningMs = 0;
const grown = group(stream, (index, ms) => {
  durations[index] = ms;
  if (index % 1_000 === 999) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (checkpoints.has(index + 1)) printWindow(index + 1);
});
const groupingMs = performance.now() - groupingStarted;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const addMs = groupingMs - cloningMs;
console.log(`\ngrouping: ${(addMs / 1000).toFixed(1)} s for ${stream.length} articles (${(addMs / stream.length).toFixed(2)} ms per article on average), and ${(cloningMs / 1000).toFixed(1)} s cloning their signatures`);
// on a shared machine the wall clock also counts other programs: the process's own CPU time tells them apart
const cpu = process.cpuUsage();
console.log(`total: ${((performance.now() - benchStarted) / 1000).toFixed(1)} s (signatures, one repetition alone, the grown stream); CPU time of the process ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, garbage-collector threads included`);
console.log(`peak memory: RSS ${megabytes(Math.max(peakRss, process.resourceUsage().maxRSS * 1024))}, heap used at the end ${megabytes(process.memoryUsage().heapUsed)}`);
console.log(
  `groups: ${grown.groups} formed; one repetition alone forms ${single.groups}, times ${repetitions.toFixed(1)} repetitions = ${Math.round(single.groups * repetitions)} expected; ` +
    `B-cubed F1 against the per-repetition gold ${grown.f1.toFixed(3)} (one repetition alone ${single.f1.toFixed(3)})`,
);
console.log("target: per-article cost roughly flat, ≤ 5 ms at 100k; total < 2 minutes");
