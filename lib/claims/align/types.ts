// The comparison of one event across outlets (issue 6): one row per claim slot, one column per
// outlet, every row marked and every cell pointing at its words. Comparison runs on canonical
// values (ids, ISO dates, weekdays, numbers with hedges), so French and English columns compare.

import type { Span } from "../../nlp/types.ts";
import type { ArticleClaims, SlotValue } from "../types.ts";

export type RowKind = "place" | "date" | "countries" | "person" | "leadership" | "host" | "number" | "quote" | "cited-source" | "statement";

/** agree · conflict · partial (one contains the other, or within a stated tolerance) · single (one outlet only) */
export type RowMark = "agree" | "conflict" | "partial" | "single";

/** a cell's own mark: how it stands against the other cells of its row; "omitted" = not mentioned */
export type CellMark = "agree" | "conflict" | "partial" | "only" | "omitted";

export interface CompareArticle {
  id: string;
  headline: string;
  outlet: { slug: string; name: string } | null;
  language: string | null;
  published: string | null;
  url: string | null;
  text: string;
  /** the article's claim slots (lib/claims buildClaims); its main event is what is compared */
  claims: ArticleClaims;
}

export interface CompareColumn {
  /** the outlet key that picks choose by: "outlet:press-tv" (scoped by event when several are compared) */
  key: string;
  /** the article shown in this column */
  articleId: string;
  outlet: string;
  outletSlug: string | null;
  headline: string;
  language: string | null;
  published: string | null;
  /** other articles of the same outlet in the event, which the column can show instead */
  alternatives: { articleId: string; headline: string; published: string | null }[];
}

export interface CellValue {
  canonical: string;
  label: string;
  span: Span;
  inferred: boolean;
  confidence: number;
  detail?: SlotValue["detail"];
}

export interface DiffSegment {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface CompareCell {
  articleId: string;
  mark: CellMark;
  values: CellValue[];
  /** quotes and statements: the words compared, for the diff */
  text?: string;
}

export interface CompareRow {
  id: string;
  kind: RowKind;
  /** what the row is about: "Where", "When", "jihadists (figure)", "Quote · Saad Mozher al-Allaq" */
  label: string;
  mark: RowMark;
  /** why the mark: which canonical values differ or agree */
  explanation: string;
  /** one per column, in column order */
  cells: CompareCell[];
  /** word-level diffs of each cell's text against the row's first text (quotes, statements) */
  diffs?: { articleId: string; againstArticleId: string; similarity: number; segments: DiffSegment[] }[];
}

export interface OmissionEntry {
  rowId: string;
  label: string;
  /** outlets that do report it */
  reportedBy: string[];
}

export interface CitedSourceEdge {
  outlet: string;
  articleId: string;
  source: string;
  sourceId: string;
  kind: string;
  span: Span;
}

export interface ClaimComparison {
  columns: CompareColumn[];
  rows: CompareRow[];
  /** per column (article id): the rows others report and it leaves out */
  omissions: Record<string, OmissionEntry[]>;
  /** who quotes whom across the event */
  citedSources: CitedSourceEdge[];
  counts: Record<RowMark, number>;
}

export type { SlotValue };
