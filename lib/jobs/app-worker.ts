// The web app's own worker (started by instrumentation.ts), one per server instance, in a worker
// thread of its own (lib/jobs/worker-thread.ts). Storing and grouping an import are seconds of
// synchronous work at a time, and on SQLite even a run of queries never gives the event loop a
// turn (better-sqlite3 is synchronous): run in the server's thread, storing and grouping a
// 2,000-line upload held every other request for 10-12 s (issue 15). The thread stops claiming jobs when the server is
// asked to stop; a job cut short by a kill is claimed again by any worker once its lease runs out
// (lib/jobs/queue.ts).

import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { DEFAULT_DATABASE_URL } from "../db/client.ts";
import type { BackgroundWorker } from "./start-worker.ts";

/** A thread that died (out of memory, a bug) is started again after this long. */
const RESTART_DELAY_MS = 5_000;

const globalForWorker = globalThis as unknown as { parallaxWorker?: BackgroundWorker };

export function startAppWorker(): void {
  if (globalForWorker.parallaxWorker) return;
  const worker = startAppWorkerThread({ databaseUrl: process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, idleMs: 1000 });
  globalForWorker.parallaxWorker = worker;
  const stop = () => void worker.stop();
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

export interface AppWorkerThreadOptions {
  databaseUrl: string;
  idleMs: number;
  /** where lib/ is: the server runs from the repository (next start), and the thread loads lib/ from there, not from the bundle */
  root?: string;
}

/** Starts the worker thread, and starts it again if it dies, until stop() is called. */
export function startAppWorkerThread(options: AppWorkerThreadOptions): BackgroundWorker {
  const root = options.root ?? process.cwd();
  const boot = path.join(root, "lib", "jobs", "worker-thread-boot.mjs");
  const entry = pathToFileURL(path.join(root, "lib", "jobs", "worker-thread.ts")).href;
  let stopping = false;
  let thread: Worker;
  let ended: Promise<void>;
  const start = () => {
    // Reflect.construct, not `new Worker(boot)`: Turbopack (Next 16.4) bundles what a `new Worker`
    // points at, turbopackIgnore comment or not, and tsx cannot be bundled. The thread loads lib/
    // from the repository.
    thread = Reflect.construct(Worker, [boot, { workerData: { entry, databaseUrl: options.databaseUrl, idleMs: options.idleMs } }]) as Worker;
    thread.on("error", (error) => console.error("[worker] the worker thread failed:", error));
    ended = new Promise((resolve) => {
      thread.once("exit", (code) => {
        resolve();
        if (stopping) return;
        console.error(`[worker] the worker thread ended (exit code ${code}); a new one starts in ${RESTART_DELAY_MS / 1000} s`);
        setTimeout(() => {
          if (!stopping) start();
        }, RESTART_DELAY_MS).unref();
      });
    });
  };
  start();
  return {
    stop: async () => {
      stopping = true;
      thread.postMessage("stop");
      await ended;
    },
  };
}
