import type { Db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { linkKey } from "../event-state.ts";
import { displayTitle, quoted, requireEvent } from "./load-event-members.ts";
import { runOperation, type OperationRecord } from "./run-operation.ts";

export interface MergeEventsOptions {
  /** the event that stays */
  targetId: string;
  /** the events merged into it, then gone */
  sourceIds: string[];
  actor: string;
}

/**
 * A reviewer says these events are one: every member moves to the target and is pinned there
 * (regrouping will not pull them apart again); the sources' related links pass to the target.
 */
export async function mergeEvents(db: Db, { targetId, sourceIds, actor }: MergeEventsOptions): Promise<OperationRecord> {
  const sources = [...new Set(sourceIds)].filter((id) => id !== targetId);
  if (sources.length === 0) throw new AppError("INVALID_ARGUMENT", "Choose at least one other event to merge into this one.");
  const target = await requireEvent(db, targetId);
  const merged = await Promise.all(sources.map((id) => requireEvent(db, id)));
  const articleIds = [...target.memberIds, ...merged.flatMap((event) => event.memberIds)];
  return runOperation(db, {
    kind: "merge",
    actor,
    summary: `Merged ${merged.map((event) => quoted(displayTitle(event))).join(", ")} into ${quoted(displayTitle(target))}`,
    scope: { eventIds: [targetId, ...sources], articleIds },
    change: async (tx) => {
      await tx.eventMembership.updateMany({ where: { articleId: { in: articleIds } }, data: { eventId: targetId, pinned: true, decidedBy: "reviewer" } });
      const links = await tx.eventLink.findMany({ where: { OR: [{ eventId: { in: sources } }, { relatedId: { in: sources } }] }, select: { eventId: true, relatedId: true } });
      const existing = new Set((await tx.eventLink.findMany({ where: { OR: [{ eventId: targetId }, { relatedId: targetId }] }, select: { eventId: true, relatedId: true } })).map((link) => `${link.eventId}|${link.relatedId}`));
      const gone = new Set([targetId, ...sources]);
      const moved = new Set<string>();
      for (const link of links) {
        const other = sources.includes(link.eventId) ? link.relatedId : link.eventId;
        if (gone.has(other)) continue;
        const key = linkKey(targetId, other).join("|");
        if (!existing.has(key)) moved.add(key);
      }
      await tx.eventLink.deleteMany({ where: { OR: [{ eventId: { in: sources } }, { relatedId: { in: sources } }] } });
      if (moved.size > 0) await tx.eventLink.createMany({ data: [...moved].map((key) => ({ eventId: key.split("|")[0]!, relatedId: key.split("|")[1]! })) });
    },
  });
}
