// npm run bench:upload [-- --mb 50 | --short-lines 200000] [--database sqlite|postgresql] [--watch-seconds 60] [--wait]
// A large JSONL feed (bench/lib/make-feed.ts, about --mb megabytes; or --short-lines N lines of a
// few words each, the shape of issue 15's probe) uploaded through the import form in Chromium
// against `npm start` (server.ts) on a fresh database, as a reviewer would: the time until the run page
// shows (upload + reading + queueing in the request), then how fast the app instance's own worker
// stores it, watched for --watch-seconds (or until done with --wait). Meanwhile another client
// asks for /sign-in every 100 ms: its slowest answers are what other users wait for while the
// import runs. The app is then stopped with SIGTERM mid-run and started again, and the run page
// must show the same run carrying on from where it was. Needs a production build (`npm run build`).
// BENCH_SCREENSHOT=/path/run.png keeps a screenshot of the run page.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { REPO_ROOT } from "../lib/db/migrate.ts";
import { isFinished, readImportRun } from "../lib/jobs/import-runs.ts";
import { createUser } from "../lib/review/users.ts";
import { createBenchDatabase } from "./lib/bench-database.ts";
import { ensureBenchPostgres } from "./lib/ensure-bench-postgres.ts";
import { appServerCommand, waitUntilUp } from "./lib/load-servers.ts";
import { makeFeed } from "./lib/make-feed.ts";

const argument = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const MEGABYTES = Number(argument("--mb", "50"));
const DATABASE = argument("--database", "sqlite") as "sqlite" | "postgresql";
const WATCH_SECONDS = Number(argument("--watch-seconds", "60"));
const WAIT = process.argv.includes("--wait");
const SHORT_LINES = Number(argument("--short-lines", "0"));
const PASSWORD = "upload bench password, long enough";

