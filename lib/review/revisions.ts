// The one history of review work. A change and its revision row are written in the same
// transaction, and (entityType, entityId, version) is unique, so a save either lands with its
// history or not at all, and two saves can never both claim the same version.

import type { DbTransaction, Db, Prisma } from "../db/client.ts";
import type { Actor } from "./authorize.ts";

export const REVISION_ENTITIES = ["verdict", "outlet-grade", "outlet-note", "outlet-profile", "user"] as const;
export type RevisionEntity = (typeof REVISION_ENTITIES)[number];
export type RevisionAction = "create" | "update" | "restore" | "remove";

export interface RevisionRecord<T = unknown> {
  id: string;
  version: number;
  action: RevisionAction;
  actor: { id: string; name: string };
  before: T | null;
  after: T;
  createdAt: string;
}

export async function appendRevision(
  tx: DbTransaction,
  entry: { entityType: RevisionEntity; entityId: string; version: number; action: RevisionAction; actor: Pick<Actor, "id" | "name">; before: unknown; after: unknown },
): Promise<void> {
  await tx.revision.create({
    data: {
      entityType: entry.entityType,
      entityId: entry.entityId,
      version: entry.version,
      action: entry.action,
      actorId: entry.actor.id,
      actorName: entry.actor.name,
      before: entry.before === null ? undefined : (entry.before as Prisma.InputJsonValue),
      after: entry.after as Prisma.InputJsonValue,
    },
  });
}

/** Newest first: the timeline a claim or outlet page shows. */
export async function listRevisions<T>(db: Db, entityType: RevisionEntity, entityId: string): Promise<RevisionRecord<T>[]> {
  const rows = await db.revision.findMany({
    where: { entityType, entityId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, action: true, actorId: true, actorName: true, before: true, after: true, createdAt: true },
  });
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    action: row.action as RevisionAction,
    actor: { id: row.actorId, name: row.actorName },
    before: (row.before ?? null) as T | null,
    after: row.after as T,
    createdAt: row.createdAt.toISOString(),
  }));
}
