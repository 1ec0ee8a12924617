"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { EventActionState } from "@/components/events/action-form";
import { getDb, type Db } from "@/lib/db/client";
import { toAppError } from "@/lib/errors";
import { mergeEvents } from "@/lib/events/operations/merge-events";
import { moveArticle } from "@/lib/events/operations/move-article";
import { pinArticle } from "@/lib/events/operations/pin-article";
import { renameEvent } from "@/lib/events/operations/rename-event";
import { splitEvent } from "@/lib/events/operations/split-event";
import { undoOperation } from "@/lib/events/operations/undo-operation";
import { authorizeAction } from "@/app/current-user";
import type { MutationName } from "@/lib/review/mutations";

const ZId = z.string().trim().min(1).max(64);
const STALE_FORM = "This form is incomplete; reload the page and try again.";
// fields the reviewer fills in: their messages say what to do; the hidden ids only fail on a stale page
const REVIEWER_FIELDS = new Set<PropertyKey>(["sourceId", "articleIds", "toEventId"]);

const ZRename = z.object({ eventId: ZId, title: z.string().max(1000).default("") });
const ZMerge = z.object({ eventId: ZId, sourceId: z.string().trim().max(64).min(1, "Choose the event to merge into this one.") });
const ZSplit = z.object({ eventId: ZId, articleIds: z.array(ZId).min(1, "Tick the articles that form the new event, then split."), title: z.string().max(1000).default("") });
const ZMove = z.object({ eventId: ZId, articleId: ZId, toEventId: z.string().trim().max(64).min(1, "Choose where to move the article.") });
const ZPin = z.object({ eventId: ZId, articleId: ZId, pinned: z.enum(["true", "false"]).transform((value) => value === "true") });
const ZUndo = z.object({ eventId: ZId, operationId: ZId });

type Outcome = EventActionState & { redirectTo?: string };

// a missing field (a disabled placeholder option is not sent) reads as empty, so its own message shows
const field = (formData: FormData, name: string) => formData.get(name) ?? "";

/**
 * Parse, run, map errors, refresh: every event action goes through here. When the page's event
 * no longer exists afterwards (merged away, emptied by a move or an undo), the reviewer is sent
 * to where its articles went instead of a 404.
 */
async function runEventAction<T extends { eventId: string }>(
  mutation: MutationName,
  schema: z.ZodType<T>,
  input: unknown,
  operate: (db: Db, values: T, actor: string) => Promise<{ notice: EventActionState["notice"]; survivors: string[] }>,
): Promise<EventActionState> {
  let actor: string;
  try {
    // the role is checked on the server whatever the page showed; history records who did it
    actor = (await authorizeAction(mutation)).email;
  } catch (error) {
    return { error: toAppError(error).message, notice: null };
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: issue && issue.path.length === 1 && REVIEWER_FIELDS.has(issue.path[0]!) ? issue.message : STALE_FORM, notice: null };
  }
  let outcome: Outcome;
  try {
    const db = await getDb();
    const { notice, survivors } = await operate(db, parsed.data, actor);
    outcome = { error: null, notice };
    if (!(await db.event.findUnique({ where: { id: parsed.data.eventId }, select: { id: true } }))) {
      const existing = await db.event.findFirst({ where: { id: { in: survivors } }, select: { id: true } });
      outcome.redirectTo = existing ? `/events/${existing.id}` : "/events";
    }
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") console.error("event operation failed:", error);
    return { error: appError.message, notice: null };
  }
  // Other events change too (merge sources, split and move targets): refresh the whole section.
  revalidatePath("/events", "layout");
  if (outcome.redirectTo) redirect(outcome.redirectTo);
  return outcome;
}

// POST (server action) – give the event a reviewer's title, or the automatic one back when empty
export async function renameEventAction(_previous: EventActionState, formData: FormData): Promise<EventActionState> {
  return runEventAction("event.rename", ZRename, { eventId: field(formData, "eventId"), title: field(formData, "title") }, async (db, { eventId, title }, actor) => {
    await renameEvent(db, { eventId, title, actor });
    return { notice: { text: title.trim() ? "Renamed." : "The automatic title is back." }, survivors: [] };
  });
}

// POST (server action) – merge another event into this one
export async function mergeEventsAction(_previous: EventActionState, formData: FormData): Promise<EventActionState> {
  return runEventAction("event.merge", ZMerge, { eventId: field(formData, "eventId"), sourceId: field(formData, "sourceId") }, async (db, { eventId, sourceId }, actor) => {
    await mergeEvents(db, { targetId: eventId, sourceIds: [sourceId], actor });
    return { notice: { text: "Merged: its articles are now in this event, pinned here." }, survivors: [eventId] };
  });
}

// POST (server action) – the ticked articles leave for a new event
export async function splitEventAction(_previous: EventActionState, formData: FormData): Promise<EventActionState> {
  const input = { eventId: field(formData, "eventId"), articleIds: formData.getAll("articleId"), title: field(formData, "title") };
  return runEventAction("event.split", ZSplit, input, async (db, { eventId, articleIds, title }, actor) => {
    const result = await splitEvent(db, { eventId, articleIds, title, actor });
    const count = articleIds.length === 1 ? "1 article" : `${articleIds.length} articles`;
    return { notice: { text: `Split ${count} into a new event.`, href: `/events/${result.newEventId}`, linkText: "Open the new event" }, survivors: [result.newEventId] };
  });
}

// POST (server action) – one article to another event, or to a new event of its own
export async function moveArticleAction(_previous: EventActionState, formData: FormData): Promise<EventActionState> {
  const input = { eventId: field(formData, "eventId"), articleId: field(formData, "articleId"), toEventId: field(formData, "toEventId") };
  return runEventAction("event.move", ZMove, input, async (db, { articleId, toEventId }, actor) => {
    const result = await moveArticle(db, { articleId, toEventId, actor });
    const where = toEventId === "new" ? "a new event" : "the chosen event";
    return { notice: { text: `Moved to ${where}.`, href: `/events/${result.eventId}`, linkText: "Open it" }, survivors: [result.eventId] };
  });
}

// POST (server action) – pin an article to this event, or hand it back to the grouper
export async function pinArticleAction(_previous: EventActionState, formData: FormData): Promise<EventActionState> {
  const input = { eventId: field(formData, "eventId"), articleId: field(formData, "articleId"), pinned: field(formData, "pinned") };
  return runEventAction("event.pin", ZPin, input, async (db, { articleId, pinned }, actor) => {
    await pinArticle(db, { articleId, pinned, actor });
    return { notice: null, survivors: [] };
  });
}

// POST (server action) – undo the latest operation on this event (recorded as a new operation)
export async function undoOperationAction(_previous: EventActionState, formData: FormData): Promise<EventActionState> {
  return runEventAction("event.undo", ZUndo, { eventId: field(formData, "eventId"), operationId: field(formData, "operationId") }, async (db, { operationId }, actor) => {
    const record = await undoOperation(db, { operationId, actor });
    return { notice: { text: "Undone." }, survivors: record.eventIds };
  });
}
