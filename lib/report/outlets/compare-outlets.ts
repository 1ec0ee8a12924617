// Two or more outlets side by side on the events they all covered. Each shared event is aligned
// again with only their articles (one per outlet, the earliest, as the compare page picks), so
// "agree" and "conflict" here are between these outlets alone, not against a third outlet that
// happened to cover the event too. Verdicts are counted as on the outlet page (outlet-verdicts.ts).

import { prepareStatements } from "../../claims/align/match-texts.ts";
import { alignClaims } from "../../claims/align/align-claims.ts";
import type { CompareArticle } from "../../claims/align/types.ts";
import { loadArticleClaims } from "../../claims/stored-claims.ts";
import type { Db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { VerdictRating } from "../../review/verdict-scale.ts";
import { isClaimRow } from "./column-stats.ts";
import { ensureEventStats } from "./event-stats.ts";
import { countRatings, outletVerdicts, type CountedVerdict } from "./outlet-verdicts.ts";

export const MAX_COMPARED_OUTLETS = 6;
/** the most recent shared events compared on one page view; the page says when there are more */
export const MAX_SHARED_EVENTS = 100;

export interface BetweenCounts {
  /** claim rows at least one of them reports (cited-source rows left out) */
  rows: number;
  /** rows two or more of them report, marked between them only */
  agree: number;
  partial: number;
  conflict: number;
  /** per outlet slug: rows another of them reports and it leaves out */
  omitted: Record<string, number>;
  /** per outlet slug: verdicts on its claims, every rating in order */
  verdicts: Record<string, { rating: VerdictRating; count: number }[]>;
}

export interface SharedEvent extends BetweenCounts {
  id: string;
  title: string;
  firstDay: string | null;
  /** per outlet slug: the article compared */
  articles: Record<string, { id: string; headline: string }>;
}

export interface OutletComparison {
  outlets: { id: string; slug: string; name: string }[];
  /** shared events, most recent first, at most MAX_SHARED_EVENTS */
  events: SharedEvent[];
  /** all events they share, including those past the limit */
  sharedEvents: number;
  totals: BetweenCounts;
}

export async function compareOutlets(db: Db, slugs: string[]): Promise<OutletComparison> {
  const unique = [...new Set(slugs)];
  if (unique.length < 2 || unique.length > MAX_COMPARED_OUTLETS) throw new AppError("INVALID_ARGUMENT", `Choose between 2 and ${MAX_COMPARED_OUTLETS} different outlets to compare.`);
  const found = await db.outlet.findMany({ where: { slug: { in: unique } }, select: { id: true, slug: true, name: true } });
  const missing = unique.filter((slug) => !found.some((outlet) => outlet.slug === slug));
  if (missing.length > 0) throw new AppError("NOT_FOUND", `No outlet ${missing.map((slug) => `“${slug}”`).join(", ")}.`);
  const outlets = unique.map((slug) => found.find((outlet) => outlet.slug === slug)!);

  const memberships = await db.eventMembership.findMany({ where: { article: { outletId: { in: outlets.map((outlet) => outlet.id) } } }, select: { eventId: true, article: { select: { outletId: true } } } });
  const outletsOf = new Map<string, Set<string>>();
  for (const membership of memberships) outletsOf.set(membership.eventId, (outletsOf.get(membership.eventId) ?? new Set()).add(membership.article.outletId!));
  const sharedIds = [...outletsOf].filter(([, ids]) => ids.size === outlets.length).map(([eventId]) => eventId);
  const events = await db.event.findMany({
    where: { id: { in: sharedIds } },
    orderBy: [{ lastDay: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: MAX_SHARED_EVENTS,
    select: {
      id: true,
      title: true,
      reviewerTitle: true,
      firstDay: true,
      memberships: {
        where: { article: { outletId: { in: outlets.map((outlet) => outlet.id) } } },
        select: { article: { select: { id: true, headline: true, language: true, publishedAt: true, url: true, text: true, outlet: { select: { slug: true, name: true } } } } },
      },
    },
  });
  const claims = await loadArticleClaims(db, events.flatMap((event) => event.memberships.map((membership) => membership.article.id)));
  const verdicts = await verdictsByOutlet(db, outlets, events.map((event) => ({ id: event.id, articles: event.memberships.map((membership) => membership.article) })));

  const articlesOf = (event: (typeof events)[number]): CompareArticle[] =>
    event.memberships.map(({ article }) => ({
      id: article.id,
      headline: article.headline,
      outlet: article.outlet,
      language: article.language,
      published: article.publishedAt,
      url: article.url,
      text: article.text,
      claims: claims.get(article.id)!,
    }));
  // French statements rendered into English ahead, off the event loop (match-texts.ts)
  for (const event of events) await prepareStatements(articlesOf(event));

  const shared = events.map((event): SharedEvent => {
    const articles = articlesOf(event);
    const comparison = alignClaims(articles);
    const counts = emptyCounts(outlets);
    for (const row of comparison.rows.filter(isClaimRow)) {
      counts.rows += 1;
      if (row.mark === "agree" || row.mark === "partial" || row.mark === "conflict") counts[row.mark] += 1;
      row.cells.forEach((cell, index) => {
        if (cell.mark === "omitted") counts.omitted[comparison.columns[index]!.outletSlug!]! += 1;
      });
    }
    for (const outlet of outlets) counts.verdicts[outlet.slug] = countRatings((verdicts.get(outlet.slug) ?? []).filter((verdict) => verdict.eventId === event.id));
    return {
      id: event.id,
      title: event.reviewerTitle ?? event.title,
      firstDay: event.firstDay,
      articles: Object.fromEntries(comparison.columns.map((column) => [column.outletSlug!, { id: column.articleId, headline: column.headline }])),
      ...counts,
    };
  });
  return { outlets, events: shared, sharedEvents: sharedIds.length, totals: addUp(outlets, shared) };
}

async function verdictsByOutlet(db: Db, outlets: { id: string; slug: string }[], events: { id: string; articles: { id: string; outlet: { slug: string } | null }[] }[]): Promise<Map<string, CountedVerdict[]>> {
  const ensured = await ensureEventStats(db, events.map((event) => event.id));
  const result = new Map<string, CountedVerdict[]>();
  for (const outlet of outlets) {
    const stats = await db.outletEventStat.findMany({ where: { outletId: outlet.id, eventId: { in: ensured.compared } }, select: { eventId: true, rowIds: true } });
    const articleIds = events.flatMap((event) => event.articles.filter((article) => article.outlet?.slug === outlet.slug).map((article) => article.id));
    const reportedRows = new Map(stats.map((row) => [row.eventId, Array.isArray(row.rowIds) ? row.rowIds.filter((id): id is string => typeof id === "string") : []]));
    result.set(outlet.slug, await outletVerdicts(db, { articleIds, reportedRows, soleEvents: [] }));
  }
  return result;
}

function emptyCounts(outlets: { slug: string }[]): BetweenCounts {
  return { rows: 0, agree: 0, partial: 0, conflict: 0, omitted: Object.fromEntries(outlets.map((outlet) => [outlet.slug, 0])), verdicts: {} };
}

function addUp(outlets: { slug: string }[], events: SharedEvent[]): BetweenCounts {
  const totals = emptyCounts(outlets);
  for (const event of events) {
    totals.rows += event.rows;
    totals.agree += event.agree;
    totals.partial += event.partial;
    totals.conflict += event.conflict;
    for (const outlet of outlets) totals.omitted[outlet.slug]! += event.omitted[outlet.slug]!;
  }
  for (const outlet of outlets) {
    totals.verdicts[outlet.slug] = countRatings([]).map(({ rating }) => ({ rating, count: events.reduce((sum, event) => sum + event.verdicts[outlet.slug]!.find((entry) => entry.rating === rating)!.count, 0) }));
  }
  return totals;
}
