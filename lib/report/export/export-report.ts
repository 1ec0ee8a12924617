// One entry point per report (an event's, an outlet's) for the CLI and the routes: the format
// decides the renderer, the content type and the file name, so both surfaces name and type a
// download the same way.

import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { buildEventReport } from "./event-report-model.ts";
import { buildOutletReport, type OutletReport, type OutletSummarizer } from "./outlet-report-model.ts";
import { renderClaimReview } from "./render-claimreview.ts";
import { eventCsvCells, renderCsv, type CsvClaimCell } from "./render-csv.ts";
import { renderHtml } from "./render-html.ts";
import { renderMarkdown } from "./render-markdown.ts";
import { renderOutletHtml, renderOutletMarkdown } from "./render-outlet-report.ts";
import { renderPdf } from "./render-pdf.ts";
import { claimPageUrl } from "./report-publisher.ts";
import { slugify } from "./report-text.ts";
import { summarizeOutlet } from "../outlets/summarize-outlet.ts";

export const REPORT_FORMATS = ["html", "md", "pdf", "csv", "claimreview"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const ZReportFormat = z.enum(REPORT_FORMATS, { message: `The format must be one of ${REPORT_FORMATS.join(", ")}.` });

const TYPES: Record<ReportFormat, { contentType: string; extension: string }> = {
  html: { contentType: "text/html; charset=utf-8", extension: "html" },
  md: { contentType: "text/markdown; charset=utf-8", extension: "md" },
  pdf: { contentType: "application/pdf", extension: "pdf" },
  csv: { contentType: "text/csv; charset=utf-8", extension: "csv" },
  claimreview: { contentType: "application/ld+json; charset=utf-8", extension: "claimreview.jsonld" },
};

export interface ExportedReport {
  format: ReportFormat;
  body: string | Buffer;
  contentType: string;
  fileName: string;
}

const day = (iso: string) => iso.slice(0, 10);

function exported(format: ReportFormat, body: string | Buffer, name: string, generatedAt: string): ExportedReport {
  const { contentType, extension } = TYPES[format];
  return { format, body, contentType, fileName: `${name}-${day(generatedAt)}.${extension}` };
}

export interface ExportEventReportOptions {
  eventId: string;
  format: ReportFormat;
  /** the user asking, for the one-PDF-at-a-time limit of the shared printer (none from the CLI) */
  requestedBy?: string;
  now?: Date;
}

export async function exportEventReport(db: Db, options: ExportEventReportOptions): Promise<ExportedReport> {
  const report = await buildEventReport(db, { eventId: options.eventId, now: options.now });
  const name = `fact-check-${slugify(report.event.title)}`;
  const render = {
    html: () => renderHtml(report),
    md: () => renderMarkdown(report),
    csv: () => renderCsv(eventCsvCells(report)),
    claimreview: () => renderClaimReview({ verdicts: report.verdicts, publisher: report.publisher }),
    pdf: () => renderPdf(renderHtml(report), { footerText: `${report.publisher.name} · ${report.event.title}`, requestedBy: options.requestedBy }),
  }[options.format];
  return exported(options.format, await render(), name, report.generatedAt);
}

/** one row per reviewed claim of the outlet: the outlet's own cell in it */
function outletCsvCells(report: OutletReport): CsvClaimCell[] {
  return report.verdicts.map((verdict) => ({
    eventId: verdict.eventId,
    eventTitle: verdict.eventTitle,
    claimId: verdict.rowId,
    claim: verdict.claimLabel,
    kind: verdict.claimKind,
    claimMark: verdict.rowMark ?? "",
    outlet: report.outlet.name,
    articleId: verdict.article?.articleId ?? verdict.articleId,
    articleUrl: verdict.article?.url ?? null,
    published: verdict.article?.published ?? null,
    value: verdict.outletValue,
    mark: verdict.outletMark ?? "",
    verdict,
    claimUrl: claimPageUrl(report.publisher.siteUrl, verdict.eventId, verdict.rowId),
  }));
}

export interface ExportOutletReportOptions {
  outlet: string;
  format: ReportFormat;
  /** the outlet's figures; summarizeOutlet of lib/report/outlets unless a test gives its own */
  summarize?: OutletSummarizer;
  /** the user asking, for the one-PDF-at-a-time limit of the shared printer (none from the CLI) */
  requestedBy?: string;
  now?: Date;
}

export async function exportOutletReport(db: Db, options: ExportOutletReportOptions): Promise<ExportedReport> {
  const report = await buildOutletReport(db, { outlet: options.outlet, summarize: options.summarize ?? summarizeOutlet, now: options.now });
  const name = `outlet-report-${report.outlet.slug}`;
  const render = {
    html: () => renderOutletHtml(report),
    md: () => renderOutletMarkdown(report),
    csv: () => renderCsv(outletCsvCells(report)),
    claimreview: () => renderClaimReview({ verdicts: report.verdicts, publisher: report.publisher }),
    pdf: () => renderPdf(renderOutletHtml(report), { footerText: `${report.publisher.name} · ${report.outlet.name}`, requestedBy: options.requestedBy }),
  }[options.format];
  return exported(options.format, await render(), name, report.generatedAt);
}
