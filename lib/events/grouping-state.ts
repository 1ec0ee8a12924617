// Keeps the stored grouping state (stored-grouping.ts) whole and current. A state built by other
// code or another configuration is never trusted: its fingerprint names the signature code and
// every grouping setting, and another fingerprint means a rebuild. Grouped articles the state has
// not admitted (grouped before this table existed, or stored already grouped by bench:events) are
// admitted after the others, in the order loadSignatures gives; a state that counts articles no
// longer grouped is rebuilt. Reviewer operations re-file the postings of the events they change
// (refreshGroupingIndex), and regrouping drops the state: it re-decides everything, in another order.
// Building runs in chunks, each written in its own transaction: memory stays that of one chunk.

import { createHash } from "node:crypto";
import type { Db, DbTransaction } from "../db/client.ts";
import { postingWeeks } from "./candidate-index.ts";
import { isoDayOf } from "./date-window.ts";
import { loadEventsConfig, type EventsConfig } from "./events-config.ts";
import { createEventGrouper } from "./group-events.ts";
import { deleteEventPostings, insertPostings, selectEventMembers, UNDATED_WEEK, upsertExtents, type PostingRow } from "./grouping-state-statements.ts";
import { SIGNATURE_VERSION } from "./signature-json.ts";
import { ensureSignatures, loadSignatures } from "./stored-signatures.ts";
import { StoredGrouping, type StoredStateRow } from "./stored-grouping.ts";
import type { GroupExtent } from "./candidate-index.ts";

/** the layout of the grouping_* tables and what they mean: raise it when either changes */
const STATE_FORMAT = 2;
/** articles admitted per transaction while building */
const CHUNK = 2_000;

export function stateFingerprint(config: EventsConfig = loadEventsConfig()): string {
  const settings = createHash("sha256").update(JSON.stringify(config)).digest("hex").slice(0, 16);
  return `format ${STATE_FORMAT}, signatures ${SIGNATURE_VERSION}, config ${settings}`;
}

/** The state row if it is current and admits every grouped article, else null. */
async function readCurrentState(db: Db, fingerprint: string): Promise<{ row: StoredStateRow | null; missing: number }> {
  const [row, grouped, admitted] = await Promise.all([
    db.groupingState.findUnique({ where: { id: 1 }, select: { fingerprint: true, epoch: true, documents: true, nextFeatureId: true, nextSequence: true } }),
    db.eventMembership.count(),
    db.groupingArticle.count(),
  ]);
  if (!row || row.fingerprint !== fingerprint || row.documents !== admitted || admitted > grouped) return { row: null, missing: grouped };
  return { row, missing: grouped - admitted };
}

/**
 * The state to group from: current, every grouped article admitted. Builds what is missing first
 * (everything after a change of code or settings: as slow as the full replay it replaces, once).
 * Grouped articles not admitted yet go in the order `admitFirst` gives (bench:events stores its
 * stream already grouped, in stream order), then as loadSignatures orders them.
 */
export async function openGroupingState(db: Db, config: EventsConfig = loadEventsConfig(), admitFirst: string[] = []): Promise<StoredStateRow> {
  const fingerprint = stateFingerprint(config);
  let { row, missing } = await readCurrentState(db, fingerprint);
  if (!row) {
    const order = (await db.groupingArticle.findMany({ select: { articleId: true }, orderBy: { sequence: "asc" } })).map((entry) => entry.articleId);
    await db.$transaction(async (tx) => {
      await clearGroupingState(tx);
      await tx.groupingState.create({ data: { id: 1, fingerprint, epoch: 1, documents: 0, nextFeatureId: 0, nextSequence: 0 } });
    });
    // the order the grouper saw the articles in is kept through a rebuild; the rest follow
    await admitGroupedArticles(db, config, [...order, ...admitFirst]);
    ({ row, missing } = await readCurrentState(db, fingerprint));
  }
  if (row && missing > 0) {
    await admitGroupedArticles(db, config, admitFirst);
    ({ row, missing } = await readCurrentState(db, fingerprint));
  }
  if (!row || missing > 0) throw new Error("the grouping state could not be brought up to date (grouped articles changed while it was built); try again");
  return row;
}

