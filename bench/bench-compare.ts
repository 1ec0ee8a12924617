// npm run bench:compare [-- --runs N] [-- --distinct-outlets] [-- --database sqlite|postgresql|both] [-- --background N]
// Builds a 50-article event in a fresh database (the French/English sample event, the five seeds
// and 41 real BASIL articles from ../shared/data with their outlets, merged into one event by a
// reviewer merge) and times the comparison: the first build (claims computed and stored), then N
// builds from stored claims (p50 / p95), then, when a production build exists, the compare page
// served by `npm start` (server.ts) on that database, signed in as a viewer (every page needs an account).
// --distinct-outlets drops the BASIL outlets so every article is a column of its own (45 columns):
// the worst case of a wide table. --database: SQLite (the default), PostgreSQL (the server of
// PARALLAX_BENCH_POSTGRES_URL, bench/lib/bench-database.ts) or both, side by side. --background N:
// the database also holds N other articles of the grown stream of bench:events, already grouped in
// other events, written directly rather than imported (bench/lib/grouped-background.ts), and on
// PostgreSQL vacuumed and analysed before anything is timed (BenchDatabase.settle).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { compareEvent } from "../lib/claims/align/compare-event.ts";
import type { DatabaseProvider, Db } from "../lib/db/client.ts";
import { REPO_ROOT } from "../lib/db/migrate.ts";
import { createUser } from "../lib/review/users.ts";
import { availableDatabases, createBenchDatabase } from "./lib/bench-database.ts";
import { appServerCommand } from "./lib/load-servers.ts";
import { buildFiftyArticleEvent } from "./lib/fifty-article-event.ts";
import { groupedBackground } from "./lib/grouped-background.ts";
import { countEventMembers, storeGroupedRange } from "./lib/stored-stream.ts";

const argument = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const RUNS = Number(argument("--runs", "30"));
const DISTINCT = process.argv.includes("--distinct-outlets");
const BACKGROUND = Number(argument("--background", "0"));
if (!Number.isInteger(BACKGROUND) || BACKGROUND < 0) {
  console.error("--background takes a whole number of articles.");
  process.exit(2);
}

const percentile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(share * values.length))]!;
const loadAverage = () => os.loadavg().map((value) => value.toFixed(2)).join(" ");

interface CompareFigures {
  background: number;
  importGroupMs: number;
  coldMs: number;
  p50: number;
  p95: number;
  alignP50: number;
  page: { p50: number; p95: number } | null;
}

