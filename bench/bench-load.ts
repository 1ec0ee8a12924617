// npm run bench:load [-- --database sqlite|postgresql|both] [--reviewers 50] [--seconds 60] [--instances N]
// Issue 9's proof of team scale: N simulated reviewers (sign in, then the events list, an event, its
// comparison, a claim page, the current verdict and a save from the version read, in a closed loop
// without think time) against `npm start` (server.ts) on loopback, on a fresh SQLite file (1 instance by
// default) and a fresh PostgreSQL database (2 instances by default, every reviewer alternating
// between them request by request, so a session made on one is used on the other). Prints
// requests/s and p50/p95/p99 per request kind, errors, accepted saves and conflicts, then checks
// the history: every accepted save present exactly once at its version, nothing else added, each
// verdict's current row its last accepted version. Exits 1 if anything was lost, duplicated,
// unexpected or stale, or any request failed (a 409 conflict is not a failure).
// Needs a production build and does not make one: run `npm run build` first (it exits 2 otherwise).
// The load generator runs on the same machine as the servers and the database, so they share its
// cores; each run prints how much CPU the generator and the servers used.
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import type { DatabaseProvider } from "../lib/db/client.ts";
import { REPO_ROOT } from "../lib/db/migrate.ts";
import { prepareLoadDatabase, PASSWORD } from "./lib/load-database.ts";
import { checkHistory, revisionIds } from "./lib/load-history.ts";
import { formatLoadTable } from "./lib/load-report.ts";
import { runReviewers } from "./lib/load-reviewers.ts";
import { groupCpuSeconds, lastLines, startInstances, stopInstances, treeCpuSeconds, type AppInstance } from "./lib/load-servers.ts";

const ZOptions = z.object({
  database: z.enum(["sqlite", "postgresql", "both"]).default("both"),
  reviewers: z.coerce.number().int().min(1).max(500).default(50),
  seconds: z.coerce.number().positive().max(3600).default(60),
  instances: z.coerce.number().int().min(1).max(8).optional(),
});

const NAMES: Record<DatabaseProvider, string> = { sqlite: "SQLite", postgresql: "PostgreSQL" };
const DEFAULT_INSTANCES: Record<DatabaseProvider, number> = { sqlite: 1, postgresql: 2 };

/** what must be undone if the run stops half-way (Ctrl+C, an error): servers, databases, temp files */
const undo: (() => Promise<void>)[] = [];

async function undoAll(): Promise<void> {
  while (undo.length > 0) {
    try {
      await undo.pop()!();
    } catch (error) {
      console.error(`cleanup: ${(error as Error).message}`);
    }
  }
}

function showLogs(instances: AppInstance[]): void {
  for (const instance of instances) console.log(`last lines of ${instance.baseUrl}'s log:\n${lastLines(instance.logFile)}`);
}

function loadLine(): string {
  return `load average ${os.loadavg().map((value) => value.toFixed(2)).join(" ")}`;
}

