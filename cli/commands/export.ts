import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { z } from "zod";
import { AppError } from "../../lib/errors.ts";
import { exportEventReport, exportOutletReport, REPORT_FORMATS, ZReportFormat } from "../../lib/report/export/export-report.ts";
import { closeSharedPdfRenderer } from "../../lib/report/export/render-pdf.ts";
import { openDb } from "../open-db.ts";

const ZExportFlags = z.object({
  format: ZReportFormat,
  outlet: z.string().trim().min(1).max(200).optional(),
  out: z.string().trim().min(1).optional(),
  json: z.boolean().optional(),
  db: z.string().optional(),
});

export function registerExportCommand(program: Command): void {
  program
    .command("export")
    .description("Export the fact-check report of an event (or of an outlet, --outlet) as HTML, Markdown, PDF, CSV or ClaimReview JSON-LD.")
    .argument("[eventId]", "an event id from `parallax events`")
    .requiredOption("--format <format>", REPORT_FORMATS.join(" | "))
    .option("--outlet <name>", "the report of one outlet (slug, name or alias) instead of an event")
    .option("--out <file>", "write to this file (default: stdout for text formats; a file in the current folder for pdf)")
    .option("--json", "print {format, path, bytes, eventId | outlet} about the written file")
    .option("--db <path>", "SQLite database file (default: DATABASE_URL or data/parallax.db)")
    .action(async (eventId: string | undefined, rawFlags: unknown) => {
      const parsed = ZExportFlags.safeParse(rawFlags);
      if (!parsed.success) throw new AppError("INVALID_ARGUMENT", parsed.error.issues[0]?.message ?? "Invalid options.");
      const flags = parsed.data;
      if (Boolean(eventId) === Boolean(flags.outlet)) throw new AppError("INVALID_ARGUMENT", "give an event id or --outlet NAME (one of them).");
      const { db } = await openDb(flags.db);
      try {
        const report = flags.outlet ? await exportOutletReport(db, { outlet: flags.outlet, format: flags.format }) : await exportEventReport(db, { eventId: eventId!, format: flags.format });
        // a PDF on a terminal is noise, and --json owns stdout: both go to a file
        const target = flags.out ?? (flags.format === "pdf" || flags.json ? report.fileName : null);
        const bytes = Buffer.byteLength(report.body);
        if (target) {
          writeFileSync(target, report.body);
          if (!flags.json) process.stderr.write(`wrote ${target} (${bytes.toLocaleString("en")} bytes)\n`);
        } else {
          process.stdout.write(report.body);
        }
        if (flags.json) {
          const subject = flags.outlet ? { outlet: flags.outlet } : { eventId };
          process.stdout.write(`${JSON.stringify({ format: flags.format, path: path.resolve(target!), bytes, contentType: report.contentType, ...subject })}\n`);
        }
      } finally {
        // the shared Chromium of a PDF export would keep the process alive until its idle close
        await closeSharedPdfRenderer();
        await db.$disconnect();
      }
    });
}
