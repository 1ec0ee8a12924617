import type { Db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { displayTitle, quoted, requireEvent, requireMembership } from "./load-event-members.ts";
import { runOperation, type OperationRecord } from "./run-operation.ts";

export interface PinArticleOptions {
  articleId: string;
  /** false unpins: regrouping may move the article again */
  pinned: boolean;
  actor: string;
}

/** A reviewer confirms an article's event (pin) or hands it back to the grouper (unpin). */
export async function pinArticle(db: Db, { articleId, pinned, actor }: PinArticleOptions): Promise<OperationRecord> {
  const membership = await requireMembership(db, articleId);
  if (membership.pinned === pinned) throw new AppError("INVALID_ARGUMENT", pinned ? "The article is already pinned to its event." : "The article is not pinned.");
  const event = await requireEvent(db, membership.eventId);
  return runOperation(db, {
    kind: pinned ? "pin" : "unpin",
    actor,
    summary: `${pinned ? "Pinned" : "Unpinned"} ${quoted(membership.headline)} ${pinned ? "to" : "from"} ${quoted(displayTitle(event))}`,
    scope: { eventIds: [event.id], articleIds: [articleId] },
    change: async (tx) => {
      await tx.eventMembership.update({ where: { articleId }, data: { pinned } });
    },
  });
}
