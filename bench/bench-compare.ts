// npm run bench:compare [-- --runs N] [-- --distinct-outlets]
// Builds a 50-article event in a fresh SQLite file (the French/English sample event, the five
// seeds and 41 real BASIL articles from ../shared/data with their outlets, merged into one event
// by a reviewer merge) and times the comparison: the first build (claims computed and stored),
// then N builds from stored claims (p50 / p95), then, when a production build exists, the compare
// page served by `next start` on that database. --distinct-outlets drops the BASIL outlets so
// every article is a column of its own (45 columns): the worst case of a wide table.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { compareEvent } from "../lib/claims/align/compare-event.ts";
import { applyConnectionPragmas, createDb } from "../lib/db/client.ts";
import { ensureMigrated, REPO_ROOT } from "../lib/db/migrate.ts";
import { groupNewArticles } from "../lib/events/group-articles.ts";
import { mergeEvents } from "../lib/events/operations/merge-events.ts";
import { importInputs } from "../lib/ingest/import-inputs.ts";

const argument = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const RUNS = Number(argument("--runs", "30"));
const DISTINCT = process.argv.includes("--distinct-outlets");
const ARTICLES = 50;
const BASIL = path.resolve(REPO_ROOT, "../shared/data/basil-en-articles.jsonl");

const percentile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(share * values.length))]!;

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "parallax-bench-compare-"));
  const file = path.join(dir, "bench.db");
  const url = `file:${file}`;
  await ensureMigrated(url);
  const db = createDb(url);
  await applyConnectionPragmas(db);
  try {
    const feed = path.join(dir, "articles.jsonl");
    const lines: string[] = [];
    if (existsSync(BASIL)) {
      for (const line of readFileSync(BASIL, "utf8").split("\n").filter(Boolean).slice(0, ARTICLES - 9)) {
        const row = JSON.parse(line) as { text: string; title?: string; outlet?: string; date?: string };
        // --distinct-outlets: the worst case, every article its own column
        const outlet = DISTINCT ? undefined : ({ nyt: "The New York Times", fox: "Fox News", hpo: "HuffPost" } as Record<string, string>)[row.outlet ?? ""];
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
    console.log(`event ${target}: ${size} articles (${summary.imported} imported), database ${file}`);

    let started = performance.now();
    const first = await compareEvent(db, { eventId: target! });
    const cold = performance.now() - started;
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      started = performance.now();
      await compareEvent(db, { eventId: target! });
      times.push(performance.now() - started);
    }
    // the same comparison without the database: alignment of articles and claims already in memory
    const { loadArticleClaims } = await import("../lib/claims/stored-claims.ts");
    const { alignClaims } = await import("../lib/claims/align/align-claims.ts");
    const members = await db.eventMembership.findMany({ where: { eventId: target! }, select: { article: { select: { id: true, headline: true, language: true, publishedAt: true, url: true, text: true, outlet: { select: { slug: true, name: true } } } } } });
    const claims = await loadArticleClaims(db, members.map((member) => member.article.id));
    const articles = members.map(({ article }) => ({ ...article, published: article.publishedAt, claims: claims.get(article.id)! }));
    const alignTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      started = performance.now();
      alignClaims(articles);
      alignTimes.push(performance.now() - started);
    }
    console.log(`comparison: ${first.columns.length} columns, ${first.rows.length} rows (${first.counts.conflict} conflict, ${first.counts.partial} partial, ${first.counts.agree} agree, ${first.counts.single} single)`);
    console.log(`build (lib/claims/align, stored claims)   p50 ${percentile(times, 0.5).toFixed(1)} ms   p95 ${percentile(times, 0.95).toFixed(1)} ms   (${RUNS} runs; first build with claims computed: ${cold.toFixed(0)} ms)`);
    console.log(`  of which alignment in memory                p50 ${percentile(alignTimes, 0.5).toFixed(1)} ms   p95 ${percentile(alignTimes, 0.95).toFixed(1)} ms`);
    await timePage(file, target!);
  } finally {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** the compare page served by `next start` on the bench database: the server builds and renders it */
async function timePage(file: string, eventId: string): Promise<void> {
  if (!existsSync(path.join(REPO_ROOT, ".next", "BUILD_ID"))) {
    console.log("page: no production build (.next); run `npm run build` first to time the page too.");
    return;
  }
  const port = 3190 + Math.floor(Math.random() * 50);
  const server = spawn(path.join(REPO_ROOT, "node_modules", ".bin", "next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: `file:${file}`, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  try {
    const page = `http://127.0.0.1:${port}/events/${eventId}/compare`;
    for (let attempt = 0; ; attempt++) {
      const ready = await fetch(`http://127.0.0.1:${port}/`).then((response) => response.ok, () => false);
      if (ready) break;
      if (attempt > 100) throw new Error("next start did not answer within 20 s");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const warm = await fetch(page);
    if (!warm.ok) {
      console.log(`page: ${page} answered ${warm.status}; not timed.`);
      return;
    }
    const html = await warm.text();
    const bytes = html.length;
    if (process.env.BENCH_SAVE_HTML) (await import("node:fs")).writeFileSync(process.env.BENCH_SAVE_HTML, html);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      await (await fetch(page)).text();
      times.push(performance.now() - started);
    }
    console.log(`page (next start, build + render + transfer on loopback)   p50 ${percentile(times, 0.5).toFixed(1)} ms   p95 ${percentile(times, 0.95).toFixed(1)} ms   (${RUNS} runs, ${(bytes / 1024).toFixed(0)} KB of HTML)   target p95 < 200 ms`);
  } finally {
    server.kill();
  }
}

await main();
