// One model of an event's fact-check report, which every format renders: the comparison
// (lib/claims/align) with its marks, the verdicts and who gave them (lib/review), the diffs that
// matter, reused wire copy and each outlet's figures for this event. Built once per export, so
// HTML, Markdown, CSV, ClaimReview and PDF can never disagree about what was found.

import { compareEvent, type CopiedPassageDiff } from "../../claims/align/compare-event.ts";
import type { CellMark, CompareCell, CompareRow, DiffSegment, RowKind, RowMark } from "../../claims/align/types.ts";
import type { Db } from "../../db/client.ts";
import { listEventVerdicts } from "../../review/verdict-queries.ts";
import { VERDICT_RATINGS, type VerdictRating } from "../../review/verdict-scale.ts";
import { reportPublisher, type ReportPublisher } from "./report-publisher.ts";
import { presentReportVerdict, reviewersOf, type ReportArticle, type ReportVerdict } from "./report-verdict.ts";

export interface ReportCell {
  articleId: string;
  outlet: string;
  mark: CellMark;
  /** the values in words ("about 2,000 trucks"), or the quoted words; "" when not mentioned */
  value: string;
}

export interface ReportRow {
  id: string;
  kind: RowKind;
  label: string;
  mark: RowMark;
  explanation: string;
  cells: ReportCell[];
  verdict: ReportVerdict | null;
  cellVerdicts: ReportVerdict[];
}

export interface ReportDiff {
  rowId: string;
  label: string;
  mark: RowMark;
  explanation: string;
  versions: { outlet: string; againstOutlet: string; similarity: number; segments: DiffSegment[] }[];
}

export interface ReportCopy {
  outlet: string;
  sourceOutlet: string;
  similarity: number;
  words: number;
  /** the reusing outlet's words against the source's */
  segments: DiffSegment[];
}

export interface OutletFigures extends ReportArticle {
  /** counted over the claims of the report's table */
  reported: number;
  marks: Record<CellMark, number>;
  /** verdicts on this outlet's cells, and claim-wide verdicts on claims it reports */
  verdicts: { rating: VerdictRating; count: number }[];
}

export interface EventReport {
  event: { id: string; title: string; articleCount: number; firstDay: string | null; lastDay: string | null; place: string | null; languages: string[] };
  columns: ReportArticle[];
  /** the table: every claim but sentences only one outlet carries; past WIDE_TABLE outlets, as the compare page does, no single-outlet claims and only the most widely shared sentences (reviewed claims always stay) */
  rows: ReportRow[];
  /** claims of the comparison left out of the table */
  leftOutClaims: number;
  counts: Record<RowMark, number>;
  verdicts: ReportVerdict[];
  diffs: ReportDiff[];
  /** conflicting or partial quotes/statements beyond the ones shown */
  moreDiffs: number;
  copies: ReportCopy[];
  outlets: OutletFigures[];
  reviewers: { names: string[]; first: string | null; last: string | null };
  publisher: ReportPublisher;
  links: { event: string; compare: string };
  generatedAt: string;
}

export interface BuildEventReportOptions {
  eventId: string;
  publisher?: ReportPublisher;
  /** the report's own timestamp (tests pin it) */
  now?: Date;
}

/** a report is read, not scrolled: past these, the compare page has the rest */
export const MAX_DIFF_ROWS = 12;
export const MAX_DIFF_VERSIONS = 6;
export const MAX_COPIES = 10;
/** the compare page's rule for a wide event (app/events/[id]/compare): from this many outlets on… */
export const WIDE_TABLE = 8;
/** …the table keeps the claims of several outlets, and this many shared sentences */
export const WIDE_STATEMENTS = 12;

const cellValue = (cell: CompareCell) => (cell.mark === "omitted" ? "" : (cell.text ?? cell.values.map((value) => value.label).join("; ")));

