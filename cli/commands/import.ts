import type { Command } from "commander";
import { SingleBar, Presets } from "cli-progress";
import { workImportRun, type ImportSummary } from "../../lib/ingest/import-inputs.ts";
import { startImport } from "../../lib/jobs/import-job.ts";
import { readImportRun, readImportSummary, readRunEvents } from "../../lib/jobs/import-runs.ts";
import { AppError } from "../../lib/errors.ts";
import { openDb } from "../open-db.ts";
import { presentImportedArticles } from "../present-articles.ts";

interface ImportFlags {
  outlet?: string;
  /** commander's --no-group: true unless the flag is given */
  group: boolean;
  detach?: boolean;
  json?: boolean;
  db?: string;
}

export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description("Import articles from files or folders (.txt .md .html .htm .jsonl) or http(s) URLs, as a background job worked here unless --detach.")
    .argument("<paths...>", "files, folders or URLs")
    .option("--outlet <name>", "outlet of every article that does not name its own")
    .option("--json", "print one JSON object for the run (shape in README)")
    .option("--no-group", "store the articles without putting them into events (run `parallax events regroup` later)")
    .option("--detach", "read the inputs, queue the run and return: a worker (`parallax worker` or the web app) stores them; follow it with `parallax runs RUN`")
    .option("--db <path>", "SQLite database file (default: DATABASE_URL or data/parallax.db)")
    .action(async (paths: string[], flags: ImportFlags) => {
      const { db, url } = await openDb(flags.db);
      try {
        const sources = paths.map((value) =>
          /^https?:\/\//i.test(value) ? { kind: "url" as const, url: value } : { kind: "path" as const, path: value },
        );
        const bar = !flags.json && process.stderr.isTTY ? new SingleBar({ format: "{phase} [{bar}] {value}/{total}", hideCursor: true }, Presets.shades_classic) : null;
        bar?.start(1, 0, { phase: "reading " });
        const runId = await startImport(db, sources, {
          origin: "cli",
          outletHint: flags.outlet,
          group: flags.group,
          createdBy: "cli",
          onRead: (read) => {
            bar?.setTotal(Math.max(1, read));
            bar?.update(0);
          },
        });
        if (flags.detach) {
          bar?.stop();
          const run = (await readImportRun(db, runId))!;
          if (flags.json) process.stdout.write(`${JSON.stringify({ database: url, runId, status: run.status, total: run.total })}\n`);
          else console.log(`run ${runId} queued: ${run.total} items in ${run.chunkCount} chunks. A worker stores them (\`parallax worker\`, or the web app); follow it with \`parallax runs ${runId}\`.`);
          return;
        }
        bar?.update(0, { phase: "storing " });
        await workImportRun(db, runId, {
          onProgress: (settled, total) => {
            bar?.setTotal(Math.max(1, total));
            bar?.update(settled, { phase: settled === total && flags.group ? "grouping" : "storing " });
          },
        });
        bar?.stop();
        const run = (await readImportRun(db, runId))!;
        const summary = await readImportSummary(db, runId);
        const assignments = run.grouping ? await readRunEvents(db, runId) : null;
        if (run.grouping && !flags.json) process.stderr.write(`updated the outlet figures of ${new Set([...(assignments?.values() ?? [])].map((entry) => entry.eventId)).size} events\n`);
        if (flags.json) {
          const articles = await presentImportedArticles(db, summary.items.flatMap((item) => (item.articleId ? [item.articleId] : [])));
          const events = run.grouping && assignments ? { ...run.grouping, assignments: Object.fromEntries([...assignments].map(([articleId, entry]) => [articleId, entry.eventId])) } : null;
          process.stdout.write(`${JSON.stringify({ database: url, ...summary, events, articles })}\n`);
        } else {
          printSummary(summary);
          if (run.grouping) printGrouping(run.grouping);
        }
        if (run.status === "failed") throw new AppError("INTERNAL", `import run ${runId} failed: ${run.error ?? "unknown error"}`);
        if (summary.imported + summary.duplicates === 0 && summary.rejected > 0) {
          throw new AppError("INVALID_ARGUMENT", "nothing was imported: every input was rejected (see above).");
        }
      } finally {
        await db.$disconnect();
      }
    });
}

/** Above this many inputs, imported ones are counted, not listed: duplicates and rejections always are. */
const LIST_IMPORTED_UP_TO = 25;

function printSummary(summary: ImportSummary): void {
  const listImported = summary.items.length <= LIST_IMPORTED_UP_TO;
  for (const item of summary.items) {
    if (item.status === "imported" && !listImported) continue;
    if (item.status === "imported") console.log(`  imported   ${item.label}  →  ${item.headline ?? ""} [${item.outlet ?? "no outlet"}, ${item.language ?? "?"}]`);
    else if (item.status === "duplicate") console.log(`  duplicate  ${item.label}  (same text as article ${item.duplicateOfId})`);
    else console.log(`  rejected   ${item.label}  ${item.errorCode}: ${item.message}`);
  }
  console.log(`${summary.imported} imported, ${summary.duplicates} duplicates, ${summary.rejected} rejected (run ${summary.runId})`);
}

function printGrouping(grouping: { grouped: number; joined: number; created: number }): void {
  console.log(`${grouping.grouped} grouped into events: ${grouping.joined} joined an existing event, ${grouping.created} new events (see \`parallax events\`)`);
}
