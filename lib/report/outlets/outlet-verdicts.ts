// Which verdicts speak about one outlet. A verdict on the outlet's own cell (articleId = one of its
// articles) is about its claim. A row verdict (articleId "") judges a claim as such, so it counts
// for every outlet that reports that row; an outlet's own cell verdict on the same row wins over
// the row verdict, so one claim is counted once.

import type { Db } from "../../db/client.ts";
import { isVerdictRating, VERDICT_RATINGS, type VerdictRating } from "../../review/verdict-scale.ts";

export interface CountedVerdict {
  eventId: string;
  rowId: string;
  rating: VerdictRating;
  scope: "cell" | "row";
}

export interface OutletVerdictScope {
  /** all the outlet's articles (cell verdicts) */
  articleIds: string[];
  /** compared events: the rows the outlet reports in each */
  reportedRows: Map<string, string[]>;
  /** events where the outlet is the only column: every row is its own */
  soleEvents: string[];
}

export async function outletVerdicts(db: Db, scope: OutletVerdictScope): Promise<CountedVerdict[]> {
  const select = { eventId: true, rowId: true, rating: true } as const;
  const [cells, rows] = await Promise.all([
    scope.articleIds.length === 0 ? [] : db.verdict.findMany({ where: { articleId: { in: scope.articleIds } }, select }),
    db.verdict.findMany({ where: { articleId: "", eventId: { in: [...scope.reportedRows.keys(), ...scope.soleEvents] } }, select }),
  ]);
  const counted = new Map<string, CountedVerdict>();
  const sole = new Set(scope.soleEvents);
  const reported = new Map([...scope.reportedRows].map(([eventId, rowIds]) => [eventId, new Set(rowIds)]));
  for (const row of rows) {
    if (!isVerdictRating(row.rating)) continue;
    if (sole.has(row.eventId) || reported.get(row.eventId)?.has(row.rowId)) counted.set(`${row.eventId}\u0000${row.rowId}`, { ...row, rating: row.rating, scope: "row" });
  }
  for (const cell of cells) {
    if (isVerdictRating(cell.rating)) counted.set(`${cell.eventId}\u0000${cell.rowId}`, { ...cell, rating: cell.rating, scope: "cell" });
  }
  return [...counted.values()];
}

/** every rating of the scale, in its order, with how many of these verdicts give it */
export function countRatings(verdicts: CountedVerdict[]): { rating: VerdictRating; count: number }[] {
  return VERDICT_RATINGS.map((rating) => ({ rating, count: verdicts.filter((verdict) => verdict.rating === rating).length }));
}
