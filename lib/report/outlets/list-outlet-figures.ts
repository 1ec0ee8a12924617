// The outlets index with the figures beside the profile columns: conflict share, omission rate and
// reviewed claims of every outlet, sortable. One pass brings every compared event's stored stats up
// to date (event-stats.ts), then each outlet's rows are added up; after an import the first view
// pays for the new events' comparisons, the next ones read stored rows.

import type { Db } from "../../db/client.ts";
import { listOutlets, OUTLET_SORT_KEYS, sortOutlets, type OutletSortKey, type OutletSummary as OutletListEntry, type SortDirection } from "../../review/outlet-queries.ts";
import { ensureEventStats } from "./event-stats.ts";
import { outletVerdicts } from "./outlet-verdicts.ts";
import { makeRate, type Rate } from "./rate.ts";

export const OUTLET_INDEX_SORT_KEYS = [...OUTLET_SORT_KEYS, "conflict", "omission", "reviewed"] as const;
export type OutletIndexSortKey = (typeof OUTLET_INDEX_SORT_KEYS)[number];

export interface OutletIndexEntry extends OutletListEntry {
  conflictShare: Rate;
  omissionRate: Rate;
  reviewedClaims: number;
}

export async function listOutletFigures(db: Db, options: { sort?: OutletIndexSortKey; direction?: SortDirection } = {}): Promise<OutletIndexEntry[]> {
  const [outlets, articles] = await Promise.all([
    listOutlets(db),
    db.article.findMany({ where: { outletId: { not: null } }, select: { id: true, outletId: true, eventMembership: { select: { eventId: true } } } }),
  ]);
  const eventsOf = new Map<string, Set<string>>();
  const articlesOf = new Map<string, string[]>();
  for (const article of articles) {
    const outletId = article.outletId!;
    articlesOf.set(outletId, [...(articlesOf.get(outletId) ?? []), article.id]);
    if (article.eventMembership) eventsOf.set(outletId, (eventsOf.get(outletId) ?? new Set()).add(article.eventMembership.eventId));
  }
  const ensured = await ensureEventStats(db, [...new Set([...eventsOf.values()].flatMap((ids) => [...ids]))]);
  const compared = new Set(ensured.compared);
  const tooLarge = new Set(ensured.tooLarge);
  const stats = await db.outletEventStat.findMany({
    where: { eventId: { in: ensured.compared } },
    select: { eventId: true, outletId: true, sharedRows: true, conflictCells: true, othersRows: true, omittedRows: true, rowIds: true },
  });
  const entries = await Promise.all(
    outlets.map(async (outlet): Promise<OutletIndexEntry> => {
      const own = stats.filter((row) => row.outletId === outlet.id);
      const sum = (field: "sharedRows" | "conflictCells" | "othersRows" | "omittedRows") => own.reduce((total, row) => total + row[field], 0);
      const verdicts = await outletVerdicts(db, {
        articleIds: articlesOf.get(outlet.id) ?? [],
        reportedRows: new Map(own.map((row) => [row.eventId, Array.isArray(row.rowIds) ? row.rowIds.filter((id): id is string => typeof id === "string") : []])),
        soleEvents: [...(eventsOf.get(outlet.id) ?? [])].filter((id) => !compared.has(id) && !tooLarge.has(id)),
      });
      return { ...outlet, conflictShare: makeRate(sum("conflictCells"), sum("sharedRows")), omissionRate: makeRate(sum("omittedRows"), sum("othersRows")), reviewedClaims: verdicts.length };
    }),
  );
  return sortOutletFigures(entries, options.sort ?? "name", options.direction ?? "asc");
}

const isProfileKey = (key: OutletIndexSortKey): key is OutletSortKey => (OUTLET_SORT_KEYS as readonly string[]).includes(key);
const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** Like sortOutlets: an outlet with no data (no shared claim) sorts last both ways; ties by name. */
export function sortOutletFigures(entries: OutletIndexEntry[], key: OutletIndexSortKey, direction: SortDirection): OutletIndexEntry[] {
  if (isProfileKey(key)) return sortOutlets(entries, key, direction) as OutletIndexEntry[];
  const value = (entry: OutletIndexEntry) => (key === "conflict" ? entry.conflictShare.rate : key === "omission" ? entry.omissionRate.rate : entry.reviewedClaims);
  const sign = direction === "asc" ? 1 : -1;
  return [...entries].sort((a, b) => {
    const left = value(a);
    const right = value(b);
    if (left === null || right === null) {
      if (left !== right) return left === null ? 1 : -1;
    } else if (left !== right) return sign * (left - right);
    return collator.compare(a.name, b.name);
  });
}
