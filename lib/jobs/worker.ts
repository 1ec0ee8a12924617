// A worker loop: claims due jobs of the queues it has handlers for, runs each with its lease
// renewed on a timer, and records the outcome. Several workers (threads of one process, other
// processes, other app instances) can run against one database: the claim decides who gets a job.
// A handler must be idempotent (it may run again after a crash) and should stop early when its
// signal is aborted (the lease was lost or the worker is shutting down: then the job is handed
// back to the queue, for this worker's successor or another one).

import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import type { Db } from "../db/client.ts";
import { claimJob, completeJob, failJob, releaseJob, renewLease, type Job } from "./queue.ts";

export interface JobHandler<P = unknown> {
  run: (job: Job<P>, context: { db: Db; signal: AbortSignal }) => Promise<void>;
  /** called once when the job has failed for the last time */
  failed?: (job: Job<P>, error: unknown, context: { db: Db }) => Promise<void>;
}

export type JobHandlers = Record<string, JobHandler<never>>;

export interface WorkerOptions {
  db: Db;
  handlers: JobHandlers;
  /** default: host, pid and a random part */
  workerId?: string;
  /** how long a claimed job is this worker's without a renewal; renewed every third of it */
  leaseMs?: number;
  /** wait between polls while there is nothing to do */
  idleMs?: number;
  /** how many jobs at once */
  concurrency?: number;
  /** only jobs of this scope (an import run): the CLI works its own run this way */
  scope?: string;
  /** checked whenever no job is due: true ends the loop */
  stopWhenIdle?: () => Promise<boolean>;
  signal?: AbortSignal;
  log?: (message: string) => void;
}

export const DEFAULT_LEASE_MS = 30_000;

export function defaultWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** Runs until `signal` is aborted or `stopWhenIdle` says so; resolves once the jobs in hand are settled. */
export async function runWorker(options: WorkerOptions): Promise<void> {
  const concurrency = Math.max(1, options.concurrency ?? 1);
  await Promise.all(Array.from({ length: concurrency }, (_, lane) => workLane(options, `${options.workerId ?? defaultWorkerId()}#${lane}`)));
}

async function workLane(options: WorkerOptions, workerId: string): Promise<void> {
  const { db, handlers, signal } = options;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const idleMs = options.idleMs ?? 500;
  const queues = Object.keys(handlers);
  while (!signal?.aborted) {
    let job: Job | null = null;
    try {
      job = await claimJob(db, { queues, workerId, leaseMs, scope: options.scope });
    } catch (error) {
      options.log?.(`job claim failed: ${(error as Error).message}`);
    }
    if (!job) {
      if (options.stopWhenIdle && (await options.stopWhenIdle())) return;
      await sleep(idleMs, signal);
      continue;
    }
    await runOne(options, job, workerId, leaseMs);
  }
}

async function runOne(options: WorkerOptions, job: Job, workerId: string, leaseMs: number): Promise<void> {
  const { db } = options;
  const handler = options.handlers[job.queue] as JobHandler<unknown>;
  const lease = new AbortController();
  const stop = () => lease.abort(new Error("the worker is stopping"));
  options.signal?.addEventListener("abort", stop, { once: true });
  const heartbeat = setInterval(() => {
    renewLease(db, job.id, workerId, leaseMs)
      .then((held) => {
        if (!held) lease.abort(new Error("the job's lease was lost to another worker"));
      })
      .catch(() => undefined);
  }, Math.max(250, Math.floor(leaseMs / 3)));
  try {
    await handler.run(job, { db, signal: lease.signal });
    clearInterval(heartbeat);
    await completeJob(db, job.id, workerId);
  } catch (error) {
    clearInterval(heartbeat);
    if (options.signal?.aborted) {
      // shutting down: the job goes back to the queue for the next worker, nothing counted against it
      await releaseJob(db, job, workerId).catch(() => false);
      options.log?.(`job ${job.queue} ${job.id} handed back to the queue: the worker is stopping`);
      return;
    }
    const state = await failJob(db, job, workerId, error).catch(() => null);
    options.log?.(`job ${job.queue} ${job.id} attempt ${job.attempts}/${job.maxAttempts} failed: ${(error as Error).message}${state === "failed" ? " (giving up)" : ""}`);
    if (state === "failed") await handler.failed?.(job, error, { db }).catch((failure: unknown) => options.log?.(`job ${job.id}: failure handler failed: ${(failure as Error).message}`));
  } finally {
    options.signal?.removeEventListener("abort", stop);
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", wake);
      resolve();
    };
    const timer = setTimeout(wake, ms);
    signal?.addEventListener("abort", wake, { once: true });
  });
}
