// The job queue's statements (lib/jobs/queue.ts), written per provider like the other raw SQL of
// lib/db (docs/decisions/012-postgresql.md). Prisma has no "claim one row" query: a claim must be
// one statement, so that two workers can never take the same job.
//  - PostgreSQL: the candidate row is locked with FOR UPDATE SKIP LOCKED, so concurrent claims
//    pass each other by instead of queueing on one row.
//  - SQLite: one writer at a time, so UPDATE … WHERE id = (SELECT …) is atomic as it stands.
// Timestamps are bound as text in the form Prisma writes them (ISO 8601, UTC), so Prisma reads the
// rows back unchanged and comparisons stay textual on SQLite.

import { sqliteTimestamp } from "./bulk-insert.ts";
import { dbProvider, type Db, type DbTransaction } from "./client.ts";

export interface ClaimedJobRow {
  id: string;
  queue: string;
  payload: unknown;
  scope: string | null;
  attempts: number;
  maxAttempts: number;
}

export interface InsertJobRow {
  id: string;
  queue: string;
  payload: object;
  scope: string | null;
  dedupeKey: string | null;
  maxAttempts: number;
  runAfter: Date;
  createdAt: Date;
}

function time(db: Db | DbTransaction, date: Date): string {
  return dbProvider(db) === "postgresql" ? date.toISOString() : sqliteTimestamp(date);
}

/** Inserts a job unless one with the same dedupe key is queued or active: true when inserted. */
export async function insertJob(db: Db | DbTransaction, row: InsertJobRow): Promise<boolean> {
  const pg = dbProvider(db) === "postgresql";
  const p = (index: number, cast = "") => (pg ? `$${index}${cast}` : "?");
  const inserted = await db.$executeRawUnsafe(
    `INSERT INTO "jobs" ("id", "queue", "payload", "scope", "dedupeKey", "maxAttempts", "runAfter", "createdAt", "state", "attempts")
     VALUES (${p(1)}, ${p(2)}, ${p(3, "::jsonb")}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7, "::timestamp(3)")}, ${p(8, "::timestamp(3)")}, 'queued', 0)
     ON CONFLICT ("dedupeKey") DO NOTHING`,
    row.id,
    row.queue,
    JSON.stringify(row.payload),
    row.scope,
    row.dedupeKey,
    row.maxAttempts,
    time(db, row.runAfter),
    time(db, row.createdAt),
  );
  return inserted === 1;
}

/**
 * Takes the next job of `queues` that is due, or whose lease has run out (its worker died), and
 * leases it to `workerId` until `lockedUntil`.
 */
export async function claimJobRow(
  db: Db,
  options: { queues: string[]; workerId: string; now: Date; lockedUntil: Date; scope?: string },
): Promise<ClaimedJobRow | null> {
  const pg = dbProvider(db) === "postgresql";
  const params: unknown[] = [];
  const p = (value: unknown, cast = "") => {
    params.push(value);
    return pg ? `$${params.length}${cast}` : "?";
  };
  const setPart = `"state" = 'active', "attempts" = "attempts" + 1, "lockedBy" = ${p(options.workerId)}, "lockedUntil" = ${p(time(db, options.lockedUntil), "::timestamp(3)")}`;
  const now = time(db, options.now);
  const queueList = options.queues.map((queue) => p(queue)).join(", ");
  const due = `(("state" = 'queued' AND "runAfter" <= ${p(now, "::timestamp(3)")}) OR ("state" = 'active' AND "lockedUntil" < ${p(now, "::timestamp(3)")}))`;
  const scope = options.scope === undefined ? "" : ` AND "scope" = ${p(options.scope)}`;
  const pick = `SELECT "id" FROM "jobs" WHERE "queue" IN (${queueList}) AND ${due}${scope} ORDER BY "runAfter", "createdAt", "id" LIMIT 1${pg ? " FOR UPDATE SKIP LOCKED" : ""}`;
  const rows = await db.$queryRawUnsafe<ClaimedJobRow[]>(
    `UPDATE "jobs" SET ${setPart} WHERE "id" = (${pick}) RETURNING "id", "queue", "payload", "scope", "attempts", "maxAttempts"`,
    ...params,
  );
  const row = rows[0];
  if (!row) return null;
  // SQLite hands JSON columns back as text through raw queries, PostgreSQL as values
  return { ...row, payload: typeof row.payload === "string" ? JSON.parse(row.payload) : row.payload, attempts: Number(row.attempts), maxAttempts: Number(row.maxAttempts) };
}
