// Instances of the production build for bench:load, served as `npm start` serves it (server.ts),
// each in its own process group so that stopping it also stops whatever it spawned, with their
// output in log files.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync, readFileSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { REPO_ROOT } from "../../lib/db/migrate.ts";

export interface AppInstance {
  baseUrl: string;
  child: ChildProcess;
  logFile: string;
}

export interface InstanceSettings {
  databaseUrl: string;
  /** the same for every instance: a session cookie signed by one must verify on the other */
  authSecret: string;
  logDir: string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startInstances(count: number, settings: InstanceSettings): Promise<AppInstance[]> {
  const ports: number[] = [];
  for (let index = 0; index < count; index++) ports.push(await freePort());
  // every instance claims the first one's public URL, as instances behind one load balancer would
  const publicUrl = `http://127.0.0.1:${ports[0]}`;
  const instances = ports.map((port, index): AppInstance => {
    const logFile = path.join(settings.logDir, `instance-${index + 1}.log`);
    const log = openSync(logFile, "a");
    const server = appServerCommand(port);
    const child = spawn(server.command, server.args, {
      cwd: REPO_ROOT,
      detached: true,
      stdio: ["ignore", log, log],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: settings.databaseUrl,
        BETTER_AUTH_SECRET: settings.authSecret,
        BETTER_AUTH_URL: publicUrl,
        // better-auth limits sign-in per IP, and every simulated reviewer comes from 127.0.0.1
        PARALLAX_SIGN_IN_PER_MINUTE: "100000",
        NEXT_TELEMETRY_DISABLED: "1",
        ...server.env,
      },
    });
    closeSync(log);
    return { baseUrl: `http://127.0.0.1:${port}`, child, logFile };
  });
  try {
    await Promise.all(instances.map(waitUntilReady));
  } catch (error) {
    await stopInstances(instances);
    throw error;
  }
  return instances;
}

async function waitUntilReady(instance: AppInstance): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (instance.child.exitCode !== null) throw new Error(`the app server exited (${instance.child.exitCode}); see ${lastLines(instance.logFile)}`);
    if (await answersSignIn(instance.baseUrl)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${instance.baseUrl} did not answer within 60 s: ${lastLines(instance.logFile)}`);
}

/** The sign-in page is public: a 200 means the server renders pages and reads the database. */
async function answersSignIn(baseUrl: string): Promise<boolean> {
  return fetch(`${baseUrl}/sign-in`, { redirect: "manual" }).then(
    async (response) => {
      await response.arrayBuffer();
      return response.status === 200;
    },
    () => false,
  );
}

/** How `npm start` runs the app (server.ts, the edge checks in front of Next), on 127.0.0.1:port. */
export function appServerCommand(port: number): { command: string; args: string[]; env: { HOST: string; PORT: string } } {
  return { command: process.execPath, args: ["--import", "tsx", path.join(REPO_ROOT, "server.ts")], env: { HOST: "127.0.0.1", PORT: String(port) } };
}

/** Waits for a server started elsewhere (bench:faults, bench:upload restart theirs on one port). */
export async function waitUntilUp(baseUrl: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await answersSignIn(baseUrl)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${baseUrl} did not come up within ${timeoutMs / 1000} s`);
}

/** SIGTERM to each process group, SIGKILL after 5 s; safe to call twice */
export async function stopInstances(instances: AppInstance[]): Promise<void> {
  await Promise.all(
    instances.map(async ({ child }) => {
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      signalGroup(child.pid, "SIGTERM");
      const timer = setTimeout(() => signalGroup(child.pid!, "SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
      // the app server may leave a child behind its exited parent: the group goes too
      signalGroup(child.pid, "SIGKILL");
    }),
  );
}

/** kill(2) on a whole process group: negative pid */
export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

export function lastLines(file: string, count = 15): string {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-count).join("\n");
  } catch {
    return "(no log)";
  }
}

/** user + system CPU seconds of the processes of these groups, from /proc (Linux only; 0 elsewhere) */
export function groupCpuSeconds(instances: AppInstance[]): number {
  const groups = new Set(instances.map((instance) => instance.child.pid));
  return cpuSeconds((process) => groups.has(process.pgrp));
}

/**
 * The same for a server and its children (PostgreSQL's postmaster and backends), with the children
 * it has already reaped: backends come and go with the app's connection pools.
 */
export function treeCpuSeconds(pid: number): number {
  return cpuSeconds((process) => process.pid === pid || process.ppid === pid, pid);
}

function cpuSeconds(matches: (process: { pid: number; ppid: number; pgrp: number }) => boolean, withReapedChildrenOf?: number): number {
  const ticksPerSecond = 100; // USER_HZ: 100 on every Linux ABI Node runs on
  let ticks = 0;
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
  } catch {
    return 0;
  }
  for (const pid of entries) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue;
    }
    // the command name may hold spaces and parentheses: fields are counted after its last ")"
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (matches({ pid: Number(pid), ppid: Number(fields[1]), pgrp: Number(fields[2]) })) ticks += Number(fields[11]) + Number(fields[12]);
    if (Number(pid) === withReapedChildrenOf) ticks += Number(fields[13]) + Number(fields[14]);
  }
  return ticks / ticksPerSecond;
}
