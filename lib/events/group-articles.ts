// Puts newly imported articles into events, online: each new article is compared with the
// candidate groups the index finds and joins one or starts its own (createEventGrouper). Stored
// decisions, a reviewer's above all, are never revisited here; `regroupEvents` is the one path
// that re-decides, and it too keeps pinned articles where reviewers put them.
// The grouper does not replay the stored articles (45-55 s and 3.6 GB beside 99,000 of them): it
// decides from the state kept in the database (stored-grouping.ts), of which each new article
// loads only the part it needs, and decides what a grouper that saw every stored article in the
// order they were grouped would. Why in the database rather than in a warm server process: the
// CLI and the web app both import, several app instances may run, and SQLite has no server.

import { randomUUID } from "node:crypto";
import { bulkInsert, type BulkTable, type BulkValue } from "../db/bulk-insert.ts";
import type { Db, DbTransaction } from "../db/client.ts";
import { isUniqueViolation } from "../db/is-unique-violation.ts";
import { withLockRetries } from "../db/with-lock-retries.ts";
import { loadEventsConfig } from "./events-config.ts";
import { createEventGrouper } from "./group-events.ts";
import { advanceGroupingGeneration, GroupingConflict, readGroupingGeneration, retryOnGroupingConflict } from "./grouping-generation.ts";
import { openGroupingState } from "./grouping-state.ts";
import { refreshEvents } from "./refresh-events.ts";
import { ensureSignatures, loadSignatures } from "./stored-signatures.ts";
import { StaleGroupingState, StoredGrouping } from "./stored-grouping.ts";
import type { GroupingResult } from "./types.ts";
import { yieldToEventLoop } from "../yield-to-event-loop.ts";

export interface GroupArticlesResult {
  /** articles that were given an event by this call */
  grouped: number;
  /** of which joined an event that existed before this call */
  joined: number;
  /** events created by this call */
  created: number;
  /** article id -> event id, for the articles grouped here */
  assignments: Map<string, string>;
  /** the articles of `assignments` that joined an event that existed before this call */
  joinedArticleIds: Set<string>;
}

/**
 * Groups every stored article that has no event yet (or only those of `articleIds`). Two imports
 * finishing together (two workers, the CLI and the web app) decide from the same snapshot: the
 * second to commit finds the grouping generation moved on and decides again from the first's
 * events (grouping-generation.ts), so the same story never opens two events by accident.
 */
export async function groupNewArticles(db: Db, options: { articleIds?: string[] } = {}): Promise<GroupArticlesResult> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await retryOnGroupingConflict(() => withLockRetries(() => groupOnce(db, options)));
    } catch (error) {
      if (attempt >= 2 || !isUniqueViolation(error)) throw error;
    }
  }
}

