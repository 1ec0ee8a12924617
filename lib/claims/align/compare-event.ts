// The comparison of a stored event (and, optionally, events related to it, e.g. the two Baghdad
// meetings of the seeds): its articles and their stored claims, aligned by alignClaims. Reads
// only; the claims cache fills itself on first use.

import type { Db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { loadArticleClaims } from "../stored-claims.ts";
import { alignClaims, type AlignClaimsOptions } from "./align-claims.ts";
import { prepareStatements } from "./match-texts.ts";
import type { ClaimComparison, CompareArticle, DiffSegment } from "./types.ts";
import { wordDiff } from "./word-diff.ts";

export interface CompareEventOptions extends AlignClaimsOptions {
  eventId: string;
  /** related events whose articles join the comparison */
  withEventIds?: string[];
}

export interface CopiedPassageDiff {
  articleId: string;
  sourceArticleId: string;
  span: { start: number; end: number; text: string };
  sourceSpan: { start: number; end: number; text: string };
  similarity: number;
  /** the source's words against the copy's: what the reusing outlet changed */
  segments: DiffSegment[];
}

export interface EventComparison extends ClaimComparison {
  events: { id: string; title: string; articleCount: number }[];
  /** passages one compared article reuses from another (wire copy), with their word diffs */
  copies: CopiedPassageDiff[];
  /** article id -> the event it belongs to, when several events are compared */
  eventOfArticle: Record<string, string>;
}

/** more columns than this stop being a comparison anyone can read; the page says so */
export const MAX_COMPARED_ARTICLES = 60;

export async function compareEvent(db: Db, options: CompareEventOptions): Promise<EventComparison> {
  const eventIds = [options.eventId, ...(options.withEventIds ?? []).filter((id) => id !== options.eventId)];
  const events = await db.event.findMany({
    where: { id: { in: eventIds } },
    select: {
      id: true,
      title: true,
      reviewerTitle: true,
      articleCount: true,
      memberships: { select: { article: { select: { id: true, headline: true, language: true, publishedAt: true, url: true, text: true, outlet: { select: { slug: true, name: true } } } } } },
    },
  });
  for (const id of eventIds) if (!events.some((event) => event.id === id)) throw new AppError("NOT_FOUND", `No event ${id}; it may have been merged away.`);
  const members = events.flatMap((event) => event.memberships.map((membership) => ({ eventId: event.id, article: membership.article })));
  if (members.length > MAX_COMPARED_ARTICLES) {
    throw new AppError("INVALID_ARGUMENT", `This comparison would have ${members.length} articles; at most ${MAX_COMPARED_ARTICLES} can be compared at once. Split the event, or compare fewer related events.`);
  }
  const claims = await loadArticleClaims(db, members.map((member) => member.article.id));
  const articles: CompareArticle[] = members.map(({ article }) => ({
    id: article.id,
    headline: article.headline,
    outlet: article.outlet,
    language: article.language,
    published: article.publishedAt,
    url: article.url,
    text: article.text,
    claims: claims.get(article.id)!,
  }));
  const scopes = eventIds.length > 1 ? Object.fromEntries(members.map((member) => [member.article.id, member.eventId])) : undefined;
  // French statements rendered into English ahead, off the event loop (match-texts.ts)
  if (options.statements !== false) await prepareStatements(articles);
  const comparison = alignClaims(articles, { ...options, scopes });
  const order = new Map(eventIds.map((id, index) => [id, index]));
  const shown = new Set(comparison.columns.map((column) => column.articleId));
  const textOf = new Map(articles.map((article) => [article.id, article.text]));
  const passages = await db.copiedPassage.findMany({
    where: { kind: "cross", articleId: { in: [...shown] }, sourceArticleId: { in: [...shown] } },
    select: { articleId: true, sourceArticleId: true, start: true, end: true, sourceStart: true, sourceEnd: true },
    orderBy: [{ articleId: "asc" }, { start: "asc" }],
  });
  const copies = passages.map((passage) => {
    const text = textOf.get(passage.articleId)!.slice(passage.start, passage.end);
    const sourceText = textOf.get(passage.sourceArticleId)!.slice(passage.sourceStart, passage.sourceEnd);
    const diff = wordDiff(sourceText, text);
    return {
      articleId: passage.articleId,
      sourceArticleId: passage.sourceArticleId,
      span: { start: passage.start, end: passage.end, text },
      sourceSpan: { start: passage.sourceStart, end: passage.sourceEnd, text: sourceText },
      similarity: diff.similarity,
      segments: diff.segments,
    };
  });
  return {
    ...comparison,
    events: events.sort((a, b) => order.get(a.id)! - order.get(b.id)!).map((event) => ({ id: event.id, title: event.reviewerTitle ?? event.title, articleCount: event.articleCount })),
    copies,
    eventOfArticle: Object.fromEntries(members.map((member) => [member.article.id, member.eventId])),
  };
}
