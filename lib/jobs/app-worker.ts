// The web app's own worker (started by instrumentation.ts), one per server instance. It stops
// claiming jobs when the server is asked to stop; a job cut short by a kill is claimed again by
// any worker once its lease runs out (lib/jobs/queue.ts).

import { getDb } from "../db/client.ts";
import { startBackgroundWorker, type BackgroundWorker } from "./start-worker.ts";

const globalForWorker = globalThis as unknown as { parallaxWorker?: Promise<BackgroundWorker | null> };

export function startAppWorker(): void {
  globalForWorker.parallaxWorker ??= getDb()
    .then((db) => {
      const worker = startBackgroundWorker(db, { idleMs: 1000 });
      const stop = () => void worker.stop();
      process.once("SIGTERM", stop);
      process.once("SIGINT", stop);
      return worker;
    })
    .catch((error: unknown) => {
      console.error("[worker] not started:", error);
      return null;
    });
}