export async function buildEventReport(db: Db, options: BuildEventReportOptions): Promise<EventReport> {
  const publisher = options.publisher ?? reportPublisher();
  const [comparison, stored, event] = await Promise.all([
    compareEvent(db, { eventId: options.eventId }),
    listEventVerdicts(db, options.eventId),
    db.event.findUnique({ where: { id: options.eventId }, select: { firstDay: true, lastDay: true, placeLabel: true, languages: true } }),
  ]);
  const title = comparison.events[0]?.title ?? "";
  const columns: ReportArticle[] = comparison.columns.map((column) => ({
    articleId: column.articleId,
    outlet: column.outlet,
    outletSlug: column.outletSlug,
    headline: column.headline,
    url: null,
    published: column.published,
    language: column.language,
  }));
  // urls are not part of the comparison's columns; verdicts may also name articles no column shows
  const wanted = [...new Set([...columns.map((column) => column.articleId), ...stored.map((verdict) => verdict.articleId).filter(Boolean)])];
  const stories = await db.article.findMany({
    where: { id: { in: wanted } },
    select: { id: true, headline: true, url: true, publishedAt: true, language: true, outlet: { select: { name: true, slug: true } } },
  });
  const articleOf = new Map(
    stories.map((story) => [
      story.id,
      { articleId: story.id, outlet: story.outlet?.name ?? "Unknown outlet", outletSlug: story.outlet?.slug ?? null, headline: story.headline, url: story.url, published: story.publishedAt, language: story.language },
    ]),
  );
  for (const column of columns) column.url = articleOf.get(column.articleId)?.url ?? null;
  const outletOf = new Map(columns.map((column) => [column.articleId, column.outlet]));
  const rowOf = new Map(comparison.rows.map((row) => [row.id, row]));

  const appearancesOf = (rowId: string, articleId: string): ReportArticle[] => {
    if (articleId) return articleOf.has(articleId) ? [articleOf.get(articleId)!] : [];
    const row = rowOf.get(rowId);
    return row ? row.cells.filter((cell) => cell.mark !== "omitted").map((cell) => articleOf.get(cell.articleId)!).filter(Boolean) : [];
  };
  const verdicts = stored.map((verdict) =>
    presentReportVerdict(verdict, { eventTitle: title, siteUrl: publisher.siteUrl, rowMark: rowOf.get(verdict.rowId)?.mark ?? null, appearances: appearancesOf(verdict.rowId, verdict.articleId) }),
  );
  const reviewed = new Set(verdicts.map((verdict) => verdict.rowId));
  const rows: ReportRow[] = tableRows(comparison.rows, reviewed, columns.length >= WIDE_TABLE).map((row) => ({
    id: row.id,
    kind: row.kind,
    label: row.label,
    mark: row.mark,
    explanation: row.explanation,
    cells: row.cells.map((cell) => ({ articleId: cell.articleId, outlet: outletOf.get(cell.articleId) ?? "", mark: cell.mark, value: cellValue(cell) })),
    verdict: verdicts.find((verdict) => verdict.rowId === row.id && verdict.articleId === "") ?? null,
    cellVerdicts: verdicts.filter((verdict) => verdict.rowId === row.id && verdict.articleId !== ""),
  }));
  // verdicts in the table's order, a claim's own verdict before its outlets'; those whose row is gone last
  const order = new Map(rows.map((row, index) => [row.id, index]));
  verdicts.sort((a, b) => (order.get(a.rowId) ?? rows.length) - (order.get(b.rowId) ?? rows.length) || a.articleId.localeCompare(b.articleId));

  const { diffs, moreDiffs } = diffsThatMatter(comparison.rows, reviewed, outletOf);
  return {
    event: {
      id: options.eventId,
      title,
      articleCount: comparison.events[0]?.articleCount ?? columns.length,
      firstDay: event?.firstDay ?? null,
      lastDay: event?.lastDay ?? null,
      place: event?.placeLabel ?? null,
      languages: Array.isArray(event?.languages) ? (event.languages as string[]) : [],
    },
    columns,
    rows,
    leftOutClaims: comparison.rows.length - rows.length,
    counts: comparison.counts,
    verdicts,
    diffs,
    moreDiffs,
    copies: comparison.copies.slice(0, MAX_COPIES).map((copy) => presentCopy(copy, outletOf)),
    outlets: columns.map((column) => outletFigures(column, rows)),
    reviewers: reviewersOf(verdicts),
    publisher,
    links: { event: `${publisher.siteUrl}/events/${encodeURIComponent(options.eventId)}`, compare: `${publisher.siteUrl}/events/${encodeURIComponent(options.eventId)}/compare` },
    generatedAt: (options.now ?? new Date()).toISOString(),
  };
}

