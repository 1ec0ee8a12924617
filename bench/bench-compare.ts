// npm run bench:compare [-- --runs N] [-- --distinct-outlets]
// Builds a 50-article event in a fresh SQLite file (the French/English sample event, the five
// seeds and 41 real BASIL articles from ../shared/data with their outlets, merged into one event
// by a reviewer merge) and times the comparison: the first build (claims computed and stored),
// then N builds from stored claims (p50 / p95), then, when a production build exists, the compare
// page served by `next start` on that database. --distinct-outlets drops the BASIL outlets so
// every article is a column of its own (45 columns): the worst case of a wide table.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { compareEvent } from "../lib/claims/align/compare-event.ts";
import { REPO_ROOT } from "../lib/db/migrate.ts";
import { buildFiftyArticleEvent } from "./lib/fifty-article-event.ts";

const argument = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const RUNS = Number(argument("--runs", "30"));
const DISTINCT = process.argv.includes("--distinct-outlets");

const percentile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(share * values.length))]!;

async function main(): Promise<void> {
  const { db, file, eventId: target, size, imported, cleanup } = await buildFiftyArticleEvent({ name: "compare", distinctOutlets: DISTINCT });
  try {
    console.log(`event ${target}: ${size} articles (${imported} imported), database ${file}`);

    let started = performance.now();
    const first = await compareEvent(db, { eventId: target });
    const cold = performance.now() - started;
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      started = performance.now();
      await compareEvent(db, { eventId: target });
      times.push(performance.now() - started);
    }
    // the same comparison without the database: alignment of articles and claims already in memory
    const { loadArticleClaims } = await import("../lib/claims/stored-claims.ts");
    const { alignClaims } = await import("../lib/claims/align/align-claims.ts");
    const members = await db.eventMembership.findMany({ where: { eventId: target }, select: { article: { select: { id: true, headline: true, language: true, publishedAt: true, url: true, text: true, outlet: { select: { slug: true, name: true } } } } } });
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
    await timePage(file, target);
  } finally {
    await cleanup();
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