async function groupOnce(db: Db, options: { articleIds?: string[] }): Promise<GroupArticlesResult> {
  const generation = await readGroupingGeneration(db);
  const ungrouped = (
    options.articleIds
      ? await inChunks(options.articleIds, (ids) => db.article.findMany({ where: { eventMembership: null, id: { in: ids } }, select: { id: true } }))
      : await db.article.findMany({ where: { eventMembership: null }, select: { id: true } })
  ).map((row) => row.id);
  const result: GroupArticlesResult = { grouped: 0, joined: 0, created: 0, assignments: new Map(), joinedArticleIds: new Set() };
  if (ungrouped.length === 0) return result;
  await ensureSignatures(db, ungrouped);
  const config = loadEventsConfig();
  const stateRow = await openGroupingState(db, config);

  // new articles in publication order, then in the order they were imported: rows of one batch
  // share their creation time, and their random ids must not decide which article opens an event
  const signatures = await loadSignatures(db, { articleIds: ungrouped });
  const rank = new Map((options.articleIds ?? []).map((id, index) => [id, index]));
  const fresh = signatures.map(({ articleId, signature }, signatureIndex) => ({ articleId, signature, signatureIndex }));
  const published = (entry: (typeof fresh)[number]) => entry.signature.published ?? "9999";
  fresh.sort((a, b) => published(a).localeCompare(published(b)) || (rank.get(a.articleId) ?? 0) - (rank.get(b.articleId) ?? 0) || a.signatureIndex - b.signatureIndex);

  const stored = new StoredGrouping(stateRow, config);
  const grouper = createEventGrouper({ config, state: stored.state, newGroupId: () => randomUUID() });
  // the counts of every feature of the batch in one read: the database does not change under the call
  await stored.loadFeatures(db, stored.featureNames(fresh.map(({ signature }) => signature)));
  const decisions: { articleId: string; decision: GroupingResult }[] = [];
  try {
    for (const [position, { articleId, signature }] of fresh.entries()) {
      if (position % 200 === 199) await yieldToEventLoop();
      // what this article's decision reads, loaded before it is made (its features' counts were
      // read above): the postings its lookup reads, the candidate groups with their latest members
      stored.begin(articleId);
      await stored.loadPostings(db, grouper.indexFeatures(signature), signature.window);
      await stored.loadGroups(db, grouper.candidates(signature));
      decisions.push({ articleId, decision: grouper.add(signature) });
    }
  } catch (error) {
    if (!(error instanceof StaleGroupingState)) throw error;
    // never decide from a state that contradicts itself: mark it for a rebuild and decide again
    await db.groupingState.updateMany({ data: { fingerprint: `stale: ${error.message}`.slice(0, 200) } });
    throw new GroupingConflict();
  }
  const groupIds = [...new Set(decisions.flatMap(({ decision }) => [decision.groupId, ...decision.related]))];
  const existingEvents = new Set((await inChunks(groupIds, (ids) => db.event.findMany({ where: { id: { in: ids } }, select: { id: true } }))).map((event) => event.id));
  const linkKeys = new Set<string>();
  for (const { decision } of decisions) {
    for (const related of decision.related) if (related !== decision.groupId) linkKeys.add([decision.groupId, related].sort().join("|"));
  }
  const linkSources = [...new Set([...linkKeys].map((key) => key.split("|")[0]!))].filter((id) => existingEvents.has(id));
  const existingLinks = new Set(
    (await inChunks(linkSources, (ids) => db.eventLink.findMany({ where: { eventId: { in: ids } }, select: { eventId: true, relatedId: true } }))).map((link) => `${link.eventId}|${link.relatedId}`),
  );

  await db.$transaction(
    async (tx) => {
      // first: nothing may have changed the events since the snapshot above was read
      await advanceGroupingGeneration(tx, generation);
      const createdEvents = [...new Set(decisions.map(({ decision }) => decision.groupId).filter((id) => !existingEvents.has(id)))];
      // one statement per 500 rows (lib/db/bulk-insert.ts): Prisma's createMany spent ~0.5 ms per row here
      const now = new Date();
      await insertInChunks(tx, "events", createdEvents.map((id) => ({ id, title: "", reviewerTitle: null, origin: "grouper", articleCount: 0, outlets: [], languages: [], createdAt: now, updatedAt: now })));
      await insertInChunks(
        tx,
        "event_memberships",
        decisions.map(({ articleId, decision }) => ({
          articleId,
          eventId: decision.groupId,
          score: decision.score,
          explanation: decision.explanation as object,
          decidedBy: decision.explanation.decidedBy,
          pinned: false,
          updatedAt: now,
        })),
      );
      const newLinks = [...linkKeys].filter((key) => !existingLinks.has(key));
      await insertInChunks(tx, "event_links", newLinks.map((key) => ({ eventId: key.split("|")[0]!, relatedId: key.split("|")[1]!, createdAt: now })));
      await refreshEvents(tx, decisions.map(({ decision }) => decision.groupId));
      await stored.write(tx);
      result.created = createdEvents.length;
    },
    { maxWait: 30_000, timeout: 300_000 },
  );
  for (const { articleId, decision } of decisions) {
    result.assignments.set(articleId, decision.groupId);
    if (!existingEvents.has(decision.groupId)) continue;
    result.joined += 1;
    result.joinedArticleIds.add(articleId);
  }
  result.grouped = decisions.length;
  return result;
}

async function insertInChunks(tx: DbTransaction, table: BulkTable, rows: Record<string, BulkValue>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 500) await bulkInsert(tx, table, rows.slice(start, start + 500));
}

/** a query by a list of ids, 500 at a time: Prisma refuses more bound parameters than SQLite's old limit of 999 */
async function inChunks<T>(ids: string[], query: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; start < ids.length; start += 500) rows.push(...(await query(ids.slice(start, start + 500))));
  return rows;
}
