// The one way articles come in: every source (pasted text, uploaded files, paths, URLs) goes
// through an import run and its jobs (lib/jobs/import-job.ts). `importInputs` is that run worked
// to the end in the calling process, for the CLI, the import form's small imports, benches and
// tests; large web uploads queue the same run and return at once (app/import). One bad input never
// stops the others: it is reported with its reason, and nothing of it is stored.

import type { Db } from "../db/client.ts";
import type { ErrorCode } from "../errors.ts";
import { importJobHandlers, startImport, type StartImportOptions } from "../jobs/import-job.ts";
import { isFinished, readImportSummary } from "../jobs/import-runs.ts";
import { runWorker } from "../jobs/worker.ts";
import type { OutletGazetteer } from "./outlets/gazetteer.ts";
import type { InputSource } from "./read/read-source.ts";

export type ImportStatus = "imported" | "duplicate" | "rejected";

export interface ImportItemResult {
  label: string;
  status: ImportStatus;
  articleId?: string;
  duplicateOfId?: string;
  errorCode?: ErrorCode;
  message?: string;
  headline?: string;
  outlet?: string | null;
  language?: string | null;
}

export interface ImportSummary {
  runId: string;
  imported: number;
  duplicates: number;
  rejected: number;
  items: ImportItemResult[];
}

export interface ImportInputsOptions extends StartImportOptions {
  gazetteer?: OutletGazetteer;
}

/**
 * Imports the sources and waits for the run to finish, working its jobs here (another worker on
 * the same database may take some of them: the result is the same). The run and its per-item
 * results are recorded for the import pages.
 */
export async function importInputs(db: Db, sources: InputSource[], options: ImportInputsOptions): Promise<ImportSummary> {
  const runId = await startImport(db, sources, options);
  await workImportRun(db, runId, { gazetteer: options.gazetteer });
  return readImportSummary(db, runId);
}

/** Works a run's jobs in this process until the run is done or failed. */
export async function workImportRun(db: Db, runId: string, options: { gazetteer?: OutletGazetteer; onProgress?: (settled: number, total: number) => void } = {}): Promise<void> {
  let last = -1;
  await runWorker({
    db,
    handlers: importJobHandlers({ gazetteer: options.gazetteer }),
    scope: runId,
    idleMs: 100,
    log: (message) => console.error(message),
    stopWhenIdle: async () => {
      const run = await db.importRun.findUnique({ where: { id: runId }, select: { status: true, settled: true, total: true } });
      if (!run) return true;
      if (run.settled !== last) {
        last = run.settled;
        options.onProgress?.(run.settled, run.total);
      }
      return isFinished(run.status);
    },
  });
}
