import type { Command } from "commander";
import { comparisonToMarkdown } from "../../lib/claims/align/comparison-markdown.ts";
import { compareEvent } from "../../lib/claims/align/compare-event.ts";
import type { CompareRow } from "../../lib/claims/align/types.ts";
import { AppError } from "../../lib/errors.ts";
import { openDb } from "../open-db.ts";

interface CompareFlags {
  with?: string[];
  json?: boolean;
  markdown?: boolean;
  statements?: boolean;
  db?: string;
}

const MARKS: Record<CompareRow["mark"], string> = { agree: "agree   ", conflict: "CONFLICT", partial: "partial ", single: "single  " };

export function registerCompareCommand(program: Command): void {
  program
    .command("compare")
    .description("Compare what each outlet claims about one event: one row per claim, one column per outlet, agree / conflict / partial / only one outlet.")
    .argument("<eventId>", "an event id from `parallax events`")
    .option("--with <eventIds...>", "related events to compare side by side with it")
    .option("--no-statements", "leave out the sentence-by-sentence matching")
    .option("--json", "print the comparison as JSON (shape in README)")
    .option("--markdown", "print the comparison as a Markdown table")
    .option("--db <path>", "SQLite database file (default: DATABASE_URL or data/parallax.db)")
    .action(async (eventId: string, flags: CompareFlags) => {
      if (flags.json && flags.markdown) throw new AppError("INVALID_ARGUMENT", "choose one of --json and --markdown.");
      const { db } = await openDb(flags.db);
      try {
        const comparison = await compareEvent(db, { eventId, withEventIds: flags.with ?? [], statements: flags.statements });
        const title = comparison.events.map((event) => event.title).join(" / ");
        if (flags.json) process.stdout.write(`${JSON.stringify({ comparison })}\n`);
        else if (flags.markdown) process.stdout.write(comparisonToMarkdown(comparison, title));
        else printComparison(comparison, title);
      } finally {
        await db.$disconnect();
      }
    });
}

function printComparison(comparison: Awaited<ReturnType<typeof compareEvent>>, title: string): void {
  console.log(title);
  console.log(`columns: ${comparison.columns.map((column, index) => `[${index + 1}] ${column.outlet} (${column.language ?? "?"}, ${column.published ?? "undated"})`).join("  ")}`);
  for (const row of comparison.rows) {
    const cells = row.cells.map((cell, index) => `[${index + 1}] ${cell.values.length === 0 ? "—" : cell.values.map((value) => value.label).join("; ").slice(0, 60)}`);
    console.log(`${MARKS[row.mark]}  ${row.label}`);
    console.log(`          ${cells.join("   ")}`);
    if (row.mark === "conflict" || row.mark === "partial") console.log(`          ${row.explanation}`);
  }
  const { agree, conflict, partial, single } = comparison.counts;
  console.log(`${comparison.rows.length} claims: ${agree} agree, ${conflict} conflict, ${partial} partial, ${single} single`);
}
