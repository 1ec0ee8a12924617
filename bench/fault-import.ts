// npm run bench:faults [-- --database sqlite|postgresql|both] [--articles 10000] [--kill-at 0.3] [--reviewers 8]
// The fault test of issue 9: a 10,000-article import (bench/lib/make-feed.ts) queued with
// `parallax import --detach`, stored by an app instance (`npm start`, whose worker takes jobs)
// and a separate `parallax worker`, while reviewers save verdicts through the app's API. When
// --kill-at of the items are settled, the app instance and the worker are killed with SIGKILL
// (no shutdown of any kind), then both are started again. The run must then complete, and:
//  - every line of the feed is settled exactly once (an item per position), every distinct
//    article stored exactly once, each with its item, its fingerprints and its event;
//  - every verdict save the app acknowledged is in the history exactly once, every current
//    verdict is its last revision (a verdict and its revision are one transaction), and every
//    revision points at a verdict that exists: nothing half-written.
// Exits 1 if any of that fails. Needs a production build (`npm run build`); PostgreSQL is the server
// of PARALLAX_BENCH_POSTGRES_URL, else scripts/start-postgres.sh's (a fresh database per run, dropped afterwards).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Db } from "../lib/db/client.ts";
import { REPO_ROOT } from "../lib/db/migrate.ts";
import { importInputs } from "../lib/ingest/import-inputs.ts";
import { isFinished, readImportRun } from "../lib/jobs/import-runs.ts";
import { createUser } from "../lib/review/users.ts";
import { createBenchDatabase } from "./lib/bench-database.ts";
import { ensureBenchPostgres } from "./lib/ensure-bench-postgres.ts";
import { appServerCommand, signalGroup, waitUntilUp } from "./lib/load-servers.ts";
import { makeFeed } from "./lib/make-feed.ts";

const argument = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const DATABASES = argument("--database", "both") === "both" ? ["sqlite", "postgresql"] : [argument("--database", "sqlite")];
const ARTICLES = Number(argument("--articles", "10000"));
const KILL_AT = Number(argument("--kill-at", "0.3"));
const REVIEWERS = Number(argument("--reviewers", "8"));
const PASSWORD = "fault test password, long enough";
const ROWS = ["date", "countries", "leadership", "person:fayez al-hamwi", "person:karim al-jubouri"];
const TSX = path.join(REPO_ROOT, "node_modules", ".bin", "tsx");

interface Accepted {
  verdictId: string;
  version: number;
  token: string;
}

interface Outcome {
  database: string;
  checks: { name: string; value: string | number; ok: boolean }[];
  timings: Record<string, string>;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(REPO_ROOT, ".next", "BUILD_ID"))) {
    console.error("bench:faults needs a production build: run `npm run build` first.");
    process.exit(2);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "parallax-faults-"));
  const feed = makeFeed(path.join(dir, "feed.jsonl"), ARTICLES);
  console.log(`feed: ${feed.lines} lines (${feed.articles} articles, ${feed.broken} broken lines), ${(feed.bytes / 1048576).toFixed(1)} MB, from ${feed.source}`);
  console.log(`machine: ${os.cpus().length} cores, load ${os.loadavg().map((value) => value.toFixed(1)).join(" ")}; app, worker, reviewers and this script share it`);
  const outcomes: Outcome[] = [];
  try {
    for (const database of DATABASES) outcomes.push(await runOnce(database as "sqlite" | "postgresql", feed));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const outcome of outcomes) {
    console.log(`\n${outcome.database}: ${Object.entries(outcome.timings).map(([name, value]) => `${name} ${value}`).join(" · ")}`);
    console.log("| check | value | ok |\n|---|---|---|");
    for (const check of outcome.checks) console.log(`| ${check.name} | ${check.value} | ${check.ok ? "✓" : "✗"} |`);
  }
  if (outcomes.some((outcome) => outcome.checks.some((check) => !check.ok))) process.exitCode = 1;
}

