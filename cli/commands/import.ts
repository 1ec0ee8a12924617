import type { Command } from "commander";
import { SingleBar, Presets } from "cli-progress";
import { groupNewArticles, type GroupArticlesResult } from "../../lib/events/group-articles.ts";
import { ensureEventStats } from "../../lib/report/outlets/event-stats.ts";
import { importInputs, type ImportSummary } from "../../lib/ingest/import-inputs.ts";
import { AppError } from "../../lib/errors.ts";
import { openDb } from "../open-db.ts";
import { presentImportedArticles } from "../present-articles.ts";

interface ImportFlags {
  outlet?: string;
  /** commander's --no-group: true unless the flag is given */
  group: boolean;
  json?: boolean;
  db?: string;
}

export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description("Import articles from files or folders (.txt .md .html .htm .jsonl) or http(s) URLs.")
    .argument("<paths...>", "files, folders or URLs")
    .option("--outlet <name>", "outlet of every article that does not name its own")
    .option("--json", "print one JSON object for the run (shape in README)")
    .option("--no-group", "store the articles without putting them into events (run `parallax events regroup` later)")
    .option("--db <path>", "SQLite database file (default: DATABASE_URL or data/parallax.db)")
    .action(async (paths: string[], flags: ImportFlags) => {
      const { db, url } = await openDb(flags.db);
      try {
        const sources = paths.map((value) =>
          /^https?:\/\//i.test(value) ? { kind: "url" as const, url: value } : { kind: "path" as const, path: value },
        );
        const bar = !flags.json && process.stderr.isTTY ? new SingleBar({ format: "importing [{bar}] {value}/{total} {label}", hideCursor: true }, Presets.shades_classic) : null;
        bar?.start(1, 0, { label: "" });
        const summary = await importInputs(db, sources, {
          origin: "cli",
          outletHint: flags.outlet,
          onProgress: (done, total, item) => {
            bar?.setTotal(total);
            bar?.update(done, { label: item.label.slice(-40) });
          },
        });
        bar?.stop();
        const importedIds = summary.items.flatMap((item) => (item.status === "imported" && item.articleId ? [item.articleId] : []));
        if (!flags.json && flags.group && importedIds.length > 0) process.stderr.write(`grouping ${importedIds.length} articles into events…\n`);
        const grouping = flags.group && importedIds.length > 0 ? await groupNewArticles(db, { articleIds: importedIds }) : null;
        // the outlet figures of the events that changed, now rather than on someone's first page view
        if (grouping) {
          const changed = [...new Set(grouping.assignments.values())];
          if (!flags.json) process.stderr.write(`updating the outlet figures of ${changed.length} event${changed.length === 1 ? "" : "s"}…\n`);
          await ensureEventStats(db, changed);
        }
        if (flags.json) {
          const articles = await presentImportedArticles(db, summary.items.flatMap((item) => (item.articleId ? [item.articleId] : [])));
          const events = grouping ? { grouped: grouping.grouped, joined: grouping.joined, created: grouping.created, assignments: Object.fromEntries(grouping.assignments) } : null;
          process.stdout.write(`${JSON.stringify({ database: url, ...summary, events, articles })}\n`);
        } else {
          printSummary(summary);
          if (grouping) printGrouping(grouping);
        }
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

function printGrouping(grouping: GroupArticlesResult): void {
  console.log(`${grouping.grouped} grouped into events: ${grouping.joined} joined an existing event, ${grouping.created} new events (see \`parallax events\`)`);
}