async function runOne(provider: DatabaseProvider, options: z.infer<typeof ZOptions>, authSecret: string): Promise<boolean> {
  const instanceCount = options.instances ?? DEFAULT_INSTANCES[provider];
  const title = `${NAMES[provider]} · ${instanceCount} instance${instanceCount === 1 ? "" : "s"} · ${options.reviewers} reviewers · ${options.seconds} s`;
  const log = (text: string) => console.log(`  ${text}`);
  console.log(`\n== ${title}`);
  const database = await prepareLoadDatabase({ provider, reviewers: options.reviewers, log });
  undo.push(database.cleanup);
  const hot = database.targets[0]!;
  log(`corpus: ${database.corpus}`);
  log(`${database.articleCount} articles, ${database.eventCount} events, ${database.targets.length} with claim rows (the big story: ${hot.articleCount} articles, ${hot.rowIds.length} rows)`);

  const logDir = mkdtempSync(path.join(os.tmpdir(), "parallax-bench-load-logs-"));
  undo.push(async () => rmSync(logDir, { recursive: true, force: true }));
  const instances: AppInstance[] = await startInstances(instanceCount, { databaseUrl: database.url, authSecret, logDir });
  undo.push(() => stopInstances(instances));
  log(`app servers: ${instances.map((instance) => instance.baseUrl).join(", ")}; ${loadLine()}`);

  const before = await revisionIds(database.db);
  const clientCpu = process.cpuUsage();
  const serverCpu = groupCpuSeconds(instances);
  const databaseCpu = database.serverPid ? treeCpuSeconds(database.serverPid) : 0;
  const results = await runReviewers({
    baseUrls: instances.map((instance) => instance.baseUrl),
    emails: database.reviewers,
    password: PASSWORD,
    targets: database.targets,
    eventCount: database.eventCount,
    durationMs: options.seconds * 1000,
    runTag: `load-${Date.now().toString(36)}`,
  }).catch((error: unknown) => {
    showLogs(instances);
    throw error;
  });
  const seconds = results.elapsedMs / 1000;
  const clientUsed = process.cpuUsage(clientCpu);
  const clientShare = (clientUsed.user + clientUsed.system) / 1e6 / seconds;
  const serverShare = (groupCpuSeconds(instances) - serverCpu) / seconds;
  const databaseShare = database.serverPid ? (treeCpuSeconds(database.serverPid) - databaseCpu) / seconds : null;
  const endLoad = loadLine();
  // every answer is in before the history is read: nothing still in flight on a server
  await stopInstances(instances);
  const history = await checkHistory(database.db, results.accepted, before);

  console.log(`\n${title}`);
  console.log(formatLoadTable(results, history));
  const percent = (share: number) => `${(share * 100).toFixed(0)}%`;
  const databaseText = databaseShare === null ? " (SQLite runs inside it)" : `, PostgreSQL ${percent(databaseShare)}`;
  console.log(`CPU during the run, in % of one of ${os.cpus().length} cores: load generator ${percent(clientShare)}, app servers ${percent(serverShare)}${databaseText}; at the end ${endLoad}`);
  const errors = Object.values(results.errors).reduce((sum, count) => sum + count, 0);
  if (results.firstErrors.length > 0) {
    console.log(`first errors:\n${results.firstErrors.map((message) => `  ${message}`).join("\n")}`);
    showLogs(instances);
  }
  const ok = errors === 0 && history.lost === 0 && history.duplicated === 0 && history.unexpected === 0 && history.stale === 0;
  console.log(ok ? "result: pass (no error; nothing lost, duplicated, unexpected or stale)" : `result: FAIL (${errors} errors, ${history.lost} lost, ${history.duplicated} duplicated, ${history.unexpected} unexpected, ${history.stale} stale)`);
  await undoAll();
  return ok;
}

async function main(): Promise<number> {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ options: { database: { type: "string" }, reviewers: { type: "string" }, seconds: { type: "string" }, instances: { type: "string" } } }).values;
  } catch (error) {
    console.error(`bench:load: ${(error as Error).message}`);
    return 2;
  }
  const parsed = ZOptions.safeParse(values);
  if (!parsed.success) {
    console.error(`bench:load: ${parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
    return 2;
  }
  if (!existsSync(path.join(REPO_ROOT, ".next", "BUILD_ID"))) {
    console.error("bench:load needs a production build and found none (.next/BUILD_ID): run `npm run build` first.");
    return 2;
  }
  const options = parsed.data;
  // one secret for every instance, and for the accounts made here (createUser reads it too)
  const authSecret = randomBytes(32).toString("base64url");
  process.env.BETTER_AUTH_SECRET = authSecret;
  const providers: DatabaseProvider[] = options.database === "both" ? ["sqlite", "postgresql"] : [options.database];
  console.log(
    [
      `bench:load: ${options.reviewers} reviewers for ${options.seconds} s on ${providers.map((provider) => NAMES[provider]).join(" then ")}, production build, loopback`,
      `machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}; ${loadLine()}`,
      "the load generator (this process) shares those cores with the app instances and the database: figures are a floor, not a capacity",
    ].join("\n"),
  );
  let failed = false;
  for (const provider of providers) {
    if (!(await runOne(provider, options, authSecret))) failed = true;
  }
  return failed ? 1 : 0;
}

// `on`, not `once`: Ctrl+C reaches this process twice (from the terminal and relayed by tsx), and a
// second signal with no listener would end it before the cleanup is done
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.error(`\nbench:load: ${signal}, stopping the servers and removing the bench databases…`);
    void undoAll().finally(() => process.exit(130));
  });
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`bench:load failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  await undoAll();
}