const carried = (row: CompareRow) => row.cells.filter((cell) => cell.mark !== "omitted").length;

function tableRows(rows: CompareRow[], reviewed: Set<string>, wide: boolean): CompareRow[] {
  const shared = rows.filter((row) => row.kind === "statement" && row.mark !== "single").sort((a, b) => carried(b) - carried(a));
  const keptStatements = new Set((wide ? shared.slice(0, WIDE_STATEMENTS) : shared).map((row) => row.id));
  return rows.filter((row) => reviewed.has(row.id) || (row.kind === "statement" ? keptStatements.has(row.id) : !wide || row.mark !== "single"));
}

/**
 * Quotes and sentences whose wording differs (conflict or partial) are where outlets changed what
 * someone said: reviewed ones first, then quotes before statements, then the most widely carried.
 */
function diffsThatMatter(rows: CompareRow[], reviewed: Set<string>, outletOf: Map<string, string>): { diffs: ReportDiff[]; moreDiffs: number } {
  const candidates = rows
    .filter((row) => (row.kind === "quote" || row.kind === "statement") && (row.mark === "conflict" || row.mark === "partial") && (row.diffs?.length ?? 0) > 0)
    .sort((a, b) => Number(reviewed.has(b.id)) - Number(reviewed.has(a.id)) || Number(b.kind === "quote") - Number(a.kind === "quote") || carried(b) - carried(a));
  const diffs = candidates.slice(0, MAX_DIFF_ROWS).map((row) => ({
    rowId: row.id,
    label: row.label,
    mark: row.mark,
    explanation: row.explanation,
    versions: row.diffs!.slice(0, MAX_DIFF_VERSIONS).map((diff) => ({
      outlet: outletOf.get(diff.articleId) ?? "",
      againstOutlet: outletOf.get(diff.againstArticleId) ?? "",
      similarity: diff.similarity,
      segments: diff.segments,
    })),
  }));
  return { diffs, moreDiffs: candidates.length - diffs.length };
}

function presentCopy(copy: CopiedPassageDiff, outletOf: Map<string, string>): ReportCopy {
  return {
    outlet: outletOf.get(copy.articleId) ?? "",
    sourceOutlet: outletOf.get(copy.sourceArticleId) ?? "",
    similarity: copy.similarity,
    words: copy.span.text.split(/\s+/).filter(Boolean).length,
    segments: copy.segments,
  };
}

function outletFigures(column: ReportArticle, rows: ReportRow[]): OutletFigures {
  const marks: Record<CellMark, number> = { agree: 0, conflict: 0, partial: 0, only: 0, omitted: 0 };
  const ratings = new Map<VerdictRating, number>();
  for (const row of rows) {
    const cell = row.cells.find((candidate) => candidate.articleId === column.articleId);
    if (!cell) continue;
    marks[cell.mark] += 1;
    const judged = [...(cell.mark !== "omitted" && row.verdict ? [row.verdict] : []), ...row.cellVerdicts.filter((verdict) => verdict.articleId === column.articleId)];
    for (const verdict of judged) ratings.set(verdict.rating, (ratings.get(verdict.rating) ?? 0) + 1);
  }
  return {
    ...column,
    reported: rows.length - marks.omitted,
    marks,
    verdicts: VERDICT_RATINGS.filter((rating) => ratings.has(rating)).map((rating) => ({ rating, count: ratings.get(rating)! })),
  };
}
