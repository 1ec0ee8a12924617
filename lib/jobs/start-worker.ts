// The background worker of a process: the web app starts one per instance (instrumentation.ts),
// `parallax worker` runs one on its own. Every queue Parallax has is handled here.

import type { Db } from "../db/client.ts";
import { importJobHandlers } from "./import-job.ts";
import { runWorker, type WorkerOptions } from "./worker.ts";

export function allJobHandlers(): WorkerOptions["handlers"] {
  return { ...importJobHandlers() };
}

export interface BackgroundWorker {
  stop: () => Promise<void>;
}

export function startBackgroundWorker(db: Db, options: Partial<Omit<WorkerOptions, "db" | "handlers">> = {}): BackgroundWorker {
  const controller = new AbortController();
  const done = runWorker({
    db,
    handlers: allJobHandlers(),
    log: (message) => console.error(`[worker] ${message}`),
    ...options,
    signal: controller.signal,
  }).catch((error: unknown) => console.error("[worker] stopped:", error));
  return {
    stop: async () => {
      controller.abort();
      await done;
    },
  };
}
