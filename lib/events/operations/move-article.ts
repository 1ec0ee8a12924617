import { randomUUID } from "node:crypto";
import type { Db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { displayTitle, quoted, requireEvent, requireMembership } from "./load-event-members.ts";
import { runOperation, type OperationRecord } from "./run-operation.ts";

export interface MoveArticleOptions {
  articleId: string;
  /** an event id, or "new" for an event of its own */
  toEventId: string;
  actor: string;
}

/** A reviewer puts one article in another event (or one of its own); it stays pinned there. */
export async function moveArticle(db: Db, { articleId, toEventId, actor }: MoveArticleOptions): Promise<OperationRecord & { eventId: string }> {
  const membership = await requireMembership(db, articleId);
  const from = await requireEvent(db, membership.eventId);
  const toNew = toEventId === "new";
  const target = toNew ? null : await requireEvent(db, toEventId);
  if (target?.id === from.id) throw new AppError("INVALID_ARGUMENT", "The article is already in that event.");
  const eventId = target?.id ?? randomUUID();
  const record = await runOperation(db, {
    kind: "move",
    actor,
    summary: `Moved ${quoted(membership.headline)} from ${quoted(displayTitle(from))} to ${target ? quoted(displayTitle(target)) : "a new event"}`,
    scope: { eventIds: [from.id, ...(target ? [target.id] : [])], articleIds: [articleId] },
    change: async (tx) => {
      if (toNew) await tx.event.create({ data: { id: eventId, title: "", origin: "reviewer" } });
      await tx.eventMembership.update({ where: { articleId }, data: { eventId, pinned: true, decidedBy: "reviewer" } });
      return { createdEventIds: toNew ? [eventId] : [] };
    },
  });
  return { ...record, eventId };
}