async function runOnce(database: "sqlite" | "postgresql", feed: ReturnType<typeof makeFeed>): Promise<Outcome> {
  console.log(`\n» ${database}`);
  if (database === "postgresql") ensureBenchPostgres();
  const { url, db, drop } = await createBenchDatabase(database, "faults");
  const processes: ChildProcess[] = [];
  try {
    // the sample event the reviewers review, and their accounts
    await importInputs(db, [{ kind: "path", path: path.join(REPO_ROOT, "data", "samples") }, { kind: "path", path: path.join(REPO_ROOT, "data", "demo") }], { origin: "bench", group: true });
    const event = await db.event.findFirst({ where: { title: { startsWith: "[Sample]" } }, orderBy: { articleCount: "desc" }, select: { id: true } });
    if (!event) throw new Error("the sample event is missing");
    const emails = Array.from({ length: REVIEWERS }, (_, index) => `fault-${index}@example.org`);
    for (const email of emails) await createUser(db, { email, role: "reviewer", password: PASSWORD, name: email }, null);

    const port = 3300 + Math.floor(Math.random() * 200);
    const base = `http://127.0.0.1:${port}`;
    const env = { ...process.env, DATABASE_URL: url, BETTER_AUTH_SECRET: randomBytes(32).toString("hex"), BETTER_AUTH_URL: base, PARALLAX_SIGN_IN_PER_MINUTE: "100000", NEXT_TELEMETRY_DISABLED: "1" };
    const server = appServerCommand(port);
    const startApp = () => start(server.command, server.args, { ...env, ...server.env }, processes);
    const startWorker = () => start(TSX, [path.join(REPO_ROOT, "cli", "index.ts"), "worker"], env, processes);
    let app = startApp();
    let worker = startWorker();
    await waitUntilUp(base);

    const cookies = await Promise.all(emails.map((email) => signIn(base, email)));
    const accepted: Accepted[] = [];
    const failures = { duringOutage: 0, other: [] as string[] };
    let conflicts = 0;
    let stopSaving = false;
    let outage = false;
    const saver = async (cookie: string, index: number) => {
      for (let step = 0; !stopSaving; step++) {
        const token = `f${index}-s${step}-${randomBytes(3).toString("hex")}`;
        const rowId = ROWS[(index + step) % ROWS.length]!;
        try {
          const read = await fetch(`${base}/api/verdicts?eventId=${event.id}&rowId=${encodeURIComponent(rowId)}`, { headers: { cookie } });
          const current = read.ok ? ((await read.json()) as { verdict: { version: number } | null }).verdict : null;
          if (!read.ok) throw new Error(`read ${read.status}`);
          const response = await fetch(`${base}/api/verdicts`, {
            method: "POST",
            headers: { cookie, origin: base, "content-type": "application/json" },
            body: JSON.stringify({ eventId: event.id, rowId, rating: step % 2 ? "mixed" : "false", summary: token, notes: `fault test ${token}`, evidence: [], expectedVersion: current?.version ?? null }),
          });
          if (response.status === 200) {
            const { verdict } = (await response.json()) as { verdict: { id: string; version: number } };
            accepted.push({ verdictId: verdict.id, version: verdict.version, token });
          } else if (response.status === 409) conflicts++;
          else throw new Error(`save ${response.status} ${(await response.text()).slice(0, 200)}`);
        } catch (error) {
          // refused connections and cut responses are what a kill does (a kept-alive socket to the
          // dead server may fail just after the restart too); an HTTP error answer never is
          const message = (error as Error).message;
          if (outage || !/^(read|save) \d/.test(message)) failures.duringOutage++;
          else failures.other.push(message);
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    };
    const saving = cookies.map((cookie, index) => saver(cookie, index));

    const started = performance.now();
    const queued = spawnSync(TSX, [path.join(REPO_ROOT, "cli", "index.ts"), "import", feed.file, "--detach", "--json"], { env, encoding: "utf8", maxBuffer: 1 << 24 });
    if (queued.status !== 0) throw new Error(`parallax import --detach failed: ${queued.stderr}`);
    const runId = (JSON.parse(queued.stdout) as { runId: string }).runId;
    const queuedMs = performance.now() - started;
    console.log(`run ${runId} queued in ${(queuedMs / 1000).toFixed(1)} s; storing…`);

    let run = (await readImportRun(db, runId))!;
    while (run.settled < KILL_AT * run.total) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      run = (await readImportRun(db, runId))!;
    }
    const savesBeforeKill = accepted.length;
    outage = true;
    kill(app);
    kill(worker);
    const killedAt = performance.now();
    const atKill = (await readImportRun(db, runId))!;
    console.log(`killed the app and the worker (SIGKILL) at ${atKill.settled}/${atKill.total} items settled, ${savesBeforeKill} verdict saves accepted, ${atKill.jobs.active} jobs leased to the dead`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    app = startApp();
    worker = startWorker();
    await waitUntilUp(base);
    outage = false;
    const restartedMs = performance.now() - killedAt;
    console.log(`restarted both in ${(restartedMs / 1000).toFixed(1)} s; waiting for the run…`);

    const deadline = Date.now() + 45 * 60_000;
    while (!isFinished(run.status)) {
      if (Date.now() > deadline) throw new Error("the run did not finish within 45 minutes");
      await new Promise((resolve) => setTimeout(resolve, 1000));
      run = (await readImportRun(db, runId))!;
    }
    const totalMs = performance.now() - started;
    stopSaving = true;
    await Promise.all(saving);
    kill(app);
    kill(worker);

    const checks = await verify(db, runId, feed, accepted, event.id);
    checks.push({ name: "run status", value: run.status, ok: run.status === "done" });
    checks.push({ name: "verdict saves accepted (before kill / total)", value: `${savesBeforeKill} / ${accepted.length}`, ok: accepted.length > savesBeforeKill && savesBeforeKill > 0 });
    checks.push({ name: "save conflicts (409, expected)", value: conflicts, ok: true });
    checks.push({ name: "save requests cut by the kill (connection errors, expected)", value: failures.duringOutage, ok: true });
    checks.push({ name: "save requests answered with an error status", value: failures.other.length === 0 ? 0 : `${failures.other.length}: ${failures.other.slice(0, 3).join("; ")}`, ok: failures.other.length === 0 });
    return {
      database,
      checks,
      timings: {
        "queued (read + chunks)": `${(queuedMs / 1000).toFixed(1)} s`,
        "killed at": `${atKill.settled}/${atKill.total}`,
        "back up after": `${(restartedMs / 1000).toFixed(1)} s`,
        "import total": `${(totalMs / 1000).toFixed(0)} s`,
      },
    };
  } finally {
    for (const child of processes) kill(child);
    await drop();
  }
}

async function verify(db: Db, runId: string, feed: ReturnType<typeof makeFeed>, accepted: Accepted[], eventId: string): Promise<Outcome["checks"]> {
  const items = await db.importItem.findMany({ where: { runId }, select: { position: true, status: true, articleId: true } });
  const positions = new Set(items.map((item) => item.position));
  const everyPosition = positions.size === feed.lines && items.length === feed.lines && [...positions].every((position) => position >= 0 && position < feed.lines);
  const articles = await db.article.findMany({ where: { importRunId: runId }, select: { id: true, contentHash: true, eventMembership: { select: { eventId: true } }, _count: { select: { fingerprints: true } } } });
  const hashes = new Set(articles.map((article) => article.contentHash));
  const itemArticles = new Set(items.flatMap((item) => (item.articleId ? [item.articleId] : [])));
  const withoutItem = articles.filter((article) => !itemArticles.has(article.id)).length;
  const halfWritten = articles.filter((article) => article._count.fingerprints === 0).length;
  const ungrouped = articles.filter((article) => !article.eventMembership).length;
  const imported = items.filter((item) => item.status === "imported").length;
  const rejected = items.filter((item) => item.status === "rejected").length;

  const verdicts = await db.verdict.findMany({ where: { eventId }, select: { id: true, version: true, summary: true } });
  const revisions = await db.revision.findMany({ where: { entityType: "verdict" }, select: { entityId: true, version: true, after: true } });
  const history = new Map<string, string[]>();
  for (const revision of revisions) {
    const key = `${revision.entityId}/${revision.version}`;
    history.set(key, [...(history.get(key) ?? []), String((revision.after as { summary?: unknown }).summary)]);
  }
  const lost = accepted.filter((save) => !history.get(`${save.verdictId}/${save.version}`)?.includes(save.token)).length;
  const tokens = revisions.map((revision) => String((revision.after as { summary?: unknown }).summary));
  const duplicated = tokens.length - new Set(tokens).size;
  const verdictIds = new Set(verdicts.map((verdict) => verdict.id));
  const orphanRevisions = revisions.filter((revision) => !verdictIds.has(revision.entityId)).length;
  const latest = new Map<string, number>();
  for (const revision of revisions) latest.set(revision.entityId, Math.max(latest.get(revision.entityId) ?? 0, revision.version));
  const stale = verdicts.filter((verdict) => latest.get(verdict.id) !== verdict.version || history.get(`${verdict.id}/${verdict.version}`)?.[0] !== verdict.summary).length;
  return [
    { name: "feed lines settled exactly once (items at positions 0…N−1)", value: `${items.length} items, ${positions.size} positions, ${feed.lines} lines`, ok: everyPosition },
    { name: "articles stored (distinct content hashes)", value: `${articles.length} (${hashes.size})`, ok: articles.length === feed.articles && hashes.size === feed.articles },
    { name: "items imported / rejected", value: `${imported} / ${rejected}`, ok: imported === feed.articles && rejected === feed.broken },
    { name: "articles without their item", value: withoutItem, ok: withoutItem === 0 },
    { name: "half-written articles (no fingerprints)", value: halfWritten, ok: halfWritten === 0 },
    { name: "articles not in an event", value: ungrouped, ok: ungrouped === 0 },
    { name: "acknowledged verdict saves lost", value: lost, ok: lost === 0 },
    { name: "verdict revisions duplicated", value: duplicated, ok: duplicated === 0 },
    { name: "verdicts not equal to their last revision", value: stale, ok: stale === 0 },
    { name: "revisions without their verdict", value: orphanRevisions, ok: orphanRevisions === 0 },
  ];
}

function start(command: string, args: string[], env: NodeJS.ProcessEnv, processes: ChildProcess[]): ChildProcess {
  // a process group of its own, so SIGKILL reaches the child processes tsx and the app server spawn
  const child = spawn(command, args, { cwd: REPO_ROOT, env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  processes.push(child);
  return child;
}

function kill(child: ChildProcess): void {
  if (child.pid !== undefined && child.exitCode === null) signalGroup(child.pid, "SIGKILL");
}

async function signIn(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, { method: "POST", headers: { origin: base, "content-type": "application/json" }, body: JSON.stringify({ email, password: PASSWORD }) });
  if (response.status !== 200) throw new Error(`sign-in of ${email}: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
}

await main();
