// One timed call of groupNewArticles in a process of its own, as one import by the CLI or one
// server action of the app would make it: its peak RSS is the call's, not the bench's (which holds
// the whole grown stream and its decisions), and an out-of-memory crash says so. Or, in another
// process, loadSignatures alone (`ids` empty): what reading the stored signatures back costs.
// Run by bench/lib/events-database.ts, which sends a GroupBatchRequest on stdin and reads one
// `RESULT {json}` line from stdout.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { applyConnectionPragmas, createDb } from "../../lib/db/client.ts";
import { groupNewArticles } from "../../lib/events/group-articles.ts";
import { loadSignatures } from "../../lib/events/stored-signatures.ts";
import { clusterCpuMs, processCpuMs } from "./bench-database.ts";

export interface GroupBatchRequest {
  url: string;
  /** the new articles to group; none: time loadSignatures instead */
  ids: string[];
  /** the PostgreSQL server's main process, for its CPU time; null for SQLite or a remote server */
  postmaster: number | null;
  sqlite: boolean;
}

export interface GroupBatchResult {
  ms: number;
  /** the process's CPU time during the call, plus the server's (null when it cannot be read) */
  cpuMs: number | null;
  /** the process's peak RSS once the call returned, in bytes */
  maxRss: number;
  /** groupNewArticles: article id -> event id; loadSignatures: none */
  assignments: [string, string][];
  /** loadSignatures: the signatures read */
  loaded: number;
}

export type GroupBatchOutcome = { ok: true; result: GroupBatchResult } | { ok: false; outOfMemory: boolean; message: string };

const MARKER = "RESULT ";

/** Runs the call in a child process with these V8 options (NODE_OPTIONS, e.g. a larger heap). */
export function groupBatchInProcess(request: GroupBatchRequest, nodeOptions: string): Promise<GroupBatchOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      env: { ...process.env, NODE_OPTIONS: nodeOptions },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const line = stdout.split("\n").find((entry) => entry.startsWith(MARKER));
      if (code === 0 && line) resolve({ ok: true, result: JSON.parse(line.slice(MARKER.length)) as GroupBatchResult });
      else resolve({ ok: false, outOfMemory: /heap out of memory/.test(stderr), message: stderr.trim().split("\n").slice(-3).join(" ") || `exit code ${code}` });
    });
    child.stdin.end(JSON.stringify(request));
  });
}

async function runChild(): Promise<void> {
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  const request = JSON.parse(input) as GroupBatchRequest;
  const db = createDb(request.url);
  await applyConnectionPragmas(db);
  // the connection is opened before the clock starts, as in a running server
  await db.article.count();
  const serverCpu = () => (request.sqlite ? 0 : request.postmaster === null ? null : clusterCpuMs(request.postmaster));
  const [processBefore, serverBefore] = [processCpuMs(), serverCpu()];
  const started = performance.now();
  let assignments: [string, string][] = [];
  let loaded = 0;
  if (request.ids.length > 0) assignments = [...(await groupNewArticles(db, { articleIds: request.ids })).assignments];
  else loaded = (await loadSignatures(db)).length;
  const ms = performance.now() - started;
  const serverAfter = serverCpu();
  const cpuMs = serverBefore === null || serverAfter === null ? null : processCpuMs() - processBefore + serverAfter - serverBefore;
  const maxRss = process.resourceUsage().maxRSS * 1024;
  await db.$disconnect();
  const result: GroupBatchResult = { ms, cpuMs, maxRss, assignments, loaded };
  process.stdout.write(`${MARKER}${JSON.stringify(result)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runChild();
