// Puts newly imported articles into events, online: the stored events are rebuilt in the grouper
// as they are (restore, nothing re-decided), then each new article is compared with the
// candidate groups the index finds and joins one or starts its own (createEventGrouper). Stored
// decisions, a reviewer's above all, are never revisited here; `regroupEvents` is the one path
// that re-decides, and it too keeps pinned articles where reviewers put them.
// Why the state is rebuilt per call rather than kept in a server process: the CLI and the web app
// both import, and SQLite has no server; reading the stored signatures back costs ~0.1 ms each.

import { randomUUID } from "node:crypto";
import type { Db } from "../db/client.ts";
import { isUniqueViolation } from "../db/is-unique-violation.ts";
import { withLockRetries } from "../db/with-lock-retries.ts";
import { createEventGrouper } from "./group-events.ts";
import { advanceGroupingGeneration, readGroupingGeneration, retryOnGroupingConflict } from "./grouping-generation.ts";
import { refreshEvents } from "./refresh-events.ts";
import { SIGNATURE_VERSION } from "./signature-json.ts";
import { ensureSignatures, loadSignatures } from "./stored-signatures.ts";
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
    await db.article.findMany({
      where: { eventMembership: null, ...(options.articleIds ? { id: { in: options.articleIds } } : {}) },
      select: { id: true },
    })
  ).map((row) => row.id);
  const result: GroupArticlesResult = { grouped: 0, joined: 0, created: 0, assignments: new Map(), joinedArticleIds: new Set() };
  if (ungrouped.length === 0) return result;
  // every article, grouped or not, must have a current signature to be restored or compared
  const stale = await db.article.findMany({ where: { OR: [{ signature: null }, { signature: { version: { not: SIGNATURE_VERSION } } }] }, select: { id: true } });
  await ensureSignatures(db, stale.map((row) => row.id));

  const [memberships, links, signatures] = await Promise.all([
    db.eventMembership.findMany({ select: { articleId: true, eventId: true } }),
    db.eventLink.findMany({ select: { eventId: true, relatedId: true } }),
    loadSignatures(db),
  ]);
  const eventOf = new Map(memberships.map((row) => [row.articleId, row.eventId]));
  const wanted = new Set(ungrouped);
  const grouper = createEventGrouper({ newGroupId: () => randomUUID() });
  const fresh: { articleId: string; signatureIndex: number }[] = [];
  for (const [signatureIndex, { articleId, signature }] of signatures.entries()) {
    // long synchronous loops at scale: an app instance running this in a background job keeps answering
    if (signatureIndex % 2000 === 1999) await yieldToEventLoop();
    const eventId = eventOf.get(articleId);
    if (eventId) grouper.restore(signature, eventId);
    else if (wanted.has(articleId)) fresh.push({ articleId, signatureIndex });
  }
  for (const link of links) grouper.link(link.eventId, link.relatedId);

  // new articles in publication order, then in the order they were imported: rows of one batch
  // share their creation time, and their random ids must not decide which article opens an event
  const rank = new Map((options.articleIds ?? []).map((id, index) => [id, index]));
  const published = (index: number) => signatures[index]!.signature.published ?? "9999";
  fresh.sort((a, b) => published(a.signatureIndex).localeCompare(published(b.signatureIndex)) || (rank.get(a.articleId) ?? 0) - (rank.get(b.articleId) ?? 0) || a.signatureIndex - b.signatureIndex);
  const existingEvents = new Set(eventOf.values());
  const decisions: { articleId: string; decision: GroupingResult }[] = [];
  for (const [position, { articleId, signatureIndex }] of fresh.entries()) {
    if (position % 200 === 199) await yieldToEventLoop();
    decisions.push({ articleId, decision: grouper.add(signatures[signatureIndex]!.signature) });
  }
  const existingLinks = new Set(links.map((link) => `${link.eventId}|${link.relatedId}`));

  await db.$transaction(
    async (tx) => {
      // first: nothing may have changed the events since the snapshot above was read
      await advanceGroupingGeneration(tx, generation);
      const createdEvents = [...new Set(decisions.map(({ decision }) => decision.groupId).filter((id) => !existingEvents.has(id)))];
      if (createdEvents.length > 0) await tx.event.createMany({ data: createdEvents.map((id) => ({ id, title: "" })) });
      await tx.eventMembership.createMany({
        data: decisions.map(({ articleId, decision }) => ({
          articleId,
          eventId: decision.groupId,
          score: decision.score,
          explanation: decision.explanation as object,
          decidedBy: decision.explanation.decidedBy,
        })),
      });
      const newLinks = new Set<string>();
      for (const { decision } of decisions) {
        for (const related of decision.related) {
          const [a, b] = [decision.groupId, related].sort() as [string, string];
          const key = `${a}|${b}`;
          if (a !== b && !existingLinks.has(key)) newLinks.add(key);
        }
      }
      if (newLinks.size > 0) await tx.eventLink.createMany({ data: [...newLinks].map((key) => ({ eventId: key.split("|")[0]!, relatedId: key.split("|")[1]! })) });
      await refreshEvents(tx, decisions.map(({ decision }) => decision.groupId));
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
