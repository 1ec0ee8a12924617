// The per-event, per-outlet counts of the outlet pages, kept in outlet_event_stats. One comparison
// of an event costs tens of milliseconds; an outlet in hundreds of events would pay seconds on every
// page view. A stored row is trusted while its memberKey still matches the event: a hash of the
// members (id, outlet, last change) and of the claims and stats code versions. Any change of
// membership, of an article's outlet or text, or of the code makes the key differ, and the next read
// recomputes that event only. Nothing else has to remember to invalidate it.

import { createHash } from "node:crypto";
import { compareEvent, MAX_COMPARED_ARTICLES } from "../../claims/align/compare-event.ts";
import { CLAIMS_VERSION } from "../../claims/stored-claims.ts";
import type { Db } from "../../db/client.ts";
import { columnStats } from "./column-stats.ts";

/** raise when column-stats.ts counts differently */
export const STATS_VERSION = 1;

interface Member {
  id: string;
  outletId: string | null;
  updatedAt: Date;
}

export interface EnsureEventStatsResult {
  /** events of two or more columns: the ones with stored stats */
  compared: string[];
  /** events too large to compare (compareEvent's MAX_COMPARED_ARTICLES): left out of the rates */
  tooLarge: string[];
  /** how many events had to be compared now (the rest were current) */
  recomputed: number;
}

export function memberKey(members: Member[]): string {
  const hash = createHash("sha256").update(`stats:${STATS_VERSION};claims:${CLAIMS_VERSION}`);
  for (const member of [...members].sort((a, b) => a.id.localeCompare(b.id))) hash.update(`|${member.id}:${member.outletId ?? ""}:${member.updatedAt.toISOString()}`);
  return hash.digest("base64url");
}

/** one column per outlet, one per article with no outlet (lib/claims/align/choose-columns.ts) */
function columnCount(members: Member[]): number {
  const outlets = new Set(members.flatMap((member) => (member.outletId ? [member.outletId] : [])));
  return outlets.size + members.filter((member) => !member.outletId).length;
}

/** Brings the stored stats of these events up to date and says which events they cover. */
export async function ensureEventStats(db: Db, eventIds: string[]): Promise<EnsureEventStatsResult> {
  const [memberships, stored] = await Promise.all([
    db.eventMembership.findMany({ where: { eventId: { in: eventIds } }, select: { eventId: true, article: { select: { id: true, outletId: true, updatedAt: true } } } }),
    db.outletEventStat.findMany({ where: { eventId: { in: eventIds } }, select: { eventId: true, memberKey: true } }),
  ]);
  const membersOf = new Map<string, Member[]>();
  for (const membership of memberships) membersOf.set(membership.eventId, [...(membersOf.get(membership.eventId) ?? []), membership.article]);
  const storedKeys = new Map<string, Set<string>>();
  for (const row of stored) storedKeys.set(row.eventId, (storedKeys.get(row.eventId) ?? new Set()).add(row.memberKey));

  const result: EnsureEventStatsResult = { compared: [], tooLarge: [], recomputed: 0 };
  const shrunk: string[] = [];
  for (const eventId of eventIds) {
    const members = membersOf.get(eventId) ?? [];
    if (columnCount(members) < 2 || members.length > MAX_COMPARED_ARTICLES) {
      if (storedKeys.has(eventId)) shrunk.push(eventId);
      if (members.length > MAX_COMPARED_ARTICLES) result.tooLarge.push(eventId);
      continue;
    }
    const key = memberKey(members);
    const keys = storedKeys.get(eventId);
    if (keys?.size === 1 && keys.has(key)) {
      result.compared.push(eventId);
      continue;
    }
    // one at a time: each comparison holds its event's texts in memory, and a page view that
    // finds many stale events is a one-off after an import
    await recompute(db, eventId, key);
    result.compared.push(eventId);
    result.recomputed += 1;
  }
  if (shrunk.length > 0) await db.outletEventStat.deleteMany({ where: { eventId: { in: shrunk } } });
  return result;
}

async function recompute(db: Db, eventId: string, key: string): Promise<void> {
  const stats = columnStats(await compareEvent(db, { eventId }));
  const outlets = await db.outlet.findMany({ where: { slug: { in: stats.map((entry) => entry.outletSlug) } }, select: { id: true, slug: true } });
  const outletId = new Map(outlets.map((outlet) => [outlet.slug, outlet.id]));
  const rows = stats.flatMap(({ outletSlug, ...entry }) => {
    const id = outletId.get(outletSlug);
    return id ? [{ ...entry, eventId, outletId: id, memberKey: key }] : [];
  });
  // delete and insert in one transaction: two page views recomputing the same event both end
  // with one consistent set of rows, whichever commits last
  await db.$transaction([db.outletEventStat.deleteMany({ where: { eventId } }), db.outletEventStat.createMany({ data: rows })]);
}
