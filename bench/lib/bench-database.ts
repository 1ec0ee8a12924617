// A fresh, migrated database for one bench run, on SQLite (a file under the temp directory) or on
// PostgreSQL (a new database on the server of PARALLAX_BENCH_POSTGRES_URL, by default the one
// `bash scripts/start-postgres.sh` starts), dropped by `drop()`. `--database sqlite|postgresql|both`
// is read here too, so every bench accepts it the same way.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyConnectionPragmas, createDb, type DatabaseProvider, type Db } from "../../lib/db/client.ts";
import { ensureMigrated } from "../../lib/db/migrate.ts";

export const DEFAULT_BENCH_POSTGRES_URL = "postgresql://parallax@127.0.0.1:55432/parallax";

export interface BenchDatabase {
  provider: DatabaseProvider;
  url: string;
  db: Db;
  /** what the figures are printed under: "SQLite (/tmp/…/bench.db)", "PostgreSQL 15.18 (…)" */
  label: string;
  /**
   * CPU time the database server has used so far, in ms: 0 for SQLite (it runs inside the bench
   * process, whose own CPU time counts it), null when the PostgreSQL server is not on this machine.
   */
  serverCpuMs: () => number | null;
  /** the PostgreSQL server's main process when it runs on this machine (null for SQLite or a remote server) */
  postmaster: number | null;
  /**
   * After a bulk fill, before timing: PostgreSQL's autovacuum would otherwise vacuum and analyse
   * the freshly written tables (a gigabyte of TOAST at 100k articles) for minutes, on the same two
   * cores as the timed calls, with plans made on stale statistics. VACUUM (ANALYZE) does that work
   * up front, as a long-running database would have. SQLite has nothing to catch up on.
   */
  settle: () => Promise<void>;
  drop: () => Promise<void>;
}

/** The bench process's CPU time so far, in ms, every thread of it (garbage collector included). */
export function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** utime, stime, cutime and cstime of a process in clock ticks, and its parent: /proc/PID/stat after the command name */
function procStat(pid: number): { ppid: number; own: number; children: number } | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ").at(-1)!.split(" ");
    return { ppid: Number(fields[1]), own: Number(fields[11]) + Number(fields[12]), children: Number(fields[13]) + Number(fields[14]) };
  } catch {
    return null;
  }
}

/**
 * The CPU time of a whole local PostgreSQL cluster: the postmaster with its exited children (their
 * time is added to its own when reaped) and the live ones: backends, autovacuum, checkpointer.
 * On a machine shared with other programs this tells the server's work from the waiting.
 */
export function clusterCpuMs(postmaster: number): number | null {
  const root = procStat(postmaster);
  if (!root) return null;
  let ticks = root.own + root.children;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = procStat(Number(entry));
    if (stat?.ppid === postmaster) ticks += stat.own;
  }
  // clock ticks are 1/100 s on Linux (getconf CLK_TCK)
  return ticks * 10;
}

/** `--database sqlite|postgresql|both`: the databases to run on, or null when the flag is absent */
export function databasesArgument(argv: string[]): DatabaseProvider[] | null {
  const at = argv.indexOf("--database");
  if (at < 0) return null;
  const value = argv[at + 1];
  if (value === "sqlite" || value === "postgresql") return [value];
  if (value === "both") return ["sqlite", "postgresql"];
  console.error("--database takes sqlite, postgresql or both.");
  process.exit(2);
}

/**
 * The databases of `--database`, checked before any work: PostgreSQL is dropped, after saying so,
 * when no server answers, and the bench stops when nothing is left. null when the flag is absent.
 */
export async function availableDatabases(argv: string[]): Promise<DatabaseProvider[] | null> {
  const providers = databasesArgument(argv);
  if (!providers?.includes("postgresql") || (await postgresVersion())) return providers;
  const left = providers.filter((provider) => provider !== "postgresql");
  if (left.length === 0) process.exit(1);
  return left;
}

function postgresServerUrl(): string {
  return process.env.PARALLAX_BENCH_POSTGRES_URL ?? DEFAULT_BENCH_POSTGRES_URL;
}

async function adminQuery(sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: postgresServerUrl() });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** the server's main process when it runs on this machine: the parent of our backend, read while it is connected */
async function postmasterPid(): Promise<number | null> {
  const client = new pg.Client({ connectionString: postgresServerUrl() });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT pg_backend_pid() AS pid");
    return procStat((rows[0] as { pid: number }).pid)?.ppid ?? null;
  } finally {
    await client.end();
  }
}

/** null, after saying so, when no PostgreSQL server answers: the bench then skips PostgreSQL */
export async function postgresVersion(): Promise<string | null> {
  try {
    const { rows } = await adminQuery("SHOW server_version");
    return String((rows[0] as { server_version: string }).server_version);
  } catch (error) {
    console.log(
      `PostgreSQL: no server answers at ${postgresServerUrl()} (${(error as Error).message}). ` +
        "Start one with `bash scripts/start-postgres.sh` and pass the URL it prints in PARALLAX_BENCH_POSTGRES_URL; PostgreSQL skipped.",
    );
    return null;
  }
}

export async function createBenchDatabase(provider: DatabaseProvider, name: string): Promise<BenchDatabase> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), `parallax-bench-${name}-`));
    const url = `file:${path.join(dir, "bench.db")}`;
    await ensureMigrated(url);
    const db = createDb(url);
    await applyConnectionPragmas(db);
    return {
      provider,
      url,
      db,
      label: `SQLite (${url.slice("file:".length)})`,
      serverCpuMs: () => 0,
      postmaster: null,
      settle: async () => {},
      drop: async () => {
        await db.$disconnect();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const version = (await adminQuery("SHOW server_version")).rows[0] as { server_version: string };
  // a name made here, never from input: plain lower-case letters, digits and underscores
  const database = `parallax_bench_${name.replace(/[^a-z0-9]/g, "_")}_${process.pid}`;
  await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE "${database}"`);
  const serverUrl = new URL(postgresServerUrl());
  serverUrl.pathname = `/${database}`;
  const url = serverUrl.toString();
  await ensureMigrated(url);
  const db = createDb(url);
  const postmaster = await postmasterPid();
  return {
    provider,
    url,
    db,
    label: `PostgreSQL ${version.server_version} (${serverUrl.host}/${database})`,
    serverCpuMs: () => (postmaster === null ? null : clusterCpuMs(postmaster)),
    postmaster,
    settle: async () => {
      await db.$executeRawUnsafe("VACUUM (ANALYZE)");
    },
    drop: async () => {
      await db.$disconnect();
      await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    },
  };
}
