// Re-decides every automatic grouping from scratch (after the configuration or the signature code
// changed, or to let earlier articles benefit from later ones): all articles are streamed through
// a fresh grouper in publication order with every pinned article held to its event, so a
// reviewer's merge, split, move or pin survives. New groups take the id of the stored event they
// overlap most, so pages and links keep pointing at the same events where the grouping holds.
// Recorded as one "regroup" operation, undoable like any other.

import { randomUUID } from "node:crypto";
import type { Db } from "../db/client.ts";
import { linkKey } from "./event-state.ts";
import { readGroupingGeneration, retryOnGroupingConflict } from "./grouping-generation.ts";
import { clearGroupingState } from "./grouping-state.ts";
import { createEventGrouper } from "./group-events.ts";
import { runOperation, type OperationRecord } from "./operations/run-operation.ts";
import { rebuildAllSignatures, ensureSignatures, loadSignatures } from "./stored-signatures.ts";
import type { GroupingResult } from "./types.ts";

export interface RegroupOptions {
  actor: string;
  /** rebuild every stored signature first (needed after the signature code changed) */
  rebuildSignatures?: boolean;
}

export interface RegroupResult {
  operation: OperationRecord;
  articles: number;
  events: number;
  /** articles now in another event than before */
  moved: number;
  pinned: number;
}

export async function regroupEvents(db: Db, { actor, rebuildSignatures = false }: RegroupOptions): Promise<RegroupResult> {
  if (rebuildSignatures) await rebuildAllSignatures(db);
  else await ensureSignatures(db, (await db.article.findMany({ select: { id: true } })).map((row) => row.id));
  // decided from one snapshot; if a reviewer or an import changes events meanwhile, decide again
  return retryOnGroupingConflict(() => regroupOnce(db, actor));
}

async function regroupOnce(db: Db, actor: string): Promise<RegroupResult> {
  const generation = await readGroupingGeneration(db);

  const [memberships, signatures] = await Promise.all([
    db.eventMembership.findMany({ select: { articleId: true, eventId: true, pinned: true } }),
    loadSignatures(db),
  ]);
  const before = new Map(memberships.map((row) => [row.articleId, row]));
  const pinned = new Map(memberships.filter((row) => row.pinned).map((row) => [row.articleId, row.eventId]));
  let temporary = 0;
  const grouper = createEventGrouper({ pinned, newGroupId: () => `new:${temporary++}` });
  const decisions = new Map<string, GroupingResult>();
  for (const { articleId, signature } of signatures) decisions.set(articleId, grouper.add(signature));

  const eventIdOf = matchGroupsToEvents(grouper.groups(), before);
  const finalEvent = (groupId: string) => eventIdOf.get(groupId)!;
  const moved = [...decisions].filter(([articleId, decision]) => before.get(articleId)?.eventId !== finalEvent(decision.groupId)).length;
  const oldEvents = new Set(memberships.map((row) => row.eventId));
  const newEvents = new Set(eventIdOf.values());

  const operation = await runOperation(db, {
    kind: "regroup",
    actor,
    expectedGeneration: generation,
    summary: `Regrouped ${decisions.size} articles into ${newEvents.size} events (${moved} moved, ${pinned.size} pinned kept)`,
    scope: { eventIds: [...new Set([...oldEvents, ...newEvents])], articleIds: [...decisions.keys()] },
    change: async (tx) => {
      // every article re-decided, in publication order: the stored grouping state is built again from this order
      await clearGroupingState(tx);
      const created = [...newEvents].filter((id) => !oldEvents.has(id));
      if (created.length > 0) await tx.event.createMany({ data: created.map((id) => ({ id, title: "" })) });
      for (const [articleId, decision] of decisions) {
        const data = {
          eventId: finalEvent(decision.groupId),
          score: decision.score,
          explanation: decision.explanation as object,
          ...(pinned.has(articleId) ? {} : { decidedBy: decision.explanation.decidedBy }),
        };
        await tx.eventMembership.upsert({ where: { articleId }, create: { articleId, ...data, decidedBy: decision.explanation.decidedBy }, update: data });
      }
      await tx.eventLink.deleteMany({});
      const links = new Set<string>();
      for (const group of grouper.groups()) for (const related of group.related) links.add(linkKey(finalEvent(group.id), finalEvent(related)).join("|"));
      const rows = [...links].map((key) => key.split("|") as [string, string]).filter(([a, b]) => a !== b);
      if (rows.length > 0) await tx.eventLink.createMany({ data: rows.map(([eventId, relatedId]) => ({ eventId, relatedId })) });
      return { createdEventIds: created };
    },
  });
  return { operation, articles: decisions.size, events: newEvents.size, moved, pinned: pinned.size };
}

/** each new group -> a stored event id: its pinned id, else the unclaimed stored event it shares most members with, else a new id */
function matchGroupsToEvents(groups: { id: string; articleIds: string[] }[], before: Map<string, { eventId: string }>): Map<string, string> {
  const result = new Map<string, string>();
  const claimed = new Set<string>();
  for (const group of groups) {
    if (!group.id.startsWith("new:")) {
      result.set(group.id, group.id);
      claimed.add(group.id);
    }
  }
  const overlaps: { groupId: string; eventId: string; shared: number }[] = [];
  for (const group of groups) {
    if (result.has(group.id)) continue;
    const counts = new Map<string, number>();
    for (const articleId of group.articleIds) {
      const eventId = before.get(articleId)?.eventId;
      if (eventId) counts.set(eventId, (counts.get(eventId) ?? 0) + 1);
    }
    for (const [eventId, shared] of counts) overlaps.push({ groupId: group.id, eventId, shared });
  }
  overlaps.sort((a, b) => b.shared - a.shared || a.groupId.localeCompare(b.groupId));
  for (const { groupId, eventId } of overlaps) {
    if (result.has(groupId) || claimed.has(eventId)) continue;
    result.set(groupId, eventId);
    claimed.add(eventId);
  }
  for (const group of groups) if (!result.has(group.id)) result.set(group.id, randomUUID());
  return result;
}
