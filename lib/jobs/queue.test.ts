import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { claimJob, completeJob, enqueue, failJob, retryFailedJobs } from "./queue.ts";
import { runWorker } from "./worker.ts";

// The job table on a real database (SQLite here, PostgreSQL again in vitest.postgresql.config.mts):
// claims are exclusive under concurrency, a dead worker's lease runs out and its job is claimed
// again, failures are retried and then kept as failed, and dedupe keys hold.
let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
});

afterAll(async () => {
  await testDb?.cleanup();
});

describe("job queue", () => {
  it("runs each of 40 jobs exactly once with 4 workers claiming at once", async () => {
    const { db } = testDb;
    for (let index = 0; index < 40; index++) await enqueue(db, "test.once", { index }, { scope: "once" });
    const seen: number[] = [];
    await Promise.all(
      Array.from({ length: 4 }, (_, worker) =>
        runWorker({
          db,
          workerId: `w${worker}`,
          scope: "once",
          idleMs: 10,
          handlers: { "test.once": { run: async (job: { payload: { index: number } }) => void seen.push(job.payload.index) } },
          stopWhenIdle: async () => (await db.job.count({ where: { scope: "once", state: { in: ["queued", "active"] } } })) === 0,
        }),
      ),
    );
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, index) => index));
    expect(await db.job.count({ where: { scope: "once", state: "done" } })).toBe(40);
  });

  it("gives a job whose worker stopped renewing its lease to the next worker", async () => {
    const { db } = testDb;
    await enqueue(db, "test.lease", { n: 1 }, { scope: "lease" });
    const first = await claimJob(db, { queues: ["test.lease"], workerId: "dead", leaseMs: 150, scope: "lease" });
    expect(first?.attempts).toBe(1);
    // still leased: nobody else gets it
    expect(await claimJob(db, { queues: ["test.lease"], workerId: "other", leaseMs: 10_000, scope: "lease" })).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 250));
    const second = await claimJob(db, { queues: ["test.lease"], workerId: "other", leaseMs: 10_000, scope: "lease" });
    expect(second?.id).toBe(first?.id);
    expect(second?.attempts).toBe(2);
    // the dead worker coming back cannot complete what is no longer its job
    expect(await completeJob(db, first!.id, "dead")).toBe(false);
    expect(await completeJob(db, second!.id, "other")).toBe(true);
  });

  it("retries a failing job with backoff, then keeps it as failed with its error until retried", async () => {
    const { db } = testDb;
    await enqueue(db, "test.fail", {}, { scope: "fail", maxAttempts: 2 });
    const job = (await claimJob(db, { queues: ["test.fail"], workerId: "w", leaseMs: 10_000, scope: "fail" }))!;
    expect(await failJob(db, job, "w", new Error("first"))).toBe("queued");
    const row = await db.job.findUniqueOrThrow({ where: { id: job.id } });
    expect(row.runAfter.getTime()).toBeGreaterThan(Date.now() + 1000);
    await db.job.update({ where: { id: job.id }, data: { runAfter: new Date() } });
    const again = (await claimJob(db, { queues: ["test.fail"], workerId: "w", leaseMs: 10_000, scope: "fail" }))!;
    expect(again.attempts).toBe(2);
    expect(await failJob(db, again, "w", new Error("second"))).toBe("failed");
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ state: "failed", lastError: "second" });
    expect(await retryFailedJobs(db, "fail")).toBe(1);
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ state: "queued", attempts: 0 });
  });

  it("hands the job in hand back to the queue, uncounted, when the worker is stopped", async () => {
    const { db } = testDb;
    await enqueue(db, "test.stop", {}, { scope: "stop" });
    const controller = new AbortController();
    let started = false;
    const worker = runWorker({
      db,
      scope: "stop",
      idleMs: 10,
      signal: controller.signal,
      handlers: {
        "test.stop": {
          run: async (_job: unknown, { signal }: { signal: AbortSignal }) => {
            started = true;
            await new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason as Error), { once: true }));
          },
        },
      },
    });
    while (!started) await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    await worker;
    expect(await db.job.findFirstOrThrow({ where: { scope: "stop" } })).toMatchObject({ state: "queued", attempts: 0, lockedBy: null });
  });

  it("keeps one queued or active job per dedupe key, inside a transaction too", async () => {
    const { db } = testDb;
    expect(await enqueue(db, "test.key", {}, { dedupeKey: "k1", scope: "key" })).not.toBeNull();
    expect(await db.$transaction((tx) => enqueue(tx, "test.key", {}, { dedupeKey: "k1", scope: "key" }))).toBeNull();
    const job = (await claimJob(db, { queues: ["test.key"], workerId: "w", leaseMs: 10_000, scope: "key" }))!;
    expect(await enqueue(db, "test.key", {}, { dedupeKey: "k1", scope: "key" })).toBeNull();
    await completeJob(db, job.id, "w");
    // once done, the key is free again
    expect(await enqueue(db, "test.key", {}, { dedupeKey: "k1", scope: "key" })).not.toBeNull();
  });
});
