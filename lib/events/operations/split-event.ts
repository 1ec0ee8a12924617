import { randomUUID } from "node:crypto";
import type { Db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { linkKey } from "../event-state.ts";
import { displayTitle, quoted, requireEvent } from "./load-event-members.ts";
import { runOperation, type OperationRecord } from "./run-operation.ts";

export interface SplitEventOptions {
  eventId: string;
  /** the members that leave for a new event */
  articleIds: string[];
  /** the new event's title; the earliest moved headline when absent */
  title?: string | null;
  actor: string;
}

/**
 * A reviewer says an event is two: the chosen members form a new event. Both sides are pinned,
 * so regrouping keeps them apart, and the two events are linked as related (one story thread
 * is the usual reason an automatic group mixed them).
 */
export async function splitEvent(db: Db, { eventId, articleIds, title, actor }: SplitEventOptions): Promise<OperationRecord & { newEventId: string }> {
  const event = await requireEvent(db, eventId);
  const moving = [...new Set(articleIds)];
  const strangers = moving.filter((id) => !event.memberIds.includes(id));
  if (strangers.length > 0) throw new AppError("INVALID_ARGUMENT", `Not in this event: ${strangers.join(", ")}.`);
  if (moving.length === 0) throw new AppError("INVALID_ARGUMENT", "Choose the articles that form the new event.");
  if (moving.length === event.memberIds.length) throw new AppError("INVALID_ARGUMENT", "Leave at least one article in the event: splitting off every article changes nothing.");
  const newEventId = randomUUID();
  const record = await runOperation(db, {
    kind: "split",
    actor,
    summary: `Split ${moving.length} article${moving.length === 1 ? "" : "s"} out of ${quoted(displayTitle(event))} into a new event`,
    scope: { eventIds: [eventId], articleIds: event.memberIds },
    change: async (tx) => {
      await tx.event.create({ data: { id: newEventId, title: "", reviewerTitle: title?.trim() || null, origin: "reviewer" } });
      await tx.eventMembership.updateMany({ where: { articleId: { in: moving } }, data: { eventId: newEventId, pinned: true, decidedBy: "reviewer" } });
      await tx.eventMembership.updateMany({ where: { eventId }, data: { pinned: true } });
      const [a, b] = linkKey(eventId, newEventId);
      await tx.eventLink.create({ data: { eventId: a, relatedId: b } });
      return { createdEventIds: [newEventId] };
    },
  });
  return { ...record, newEventId };
}
