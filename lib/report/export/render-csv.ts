// The report as a spreadsheet: one row per claim × outlet, with what the outlet said, its mark, the
// verdict that applies (the outlet's own cell verdict, else the claim-wide one) and its evidence
// links. Written by csv-stringify (RFC 4180 quoting, CRLF), so quotes, commas and newlines in
// article text survive any CSV reader.

import { stringify } from "csv-stringify/sync";
import type { CellMark, RowMark } from "../../claims/align/types.ts";
import type { EventReport } from "./event-report-model.ts";
import { claimPageUrl } from "./report-publisher.ts";
import { evidenceUrls, type ReportVerdict } from "./report-verdict.ts";

export const CSV_COLUMNS = [
  "event_id",
  "event_title",
  "claim_id",
  "claim",
  "claim_kind",
  "claim_mark",
  "outlet",
  "article_id",
  "article_url",
  "published",
  "value",
  "mark",
  "verdict",
  "rating_value",
  "verdict_scope",
  "verdict_summary",
  "evidence_urls",
  "reviewed_by",
  "reviewed_at",
  "claim_url",
] as const;

export type CsvRecord = Record<(typeof CSV_COLUMNS)[number], string>;

export interface CsvClaimCell {
  eventId: string;
  eventTitle: string;
  claimId: string;
  claim: string;
  kind: string;
  claimMark: RowMark | "";
  outlet: string;
  articleId: string;
  articleUrl: string | null;
  published: string | null;
  value: string;
  mark: CellMark | "";
  /** the outlet's cell verdict, else the claim's; null when unreviewed */
  verdict: ReportVerdict | null;
  /** the claim's page, reviewed or not */
  claimUrl: string;
}

// A cell opened in a spreadsheet that starts with = + - @ (or a tab/CR) runs as a formula: article
// and reviewer text is untrusted, so such a cell gets a leading apostrophe (OWASP's advice), which
// spreadsheets hide and CSV parsers keep. Plain numbers ("-3") are left alone.
function neutralize(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !/^-?\d+(?:[.,]\d+)?$/.test(value) ? `'${value}` : value;
}

export function csvRecord(cell: CsvClaimCell): CsvRecord {
  const verdict = cell.verdict;
  return {
    event_id: cell.eventId,
    event_title: cell.eventTitle,
    claim_id: cell.claimId,
    claim: cell.claim,
    claim_kind: cell.kind,
    claim_mark: cell.claimMark,
    outlet: cell.outlet,
    article_id: cell.articleId,
    article_url: cell.articleUrl ?? "",
    published: cell.published ?? "",
    value: cell.value,
    mark: cell.mark,
    verdict: verdict?.rating ?? "",
    rating_value: verdict?.ratingValue === null || verdict === null ? "" : String(verdict.ratingValue),
    verdict_scope: verdict ? (verdict.articleId ? "outlet" : "claim") : "",
    verdict_summary: verdict?.summary ?? "",
    evidence_urls: verdict ? evidenceUrls(verdict).join(" ") : "",
    reviewed_by: verdict ? [...new Set([verdict.reviewedBy, verdict.updatedBy])].join("; ") : "",
    reviewed_at: verdict?.updatedAt ?? "",
    claim_url: cell.claimUrl,
  };
}

export function renderCsv(cells: CsvClaimCell[]): string {
  const records = cells.map((cell) => {
    const record = csvRecord(cell);
    return CSV_COLUMNS.map((column) => neutralize(record[column]));
  });
  return stringify(records, { header: true, columns: [...CSV_COLUMNS], record_delimiter: "windows", bom: true });
}

/** every claim of the report's table × every outlet column */
export function eventCsvCells(report: EventReport): CsvClaimCell[] {
  const columnOf = new Map(report.columns.map((column) => [column.articleId, column]));
  return report.rows.flatMap((row) =>
    row.cells.map((cell) => {
      const column = columnOf.get(cell.articleId);
      return {
        eventId: report.event.id,
        eventTitle: report.event.title,
        claimId: row.id,
        claim: row.label,
        kind: row.kind,
        claimMark: row.mark,
        outlet: cell.outlet,
        articleId: cell.articleId,
        articleUrl: column?.url ?? null,
        published: column?.published ?? null,
        value: cell.value,
        mark: cell.mark,
        verdict: row.cellVerdicts.find((verdict) => verdict.articleId === cell.articleId) ?? row.verdict,
        claimUrl: claimPageUrl(report.publisher.siteUrl, report.event.id, row.id),
      };
    }),
  );
}