/** Admits grouped articles the state lacks: those of `first` in that order, then the others as loadSignatures orders them. */
async function admitGroupedArticles(db: Db, config: EventsConfig, first: string[]): Promise<void> {
  const lacking = await db.article.findMany({
    where: { eventMembership: { isNot: null }, groupingEntry: null },
    orderBy: [{ publishedSort: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { contentHash: "asc" }],
    select: { id: true, eventMembership: { select: { eventId: true } } },
  });
  const eventOf = new Map(lacking.map((article) => [article.id, article.eventMembership!.eventId]));
  const firstSet = new Set(first.filter((id) => eventOf.has(id)));
  const order = [...firstSet, ...lacking.map((article) => article.id).filter((id) => !firstSet.has(id))];
  for (let start = 0; start < order.length; start += CHUNK) {
    const ids = order.slice(start, start + CHUNK);
    await ensureSignatures(db, ids);
    const byId = new Map((await loadSignatures(db, { articleIds: ids })).map((entry) => [entry.articleId, entry.signature]));
    const row = await db.groupingState.findUniqueOrThrow({ where: { id: 1 }, select: { epoch: true, documents: true, nextFeatureId: true, nextSequence: true } });
    const stored = new StoredGrouping(row, config);
    const signatures = ids.map((id) => byId.get(id)!);
    await stored.loadFeatures(db, stored.featureNames(signatures));
    const grouper = createEventGrouper({ config, state: stored.state });
    for (const signature of signatures) {
      stored.begin(signature.id);
      grouper.restore(signature, eventOf.get(signature.id)!);
    }
    await db.$transaction((tx) => stored.write(tx), { maxWait: 30_000, timeout: 300_000 });
  }
}

/** Drops the whole state: the next grouping builds it again (after regrouping, which re-decides in another order). */
export async function clearGroupingState(tx: DbTransaction): Promise<void> {
  await tx.groupingPosting.deleteMany({});
  await tx.groupingEvent.deleteMany({});
  await tx.groupingArticle.deleteMany({});
  await tx.groupingFeature.deleteMany({});
  await tx.groupingState.deleteMany({});
}

/**
 * Files the postings of these events again from their current members, after a reviewer moved
 * articles between them: what a replay putting each article back into its current event would
 * index. Moves the state's epoch, so a grouping decided from the old postings is not written.
 */
export async function refreshGroupingIndex(tx: DbTransaction, eventIds: string[]): Promise<void> {
  const { count } = await tx.groupingState.updateMany({ where: { id: 1 }, data: { epoch: { increment: 1 } } });
  if (count === 0 || eventIds.length === 0) return;
  await deleteEventPostings(tx, eventIds);
  const postings = new Map<string, PostingRow>();
  const extents = new Map<string, GroupExtent>();
  for (const member of await selectEventMembers(tx, eventIds)) {
    const weeks = postingWeeks(member.firstDay === null ? null : { from: isoDayOf(member.firstDay), to: isoDayOf(member.lastDay!) });
    const weekList = weeks ? Array.from({ length: weeks.last - weeks.first + 1 }, (_, offset) => weeks.first + offset) : [UNDATED_WEEK];
    for (const featureId of member.features) {
      for (const week of weekList) {
        const key = `${featureId}|${week}|${member.eventId}`;
        // members come in sequence order: the first keeps the place
        if (!postings.has(key)) postings.set(key, { featureId, week, eventId: member.eventId, sequence: member.sequence });
      }
    }
    const known = extents.get(member.eventId) ?? { firstDay: null, lastDay: null, undated: false };
    extents.set(member.eventId, {
      firstDay: member.firstDay === null ? known.firstDay : Math.min(known.firstDay ?? Infinity, member.firstDay),
      lastDay: member.lastDay === null ? known.lastDay : Math.max(known.lastDay ?? -Infinity, member.lastDay),
      undated: known.undated || member.firstDay === null,
    });
  }
  await insertPostings(tx, [...postings.values()]);
  await upsertExtents(tx, [...extents].map(([eventId, extent]) => ({ eventId, ...extent })));
}

