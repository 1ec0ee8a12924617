// Look-ups every event operation starts with; a missing event or article is the user's mistake
// (a stale page, a mistyped id), told as NOT_FOUND with the id, never a crash.

import type { Db, DbTransaction } from "../../db/client.ts";
import { AppError } from "../../errors.ts";

export async function requireEvent(db: Db | DbTransaction, eventId: string): Promise<{ id: string; title: string; reviewerTitle: string | null; memberIds: string[] }> {
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: { id: true, title: true, reviewerTitle: true, memberships: { select: { articleId: true } } },
  });
  if (!event) throw new AppError("NOT_FOUND", `No event ${eventId}: it may have been merged or emptied; reload the events list.`);
  return { id: event.id, title: event.title, reviewerTitle: event.reviewerTitle, memberIds: event.memberships.map((member) => member.articleId) };
}

export async function requireMembership(db: Db | DbTransaction, articleId: string): Promise<{ articleId: string; eventId: string; pinned: boolean; headline: string }> {
  const membership = await db.eventMembership.findUnique({
    where: { articleId },
    select: { articleId: true, eventId: true, pinned: true, article: { select: { headline: true } } },
  });
  if (!membership) throw new AppError("NOT_FOUND", `Article ${articleId} is in no event (unknown id, or not grouped yet: run \`parallax events regroup\`).`);
  return { articleId, eventId: membership.eventId, pinned: membership.pinned, headline: membership.article.headline };
}

export function displayTitle(event: { title: string; reviewerTitle: string | null }): string {
  return event.reviewerTitle ?? event.title;
}

/** a title in a history line: short enough to read at a glance */
export function quoted(title: string): string {
  return `“${title.length > 60 ? `${title.slice(0, 57)}…` : title}”`;
}