async function main(): Promise<void> {
  if (!existsSync(path.join(REPO_ROOT, ".next", "BUILD_ID"))) {
    console.error("bench:upload needs a production build: run `npm run build` first.");
    process.exit(2);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "parallax-upload-"));
  // about 1.65 KB a line on average with ../shared/data
  let feed: { file: string; lines: number; bytes: number; source: string };
  if (SHORT_LINES > 0) {
    feed = makeShortFeed(path.join(dir, "upload-feed.jsonl"), SHORT_LINES);
  } else {
    feed = makeFeed(path.join(dir, "upload-feed.jsonl"), Math.round((MEGABYTES * 1048576) / 1650));
    if (feed.bytes > 55 * 1048576) feed = makeFeed(feed.file, Math.floor(feed.lines * ((54 * 1048576) / feed.bytes)));
  }
  console.log(`feed: ${feed.lines} lines, ${(feed.bytes / 1048576).toFixed(1)} MB, from ${feed.source}`);
  console.log(`machine: ${os.cpus().length} cores, load ${os.loadavg().map((value) => value.toFixed(1)).join(" ")}`);

  if (DATABASE === "postgresql") ensureBenchPostgres();
  const { url, db, drop } = await createBenchDatabase(DATABASE, "upload");
  await createUser(db, { email: "upload@example.org", role: "reviewer", password: PASSWORD, name: "Upload bench" }, null);
  const port = 3500 + Math.floor(Math.random() * 200);
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, DATABASE_URL: url, BETTER_AUTH_SECRET: randomBytes(32).toString("hex"), BETTER_AUTH_URL: base, NEXT_TELEMETRY_DISABLED: "1" };
  let app = startApp(port, env);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  let otherUser: ReturnType<typeof watchOtherUser> | undefined;
  try {
    await waitUntilUp(base);
    const page = await browser.newPage({ baseURL: base });
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("upload@example.org");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("signed-in-as").waitFor();
    await page.goto("/import");
    await page.getByTestId("file-input").setInputFiles(feed.file);
    const started = performance.now();
    otherUser = watchOtherUser(base);
    await page.getByRole("button", { name: "Import files" }).click();
    await page.waitForURL(/\/import\/runs\/[^/]+$/, { timeout: 600_000 });
    const queuedMs = performance.now() - started;
    console.log(`another user's /sign-in meanwhile: ${otherUser.report()}`);
    otherUser.reset();
    const runId = page.url().split("/").at(-1)!;
    let run = (await readImportRun(db, runId))!;
    console.log(`run page after ${(queuedMs / 1000).toFixed(1)} s (upload, reading ${run.total} items into ${run.chunkCount} chunks, queueing)`);

    const watchStart = performance.now();
    const settledAtStart = run.settled;
    const deadline = Date.now() + (WAIT ? 3 * 3600_000 : WATCH_SECONDS * 1000);
    while (!isFinished(run.status) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      run = (await readImportRun(db, runId))!;
    }
    const rate = (run.settled - settledAtStart) / ((performance.now() - watchStart) / 1000);
    console.log(`stored by the app's worker: ${run.settled}/${run.total} items settled, ${rate.toFixed(1)} items/s over ${((performance.now() - watchStart) / 1000).toFixed(0)} s; status ${run.status}`);
    console.log(`another user's /sign-in meanwhile: ${otherUser.report()}`);
    const pageText = (await page.getByTestId("run-counts").textContent()) ?? "";
    console.log(`the run page says: "${pageText.trim()}"`);

    if (run.status !== "done") {
      // the restart: progress lives in the database, so the run goes on where it was
      // SIGTERM, as a deploy would; the server lets open connections finish (the page polls), so SIGKILL after 10 s
      const stopped = performance.now();
      const exited = new Promise((resolve) => app.once("exit", resolve));
      app.kill("SIGTERM");
      const graceful = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000))]);
      if (!graceful) {
        app.kill("SIGKILL");
        await exited;
      }
      console.log(`app stopped ${graceful ? "by SIGTERM" : "by SIGKILL after SIGTERM waited 10 s for open connections"} in ${((performance.now() - stopped) / 1000).toFixed(1)} s`);
      const before = (await readImportRun(db, runId))!;
      app = startApp(port, env);
      await waitUntilUp(base);
      await page.reload();
      await page.getByTestId("run-progress").waitFor();
      if (process.env.BENCH_SCREENSHOT) await page.screenshot({ path: process.env.BENCH_SCREENSHOT.replace(/\.png$/, "-after-restart.png"), fullPage: true });
      await new Promise((resolve) => setTimeout(resolve, 15_000));
      const after = (await readImportRun(db, runId))!;
      console.log(`restarted the app at ${before.settled}/${before.total}: 15 s later ${after.settled}/${after.total}, status ${after.status}; the page shows "${((await page.getByTestId("run-counts").textContent()) ?? "").trim()}"`);
      if (after.settled < before.settled || after.total !== before.total) process.exitCode = 1;
    }
    if (process.env.BENCH_SCREENSHOT) await page.screenshot({ path: process.env.BENCH_SCREENSHOT, fullPage: true });
  } finally {
    otherUser?.stop();
    await browser.close();
    app.kill("SIGTERM");
    await drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Another user asking for a page every 100 ms: how long each answer took. */
function watchOtherUser(base: string): { report: () => string; reset: () => void; stop: () => void } {
  let times: number[] = [];
  let running = true;
  void (async () => {
    while (running) {
      const started = performance.now();
      try {
        await (await fetch(`${base}/sign-in`)).text();
        times.push(performance.now() - started);
      } catch {
        // the app is restarting: not an answer time
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    report: () => {
      const sorted = [...times].sort((a, b) => a - b);
      if (sorted.length === 0) return "no answer";
      const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!.toFixed(0);
      return `${sorted.length} answers, median ${at(0.5)} ms, 95th percentile ${at(0.95)} ms, slowest ${at(1)} ms`;
    },
    reset: () => {
      times = [];
    },
    stop: () => {
      running = false;
    },
  };
}

/** Lines of a few words, like issue 15's probe (200,000 lines, 4.5 MB); every 1000th is broken. */
function makeShortFeed(file: string, lines: number): { file: string; lines: number; bytes: number; source: string } {
  const out: string[] = [];
  for (let index = 0; index < lines; index++) out.push(index % 1000 === 999 ? `{"text": "broken ${index}` : JSON.stringify({ text: `Brief ${index}.` }));
  const text = `${out.join("\n")}\n`;
  writeFileSync(file, text);
  return { file, lines, bytes: Buffer.byteLength(text), source: "short lines made here" };
}

function startApp(port: number, env: NodeJS.ProcessEnv): ChildProcess {
  const server = appServerCommand(port);
  return spawn(server.command, server.args, { cwd: REPO_ROOT, env: { ...env, ...server.env }, stdio: ["ignore", "ignore", "inherit"] });
}

await main();
