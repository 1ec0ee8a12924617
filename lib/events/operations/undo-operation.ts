import type { Db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { applyState, type EventStateSnapshot } from "../event-state.ts";
import { quoted } from "./load-event-members.ts";
import { runOperation, type OperationRecord } from "./run-operation.ts";

export interface UndoOperationOptions {
  operationId: string;
  actor: string;
}

/** an operation row as runOperation wrote it: its snapshots are ours, not user input */
interface StoredOperation {
  id: string;
  kind: string;
  summary: string;
  createdAt: Date;
  undoneById: string | null;
  undoesId: string | null;
  before: EventStateSnapshot;
  after: EventStateSnapshot;
}

const SELECT = { id: true, kind: true, summary: true, createdAt: true, undoneById: true, undoesId: true, before: true, after: true } as const;

/**
 * Undoes an operation by applying its `before` snapshot as a new "undo" operation: the history
 * keeps both, and the undo can itself be undone. Refused while a later operation still in force
 * touched the same events or articles, since undoing under it would silently discard that later
 * decision: undo that one first.
 */
export async function undoOperation(db: Db, { operationId, actor }: UndoOperationOptions): Promise<OperationRecord> {
  const operation = (await db.eventOperation.findUnique({ where: { id: operationId }, select: SELECT })) as unknown as StoredOperation | null;
  if (!operation) throw new AppError("NOT_FOUND", `No event operation ${operationId}.`);
  if (operation.undoneById) throw new AppError("CONFLICT", `${quoted(operation.summary)} was already undone.`);
  const blocker = await laterOperationInForce(db, operation);
  if (blocker) throw new AppError("CONFLICT", `${quoted(blocker.summary)} came later and touches the same events: undo it first.`);

  const { before, after } = operation;
  return runOperation(db, {
    kind: "undo",
    actor,
    summary: `Undid: ${operation.summary}`,
    scope: { eventIds: [...before.eventIds, ...after.eventIds], articleIds: before.articleIds },
    undoesId: operation.id,
    change: async (tx) => {
      await applyState(tx, before);
    },
  });
}

async function laterOperationInForce(db: Db, operation: StoredOperation): Promise<StoredOperation | null> {
  const later = (await db.eventOperation.findMany({ where: { createdAt: { gte: operation.createdAt }, id: { not: operation.id } }, select: SELECT, orderBy: { createdAt: "asc" } })) as unknown as StoredOperation[];
  const ids = new Set(later.map((entry) => entry.id));
  const events = new Set([...operation.before.eventIds, ...operation.after.eventIds]);
  const articles = new Set(operation.before.articleIds);
  return (
    later.find((entry) => {
      if (entry.undoneById) return false;
      // an undo of something later than this operation cancels that later one: neither is in force
      if (entry.undoesId && ids.has(entry.undoesId)) return false;
      if (entry.undoesId === operation.id) return false;
      return entry.after.eventIds.some((id) => events.has(id)) || entry.before.articleIds.some((id) => articles.has(id));
    }) ?? null
  );
}

/**
 * The operation an "Undo" button offers for one event: its latest still in force, if nothing
 * later blocks it. Undo operations are passed over, so pressing Undo again walks further back
 * (an undo can still be undone by id, from the CLI).
 */
export async function latestUndoable(db: Db, eventId: string): Promise<{ id: string; summary: string; kind: string } | null> {
  const recent = (await db.eventOperation.findMany({ where: { undoneById: null }, select: SELECT, orderBy: { createdAt: "desc" }, take: 50 })) as unknown as StoredOperation[];
  for (const operation of recent) {
    if (operation.kind === "undo") continue;
    if (![...operation.before.eventIds, ...operation.after.eventIds].includes(eventId)) continue;
    if (await laterOperationInForce(db, operation)) return null;
    return { id: operation.id, summary: operation.summary, kind: operation.kind };
  }
  return null;
}
