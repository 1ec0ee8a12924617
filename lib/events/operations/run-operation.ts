// Every reviewer operation on events goes through here: one transaction holds the change, the
// snapshots of what it touched before and after, and its history row, so the history can never
// disagree with the state (documenso's habit: a multi-row change and its audit row together).

import type { Db, DbTransaction } from "../../db/client.ts";
import { withLockRetries } from "../../db/with-lock-retries.ts";
import { captureState, type EventStateSnapshot } from "../event-state.ts";
import { advanceGroupingGeneration } from "../grouping-generation.ts";
import { refreshGroupingIndex } from "../grouping-state.ts";
import { refreshEvents } from "../refresh-events.ts";

export const EVENT_OPERATION_KINDS = ["merge", "split", "move", "rename", "pin", "unpin", "regroup", "undo"] as const;
export type EventOperationKind = (typeof EVENT_OPERATION_KINDS)[number];

export interface OperationScope {
  eventIds: string[];
  articleIds: string[];
}

export interface RunOperationOptions {
  kind: EventOperationKind;
  actor: string;
  summary: string;
  /** what the operation will touch: read before it runs */
  scope: OperationScope;
  /** the change itself; returns events it created, which join the touched scope */
  change: (tx: DbTransaction) => Promise<{ createdEventIds?: string[] } | void>;
  undoesId?: string;
  /**
   * The grouping generation the change was decided from (regroupEvents): the operation is refused
   * with a GroupingConflict if events changed since. Without it the generation just moves on.
   */
  expectedGeneration?: number;
}

export interface OperationRecord {
  id: string;
  kind: EventOperationKind;
  summary: string;
  eventIds: string[];
  createdEventIds: string[];
}

export async function runOperation(db: Db, options: RunOperationOptions): Promise<OperationRecord> {
  return withLockRetries(() =>
    db.$transaction(
      async (tx) => {
        // first statement: the write lock (SQLite) or row lock (PostgreSQL) that orders event changes
        await advanceGroupingGeneration(tx, options.expectedGeneration);
        const before = await captureState(tx, options.scope);
        const created = (await options.change(tx))?.createdEventIds ?? [];
        const eventIds = [...new Set([...options.scope.eventIds, ...created])];
        await refreshEvents(tx, eventIds);
        // the stored candidate index files postings by event: those of the touched events follow their members
        await refreshGroupingIndex(tx, eventIds);
        const after = await captureState(tx, { eventIds, articleIds: options.scope.articleIds });
        const row = await tx.eventOperation.create({
          data: {
            kind: options.kind,
            actor: options.actor,
            summary: options.summary,
            eventIds,
            before: { ...before, eventIds } satisfies EventStateSnapshot as object,
            after: after as object,
            undoesId: options.undoesId ?? null,
            events: { create: eventIds.map((eventId) => ({ eventId })) },
          },
          select: { id: true },
        });
        if (options.undoesId) await tx.eventOperation.update({ where: { id: options.undoesId }, data: { undoneById: row.id } });
        return { id: row.id, kind: options.kind, summary: options.summary, eventIds, createdEventIds: created };
      },
      { maxWait: 30_000, timeout: 300_000 },
    ),
  );
}
