import type { Db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { displayTitle, quoted, requireEvent } from "./load-event-members.ts";
import { runOperation, type OperationRecord } from "./run-operation.ts";

export interface RenameEventOptions {
  eventId: string;
  /** the reviewer's title; empty or null gives the automatic title back */
  title: string | null;
  actor: string;
}

export const MAX_EVENT_TITLE_LENGTH = 200;

export async function renameEvent(db: Db, { eventId, title, actor }: RenameEventOptions): Promise<OperationRecord> {
  const event = await requireEvent(db, eventId);
  const reviewerTitle = title?.replace(/\s+/g, " ").trim() || null;
  if (reviewerTitle && reviewerTitle.length > MAX_EVENT_TITLE_LENGTH) throw new AppError("INVALID_ARGUMENT", `A title has at most ${MAX_EVENT_TITLE_LENGTH} characters.`);
  return runOperation(db, {
    kind: "rename",
    actor,
    summary: reviewerTitle ? `Renamed ${quoted(displayTitle(event))} to ${quoted(reviewerTitle)}` : `Gave ${quoted(displayTitle(event))} its automatic title back`,
    scope: { eventIds: [eventId], articleIds: [] },
    change: async (tx) => {
      await tx.event.update({ where: { id: eventId }, data: { reviewerTitle } });
    },
  });
}
