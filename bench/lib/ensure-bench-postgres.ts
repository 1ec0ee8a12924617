// The benches that start app servers against PostgreSQL start the throwaway server too, when no
// PARALLAX_BENCH_POSTGRES_URL names one: scripts/start-postgres.sh (installed and started if need
// be, reused if running), whose URL createBenchDatabase then uses.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "../../lib/db/migrate.ts";

export function ensureBenchPostgres(): void {
  if (process.env.PARALLAX_BENCH_POSTGRES_URL) return;
  const started = spawnSync("bash", [path.join(REPO_ROOT, "scripts", "start-postgres.sh")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (started.status !== 0) throw new Error("PostgreSQL could not be started (scripts/start-postgres.sh)");
  process.env.PARALLAX_BENCH_POSTGRES_URL = started.stdout.trim();
}
