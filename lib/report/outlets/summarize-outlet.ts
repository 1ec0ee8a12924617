// The figures of one outlet's page: what it published and when, how its claims stand against the
// other outlets of the same events, what reviewers ruled on them, how much of its text is reused,
// whom it cites, and the desk's grades. Every rate carries its count and 95% Wilson interval.
//
// The cross-outlet counts come from outlet_event_stats (event-stats.ts): an event's comparison is
// run once and kept until its members change, so a page view of an outlet in 200 events reads 200
// stored rows instead of running 200 comparisons. In a compared event the outlet's column shows one
// of its articles (its earliest, as the compare page does): the counts are about that article.

import type { Db } from "../../db/client.ts";
import { OUTLET_CRITERIA } from "../../review/outlet-criteria.ts";
import type { VerdictRating } from "../../review/verdict-scale.ts";
import { copiedWords } from "./copied-words.ts";
import { ensureEventStats } from "./event-stats.ts";
import { countRatings, outletVerdicts } from "./outlet-verdicts.ts";
import { makeRate, type Rate } from "./rate.ts";
import { topSources } from "./top-sources.ts";

export type { Rate } from "./rate.ts";

export interface OutletSummary {
  outlet: { id: string; slug: string; name: string; country: string | null; ownership: string | null };
  articles: number;
  /** events with at least one of its articles */
  events: number;
  /** of those, events with at least one other column (another outlet, or an article of no known outlet): the ones compared */
  multiOutletEvents: number;
  /** per month of publication (YYYY-MM), months with an article only; an event counts in the month of the outlet's first dated article in it */
  timeline: { month: string; articles: number; events: number }[];
  /** articles with no date, left out of the timeline */
  undatedArticles: number;
  /**
   * Verdicts about its claims, one per claim, every rating of the scale in order: verdicts on its own
   * cells, plus row verdicts of rows it reports (a row verdict judges the claim whoever reports it);
   * its own cell verdict wins over a row verdict on the same row. See outlet-verdicts.ts.
   */
  verdicts: { rating: VerdictRating; count: number }[];
  /** claims with a verdict counted above (the sum of `verdicts`) */
  reviewedClaims: number;
  /**
   * Its claims other outlets contradict: its cells marked conflict / its cells in claim rows that at
   * least one other column also reports (shared claims), over its compared events. Cited-source rows
   * are not claims and are left out (column-stats.ts).
   */
  conflictShare: Rate;
  /** Its shared claims that agree with every other column reporting them: agree cells / shared claims. */
  agreeShare: Rate;
  /**
   * What it leaves out: claim rows that other columns report and it does not / claim rows that
   * at least one other column reports, over its compared events.
   */
  omissionRate: Rate;
  /**
   * Words of its articles inside cross-article copied passages whose source is an article of another
   * outlet or of no known outlet (a wire it does not name) / all words of its articles.
   */
  copiedShare: Rate;
  /** where the copied words come from */
  copiedFrom: { outlet: string; words: number }[];
  /** the sources its articles cite, by how many of its articles cite them (top-sources.ts) */
  topSources: { source: string; kind: string; count: number }[];
  /** the desk's grades, in the order of the criteria */
  grades: { criterion: string; grade: number; reason: string }[];
  /** live (not removed) notes */
  notes: number;
  /** events of more than MAX_COMPARED_ARTICLES articles, which are not compared and so not in the rates */
  tooLargeEvents: number;
  computedAt: string;
}

const MONTH = /^\d{4}-\d{2}/;

export async function summarizeOutlet(db: Db, slug: string): Promise<OutletSummary | null> {
  const found = await db.outlet.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, country: true, ownership: true, aliases: true } });
  if (!found) return null;
  const { aliases, ...outlet } = found;
  const [articles, gradeRows, notes] = await Promise.all([
    db.article.findMany({
      where: { outletId: outlet.id },
      select: { id: true, publishedAt: true, wordCount: true, citedSources: true, eventMembership: { select: { eventId: true } } },
    }),
    db.outletGrade.findMany({ where: { outletId: outlet.id }, select: { criterion: true, grade: true, reason: true } }),
    db.outletNote.count({ where: { outletId: outlet.id, removedAt: null } }),
  ]);
  const eventIds = [...new Set(articles.flatMap((article) => (article.eventMembership ? [article.eventMembership.eventId] : [])))];
  const ensured = await ensureEventStats(db, eventIds);
  const stats = await db.outletEventStat.findMany({
    where: { outletId: outlet.id, eventId: { in: ensured.compared } },
    select: { eventId: true, sharedRows: true, agreeCells: true, conflictCells: true, othersRows: true, omittedRows: true, rowIds: true },
  });
  const compared = new Set(ensured.compared);
  const tooLarge = new Set(ensured.tooLarge);
  const sum = (field: "sharedRows" | "agreeCells" | "conflictCells" | "othersRows" | "omittedRows") => stats.reduce((total, row) => total + row[field], 0);

  const [verdicts, copied] = await Promise.all([
    outletVerdicts(db, {
      articleIds: articles.map((article) => article.id),
      reportedRows: new Map(stats.map((row) => [row.eventId, stringList(row.rowIds)])),
      soleEvents: eventIds.filter((id) => !compared.has(id) && !tooLarge.has(id)),
    }),
    copiedWords(db, outlet.id, articles),
  ]);

  const gradeOrder = (criterion: string) => (OUTLET_CRITERIA as readonly string[]).indexOf(criterion);
  return {
    outlet,
    articles: articles.length,
    events: eventIds.length,
    multiOutletEvents: ensured.compared.length,
    timeline: timeline(articles),
    undatedArticles: articles.filter((article) => !MONTH.test(article.publishedAt ?? "")).length,
    verdicts: countRatings(verdicts),
    reviewedClaims: verdicts.length,
    conflictShare: makeRate(sum("conflictCells"), sum("sharedRows")),
    agreeShare: makeRate(sum("agreeCells"), sum("sharedRows")),
    omissionRate: makeRate(sum("omittedRows"), sum("othersRows")),
    copiedShare: makeRate(copied.copied, copied.words),
    copiedFrom: copied.sources,
    topSources: topSources(articles.map((article) => article.citedSources), { ownNames: [outlet.name, ...stringList(aliases)] }),
    grades: gradeRows.sort((a, b) => gradeOrder(a.criterion) - gradeOrder(b.criterion)),
    notes,
    tooLargeEvents: ensured.tooLarge.length,
    computedAt: new Date().toISOString(),
  };
}

function timeline(articles: { publishedAt: string | null; eventMembership: { eventId: string } | null }[]): OutletSummary["timeline"] {
  const months = new Map<string, { articles: number; events: number }>();
  const firstMonthOfEvent = new Map<string, string>();
  for (const article of articles) {
    const month = MONTH.exec(article.publishedAt ?? "")?.[0];
    if (!month) continue;
    const entry = months.get(month) ?? { articles: 0, events: 0 };
    entry.articles += 1;
    months.set(month, entry);
    const eventId = article.eventMembership?.eventId;
    if (eventId && (firstMonthOfEvent.get(eventId) ?? "9999") > month) firstMonthOfEvent.set(eventId, month);
  }
  for (const month of firstMonthOfEvent.values()) months.get(month)!.events += 1;
  return [...months].map(([month, counts]) => ({ month, ...counts })).sort((a, b) => a.month.localeCompare(b.month));
}

const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);
