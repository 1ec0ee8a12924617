import type { Command } from "commander";
import { AppError } from "../../lib/errors.ts";
import { listImportRuns, readImportRun, readImportSummary, type ImportRunProgress } from "../../lib/jobs/import-runs.ts";
import { retryImportRun } from "../../lib/jobs/import-job.ts";
import { allJobHandlers, startBackgroundWorker } from "../../lib/jobs/start-worker.ts";
import { runWorker } from "../../lib/jobs/worker.ts";
import { openDb } from "../open-db.ts";

export function registerWorkerCommands(program: Command): void {
  program
    .command("worker")
    .description("Work background jobs (imports) until stopped with Ctrl+C or SIGTERM; several workers may run against one database.")
    .option("--concurrency <n>", "jobs at once", "1")
    .option("--until-idle", "exit once no job is due")
    .option("--db <path>", "SQLite database file (default: DATABASE_URL or data/parallax.db)")
    .action(async (flags: { concurrency: string; untilIdle?: boolean; db?: string }) => {
      const concurrency = Number(flags.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) throw new AppError("INVALID_ARGUMENT", "--concurrency takes a whole number from 1 to 16.");
      const { db, url } = await openDb(flags.db);
      try {
        if (flags.untilIdle) {
          await runWorker({ db, handlers: allJobHandlers(), concurrency, log: (message) => console.error(message), stopWhenIdle: async () => true });
          return;
        }
        console.error(`worker on ${url.startsWith("file:") ? url : url.replace(/\/\/[^@/]*@/, "//…@")}: waiting for jobs (Ctrl+C to stop: the job in hand goes back to the queue)`);
        const worker = startBackgroundWorker(db, { concurrency });
        await new Promise<void>((resolve) => {
          process.once("SIGINT", resolve);
          process.once("SIGTERM", resolve);
        });
        await worker.stop();
      } finally {
        await db.$disconnect();
      }
    });

  program
    .command("runs")
    .description("Import runs: the latest ones, or one in full; --retry queues a failed run's jobs again.")
    .argument("[runId]", "one run")
    .option("--retry", "put the run's failed jobs back in the queue")
    .option("--items", "with a run: every item (file, JSONL line…) and what became of it")
    .option("--json", "print JSON (shape in README)")
    .option("--db <path>", "SQLite database file (default: DATABASE_URL or data/parallax.db)")
    .action(async (runId: string | undefined, flags: { retry?: boolean; items?: boolean; json?: boolean; db?: string }) => {
      const { db } = await openDb(flags.db);
      try {
        if (flags.retry) {
          if (!runId) throw new AppError("INVALID_ARGUMENT", "--retry needs a run id.");
          const retried = await retryImportRun(db, runId);
          if (!flags.json) console.log(`${retried} failed job${retried === 1 ? "" : "s"} of run ${runId} queued again.`);
        }
        const runs = runId ? [await readImportRun(db, runId)].filter((run): run is ImportRunProgress => run !== null) : await listImportRuns(db);
        if (runId && runs.length === 0) throw new AppError("NOT_FOUND", `no import run ${runId}`);
        const items = runId && flags.items ? (await readImportSummary(db, runId)).items : null;
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(runId ? { ...runs[0], ...(items ? { items } : {}) } : { runs })}\n`);
          return;
        }
        for (const run of runs) {
          const share = run.total > 0 ? ` (${Math.round((100 * run.settled) / run.total)}%)` : "";
          console.log(`${run.id}  ${run.status.padEnd(8)}  ${run.settled}/${run.total}${share}  ${run.imported} imported, ${run.duplicates} duplicates, ${run.rejected} rejected  ${run.label}`);
          if (run.error) console.log(`    ${run.error}`);
        }
        for (const item of items ?? []) console.log(`  ${item.status.padEnd(9)}  ${item.label}${item.errorCode && item.status === "rejected" ? `  ${item.errorCode}: ${item.message}` : ""}`);
      } finally {
        await db.$disconnect();
      }
    });
}
