// The app's background worker inside its own thread (started by lib/jobs/app-worker.ts): its own
// database connection and its own event loop, so ingest and grouping, which hold a thread for
// seconds at a time (one grouping transaction of 2,000 new articles took 3-10 s), never hold the
// thread that answers the app's requests. Told "stop" by its parent, it hands its job back to
// the queue and ends.

import { parentPort, workerData } from "node:worker_threads";
import { z } from "zod";
import { applyConnectionPragmas, createDb } from "../db/client.ts";
import { startBackgroundWorker } from "./start-worker.ts";

const ZWorkerThreadData = z.object({ databaseUrl: z.string(), idleMs: z.number().int().positive() });

const port = parentPort;
if (!port) throw new Error("lib/jobs/worker-thread.ts runs as a worker thread (see lib/jobs/app-worker.ts)");
const { databaseUrl, idleMs } = ZWorkerThreadData.parse(workerData);
const db = createDb(databaseUrl);
await applyConnectionPragmas(db);
const worker = startBackgroundWorker(db, { idleMs });
port.once("message", () => {
  void worker
    .stop()
    .then(() => db.$disconnect())
    // ends this thread only
    .finally(() => process.exit(0));
});
