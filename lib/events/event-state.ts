// Snapshots of the part of the event state an operation touches (events, memberships, related
// links), taken before and after it. History keeps both; an undo applies the `before` snapshot as
// a new operation, so nothing is rewritten and an undo can itself be undone.

import type { DbTransaction } from "../db/client.ts";
import { refreshEvents } from "./refresh-events.ts";

export interface EventRowSnapshot {
  id: string;
  reviewerTitle: string | null;
  origin: string;
}

export interface MembershipSnapshot {
  articleId: string;
  eventId: string;
  score: number;
  explanation: unknown;
  decidedBy: string;
  pinned: boolean;
}

export interface EventStateSnapshot {
  /** events touched; those absent from `events` did not exist at that moment */
  eventIds: string[];
  articleIds: string[];
  events: EventRowSnapshot[];
  memberships: MembershipSnapshot[];
  /** links touching any of `eventIds`, as [eventId, relatedId] with eventId < relatedId */
  links: [string, string][];
}

export async function captureState(tx: DbTransaction, scope: { eventIds: Iterable<string>; articleIds: Iterable<string> }): Promise<EventStateSnapshot> {
  const eventIds = [...new Set(scope.eventIds)].sort();
  const articleIds = [...new Set(scope.articleIds)].sort();
  // one after the other: a transaction is one connection, and pg wants one query at a time on it
  const events = await tx.event.findMany({ where: { id: { in: eventIds } }, select: { id: true, reviewerTitle: true, origin: true }, orderBy: { id: "asc" } });
  const memberships = await tx.eventMembership.findMany({
    where: { articleId: { in: articleIds } },
    select: { articleId: true, eventId: true, score: true, explanation: true, decidedBy: true, pinned: true },
    orderBy: { articleId: "asc" },
  });
  const links = await tx.eventLink.findMany({ where: { OR: [{ eventId: { in: eventIds } }, { relatedId: { in: eventIds } }] }, select: { eventId: true, relatedId: true } });
  return { eventIds, articleIds, events, memberships, links: links.map((link) => [link.eventId, link.relatedId] as [string, string]).sort() };
}

/**
 * Brings the touched part of the state back to a snapshot. Articles that arrived since, and the
 * events they started, are left alone: an event the snapshot says did not exist is removed only
 * if nothing else has joined it in the meantime.
 */
export async function applyState(tx: DbTransaction, snapshot: EventStateSnapshot): Promise<void> {
  for (const event of snapshot.events) {
    await tx.event.upsert({
      where: { id: event.id },
      create: { id: event.id, title: "", reviewerTitle: event.reviewerTitle, origin: event.origin },
      update: { reviewerTitle: event.reviewerTitle, origin: event.origin },
    });
  }
  for (const membership of snapshot.memberships) {
    const data = { eventId: membership.eventId, score: membership.score, explanation: membership.explanation as object, decidedBy: membership.decidedBy, pinned: membership.pinned };
    await tx.eventMembership.upsert({ where: { articleId: membership.articleId }, create: { articleId: membership.articleId, ...data }, update: data });
  }
  await tx.eventLink.deleteMany({ where: { OR: [{ eventId: { in: snapshot.eventIds } }, { relatedId: { in: snapshot.eventIds } }] } });
  const existing = new Set((await tx.event.findMany({ where: { id: { in: snapshot.links.flat() } }, select: { id: true } })).map((row) => row.id));
  const links = snapshot.links.filter(([a, b]) => existing.has(a) && existing.has(b));
  if (links.length > 0) await tx.eventLink.createMany({ data: links.map(([eventId, relatedId]) => ({ eventId, relatedId })) });
  // refreshEvents deletes the touched events that are left without members
  await refreshEvents(tx, snapshot.eventIds);
}

/** a related link stored once per pair, smaller id first */
export function linkKey(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}