async function main(): Promise<void> {
  const providers = (await availableDatabases(process.argv)) ?? ["sqlite"];
  console.log(`load average ${loadAverage()} at the start`);
  const background = BACKGROUND > 0 ? groupedBackground(BACKGROUND) : null;
  const results = new Map<DatabaseProvider, CompareFigures>();
  for (const provider of providers) {
    const database = await createBenchDatabase(provider, "compare");
    console.log(`\n${database.label}`);
    let stored = 0;
    if (background) {
      const started = performance.now();
      await storeGroupedRange(database.db, background, 0, background.stream.length, { groups: new Set(), links: new Set() });
      await countEventMembers(database.db);
      await database.settle();
      stored = background.stream.length;
      console.log(`background: ${stored} articles stored directly in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const bench = await buildFiftyArticleEvent({ name: "compare", distinctOutlets: DISTINCT, database });
    try {
      const { db, eventId: target, size, imported, buildMs } = bench;
      console.log(
        `event ${target}: ${size} articles (${imported} imported in ${(buildMs.import / 1000).toFixed(1)} s, grouped beside ${stored} stored articles in ${(buildMs.group / 1000).toFixed(1)} s, merged in ${(buildMs.merge / 1000).toFixed(1)} s)`,
      );
      const figures = await timeComparison(db, target);
      const page = await timePage(db, bench.url, target);
      results.set(provider, { background: stored, importGroupMs: buildMs.import + buildMs.group, ...figures, page });
      console.log(`load average ${loadAverage()}`);
    } finally {
      await bench.cleanup();
    }
  }
  if (results.size === 2) printSideBySide(results.get("sqlite")!, results.get("postgresql")!);
}

async function timeComparison(db: Db, target: string): Promise<Omit<CompareFigures, "background" | "importGroupMs" | "page">> {
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
  return { coldMs: cold, p50: percentile(times, 0.5), p95: percentile(times, 0.95), alignP50: percentile(alignTimes, 0.5) };
}

/**
 * The compare page served by `npm start` (server.ts) on the bench database, as a signed-in viewer: the server
 * checks the session, builds the comparison and renders it. Redirects are not followed, so a
 * sign-in page is never timed in its place.
 */
async function timePage(db: Db, url: string, eventId: string): Promise<{ p50: number; p95: number } | null> {
  if (!existsSync(path.join(REPO_ROOT, ".next", "BUILD_ID"))) {
    console.log("page: no production build (.next); run `npm run build` first to time the page too.");
    return null;
  }
  const password = randomBytes(12).toString("base64url");
  await createUser(db, { email: "bench-viewer@example.org", role: "viewer", password }, null);
  const port = 3190 + Math.floor(Math.random() * 50);
  const origin = `http://127.0.0.1:${port}`;
  const command = appServerCommand(port);
  const server = spawn(command.command, command.args, {
    cwd: REPO_ROOT,
    // NODE_OPTIONS left out: a larger heap given to the bench (for groupNewArticles beside 100k articles) is not the server's
    env: { ...process.env, NODE_OPTIONS: "", DATABASE_URL: url, BETTER_AUTH_URL: origin, BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"), NEXT_TELEMETRY_DISABLED: "1", ...command.env },
    stdio: "ignore",
  });
  try {
    for (let attempt = 0; ; attempt++) {
      const ready = await fetch(`${origin}/sign-in`).then((response) => response.ok, () => false);
      if (ready) break;
      if (attempt > 150) throw new Error("the app server did not answer within 30 s");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const signIn = await fetch(`${origin}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin },
      body: JSON.stringify({ email: "bench-viewer@example.org", password }),
    });
    if (!signIn.ok) throw new Error(`sign-in answered ${signIn.status}: ${await signIn.text()}`);
    const cookie = signIn.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
    const page = `${origin}/events/${eventId}/compare`;
    const get = () => fetch(page, { headers: { cookie }, redirect: "manual" });
    const warm = await get();
    if (warm.status !== 200) {
      console.log(`page: ${page} answered ${warm.status}${warm.headers.get("location") ? ` (to ${warm.headers.get("location")})` : ""}; not timed.`);
      return null;
    }
    const html = await warm.text();
    if (process.env.BENCH_SAVE_HTML) (await import("node:fs")).writeFileSync(process.env.BENCH_SAVE_HTML, html);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      await (await get()).text();
      times.push(performance.now() - started);
    }
    const figures = { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
    console.log(`page (npm start, signed in: session + build + render + transfer on loopback)   p50 ${figures.p50.toFixed(1)} ms   p95 ${figures.p95.toFixed(1)} ms   (${RUNS} runs, ${(html.length / 1024).toFixed(0)} KB of HTML)   target p95 < 200 ms`);
    return figures;
  } finally {
    server.kill();
  }
}

function printSideBySide(sqlite: CompareFigures, postgres: CompareFigures): void {
  const ms = (value: number | undefined) => (value === undefined ? "–" : `${value.toFixed(1)} ms`);
  const rows: [string, number | undefined, number | undefined][] = [
    ["import + grouping of the 50 articles", sqlite.importGroupMs, postgres.importGroupMs],
    ["first build (claims computed)", sqlite.coldMs, postgres.coldMs],
    ["compareEvent p50", sqlite.p50, postgres.p50],
    ["compareEvent p95", sqlite.p95, postgres.p95],
    ["  alignment in memory p50", sqlite.alignP50, postgres.alignP50],
    ["page p50 (npm start)", sqlite.page?.p50, postgres.page?.p50],
    ["page p95 (npm start)", sqlite.page?.p95, postgres.page?.p95],
  ];
  console.log(`\n50-article event beside ${sqlite.background} other articles      SQLite        PostgreSQL`);
  for (const [label, a, b] of rows) console.log(`${label.padEnd(40)} ${ms(a).padStart(12)}  ${ms(b).padStart(12)}`);
}

await main();
