// A verdict as a report shows it: the stored verdict (lib/review) with its rating spelled out on
// the ClaimReview scale, the claim page it lives on, and the articles the claim appeared in, which
// ClaimReview's itemReviewed needs (appearance, firstAppearance, author, datePublished).

import type { RowMark } from "../../claims/align/types.ts";
import { RATING_SCALE, type VerdictRating } from "../../review/verdict-scale.ts";
import type { EvidenceItem, Verdict } from "../../review/verdict-types.ts";
import { claimPageUrl } from "./report-publisher.ts";

export interface ReportArticle {
  articleId: string;
  outlet: string;
  outletSlug: string | null;
  headline: string;
  url: string | null;
  /** as stored: ISO cut at its precision, in the outlet's clock */
  published: string | null;
  language: string | null;
}

export interface ReportVerdict {
  id: string;
  eventId: string;
  eventTitle: string;
  rowId: string;
  /** "" = the whole claim; else the article of the one outlet's cell it judges */
  articleId: string;
  /** the outlet a cell verdict judges; null for a claim-wide verdict */
  outlet: string | null;
  claimLabel: string;
  claimText: string;
  /** the row's mark today; null when the event changed and the row is gone */
  rowMark: RowMark | null;
  rating: VerdictRating;
  ratingLabel: string;
  ratingDescription: string;
  /** 5 (true) … 1 (false); null for unverifiable */
  ratingValue: number | null;
  summary: string;
  /** Markdown written by reviewers: untrusted */
  notes: string;
  evidence: EvidenceItem[];
  version: number;
  reviewedBy: string;
  updatedBy: string;
  createdAt: string;
  updatedAt: string;
  /** the claim's page in this install: ClaimReview `url` */
  claimUrl: string;
  /** the articles that carry the claim, earliest first */
  appearances: ReportArticle[];
}

const publishedOrder = (article: ReportArticle) => article.published ?? "9999";

export function presentReportVerdict(
  verdict: Verdict,
  context: { eventTitle: string; siteUrl: string; rowMark: RowMark | null; appearances: ReportArticle[] },
): ReportVerdict {
  const scale = RATING_SCALE[verdict.rating];
  const cellArticle = verdict.articleId ? context.appearances.find((article) => article.articleId === verdict.articleId) : undefined;
  return {
    id: verdict.id,
    eventId: verdict.eventId,
    eventTitle: context.eventTitle,
    rowId: verdict.rowId,
    articleId: verdict.articleId,
    outlet: verdict.articleId ? (cellArticle?.outlet ?? "an outlet") : null,
    claimLabel: verdict.claimLabel,
    claimText: verdict.claimText,
    rowMark: context.rowMark,
    rating: verdict.rating,
    ratingLabel: scale.label,
    ratingDescription: scale.description,
    ratingValue: scale.ratingValue,
    summary: verdict.summary,
    notes: verdict.notes,
    evidence: verdict.evidence,
    version: verdict.version,
    reviewedBy: verdict.createdBy.name,
    updatedBy: verdict.updatedBy.name,
    createdAt: verdict.createdAt,
    updatedAt: verdict.updatedAt,
    claimUrl: claimPageUrl(context.siteUrl, verdict.eventId, verdict.rowId, verdict.articleId),
    appearances: [...context.appearances].sort((a, b) => publishedOrder(a).localeCompare(publishedOrder(b))),
  };
}

/** every web link a verdict cites: evidence links, in order, without repeats */
export function evidenceUrls(verdict: Pick<ReportVerdict, "evidence">): string[] {
  return [...new Set(verdict.evidence.flatMap((item) => (item.kind === "url" ? [item.url] : [])))];
}

/** the reviewers of a set of verdicts, first seen first, and the span of their work */
export function reviewersOf(verdicts: ReportVerdict[]): { names: string[]; first: string | null; last: string | null } {
  const names = [...new Set(verdicts.flatMap((verdict) => [verdict.reviewedBy, verdict.updatedBy]))];
  const created = verdicts.map((verdict) => verdict.createdAt).sort();
  const updated = verdicts.map((verdict) => verdict.updatedAt).sort();
  return { names, first: created[0] ?? null, last: updated.at(-1) ?? null };
}
