// The job queue: one table (`jobs`) on SQLite and PostgreSQL alike (docs/decisions/015-background-jobs.md).
// A worker claims a due job with a lease and renews it while it works; a job whose lease runs out
// (its worker was killed) is claimed again by the next worker that asks, up to maxAttempts. A job
// never holds state of its own beyond its payload: handlers keep their progress in their own
// tables (import_runs, import_chunks), so a retried job resumes instead of starting over.
// Why our own table and not pg-boss: pg-boss runs on PostgreSQL only, so SQLite would need a
// second queue anyway, and pg-boss 10 (the last line for Node 20) has no heartbeat, so a dead
// worker's job would wait out its whole expiry.

import { randomUUID } from "node:crypto";
import type { Db, DbTransaction } from "../db/client.ts";
import { claimJobRow, insertJob } from "../db/job-statements.ts";

export type JobState = "queued" | "active" | "done" | "failed";

export interface Job<P = unknown> {
  id: string;
  queue: string;
  payload: P;
  scope: string | null;
  /** this attempt's number, from 1 */
  attempts: number;
  maxAttempts: number;
}

export interface EnqueueOptions {
  /** at most one queued or active job per key; a second enqueue with the key is a no-op */
  dedupeKey?: string;
  scope?: string;
  maxAttempts?: number;
  runAfter?: Date;
}

/** Adds a job (inside the caller's transaction when given one): its id, or null when deduplicated. */
export async function enqueue(db: Db | DbTransaction, queue: string, payload: object, options: EnqueueOptions = {}): Promise<string | null> {
  const id = randomUUID();
  const now = new Date();
  const inserted = await insertJob(db, {
    id,
    queue,
    payload,
    scope: options.scope ?? null,
    dedupeKey: options.dedupeKey ?? null,
    maxAttempts: options.maxAttempts ?? 3,
    runAfter: options.runAfter ?? now,
    createdAt: now,
  });
  return inserted ? id : null;
}

export interface ClaimOptions {
  queues: string[];
  workerId: string;
  leaseMs: number;
  scope?: string;
}

export async function claimJob(db: Db, options: ClaimOptions): Promise<Job | null> {
  if (options.queues.length === 0) return null;
  const now = new Date();
  return claimJobRow(db, { queues: options.queues, workerId: options.workerId, scope: options.scope, now, lockedUntil: new Date(now.getTime() + options.leaseMs) });
}

/** Extends the lease: false when the job is no longer this worker's (its lease ran out and another took it). */
export async function renewLease(db: Db, jobId: string, workerId: string, leaseMs: number): Promise<boolean> {
  const { count } = await db.job.updateMany({
    where: { id: jobId, lockedBy: workerId, state: "active" },
    data: { lockedUntil: new Date(Date.now() + leaseMs) },
  });
  return count === 1;
}

/** Marks the job done if it is still this worker's: false otherwise (the work was idempotent; nothing is lost). */
export async function completeJob(db: Db | DbTransaction, jobId: string, workerId: string): Promise<boolean> {
  const { count } = await db.job.updateMany({
    where: { id: jobId, lockedBy: workerId, state: "active" },
    data: { state: "done", dedupeKey: null, lockedUntil: null, finishedAt: new Date() },
  });
  return count === 1;
}

/** Hands a job back unfinished (its worker is shutting down): queued again at once, the attempt not counted. */
export async function releaseJob(db: Db, job: Job, workerId: string): Promise<boolean> {
  const { count } = await db.job.updateMany({
    where: { id: job.id, lockedBy: workerId, state: "active" },
    data: { state: "queued", attempts: Math.max(0, job.attempts - 1), lockedBy: null, lockedUntil: null, runAfter: new Date() },
  });
  return count === 1;
}

/**
 * A failed attempt: the job goes back in the queue after a backoff (2, 4, 8… s), or ends as failed
 * after its last attempt. Returns the job's new state, or null when it was no longer this worker's.
 */
export async function failJob(db: Db, job: Job, workerId: string, error: unknown): Promise<JobState | null> {
  const message = error instanceof Error ? error.message : String(error);
  const final = job.attempts >= job.maxAttempts;
  const { count } = await db.job.updateMany({
    where: { id: job.id, lockedBy: workerId, state: "active" },
    data: final
      ? { state: "failed", dedupeKey: null, lockedUntil: null, finishedAt: new Date(), lastError: message.slice(0, 2000) }
      : { state: "queued", lockedBy: null, lockedUntil: null, runAfter: new Date(Date.now() + 1000 * 2 ** job.attempts), lastError: message.slice(0, 2000) },
  });
  if (count !== 1) return null;
  return final ? "failed" : "queued";
}

/** Puts failed jobs of a scope back in the queue with fresh attempts (the Retry button): how many. */
export async function retryFailedJobs(db: Db | DbTransaction, scope: string): Promise<number> {
  const { count } = await db.job.updateMany({
    where: { scope, state: "failed" },
    data: { state: "queued", attempts: 0, runAfter: new Date(), lockedBy: null, lockedUntil: null, finishedAt: null },
  });
  return count;
}
