// A worker in a process of its own, for tests that kill it (lib/jobs/import-job.test.ts):
//   tsx tests/setup/work-import-run.ts DATABASE_URL RUN_ID LEASE_MS
// Works the run's jobs with a short lease and prints "working" once it has started.
import { applyConnectionPragmas, createDb } from "../../lib/db/client.ts";
import { importJobHandlers } from "../../lib/jobs/import-job.ts";
import { runWorker } from "../../lib/jobs/worker.ts";

const [url, runId, leaseMs] = process.argv.slice(2);
const db = createDb(url);
await applyConnectionPragmas(db);
process.stdout.write("working\n");
await runWorker({ db, handlers: importJobHandlers(), scope: runId, leaseMs: Number(leaseMs), idleMs: 50 });
