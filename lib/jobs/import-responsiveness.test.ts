import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { startAppWorkerThread } from "./app-worker.ts";
import { startImport } from "./import-job.ts";
import { isFinished, readImportRun, readImportSummary } from "./import-runs.ts";

// Issue 15, finding 6: a web import of a 4.5 MB JSONL of 200,000 lines froze every other request
// of the app instance for ~15 s. The request that carries an upload reads it and writes its chunks
// (startImport) in the thread that answers everyone else, so it must give the event loop a turn
// often; the app's worker then stores them, and must not do that in this thread at all. The stall
// is measured with a timer that should fire every 5 ms: the longest wait between two firings
// (start and end of the import included) is the longest another request would wait.
// The bound leaves room for a loaded 2-core machine (other test files running beside this one
// stretch every slice) and stays well below the acceptance (other pages under 1 s) and far below
// the 15 s of the bug. The figures measured are in the commit that added this test.
const MAX_STALL_MS = 500;

let testDb: TestDb | undefined;
beforeEach(async () => {
  testDb = await createTestDb();
});
afterEach(async () => {
  await testDb?.cleanup();
  testDb = undefined;
});

/** Short articles like the probe's (4.9 MB, about 24 bytes a line); every 1000th line is broken. */
function makeFeed(lines: number): { bytes: Uint8Array; broken: number[] } {
  const out: string[] = [];
  const broken: number[] = [];
  for (let index = 0; index < lines; index++) {
    if (index % 1000 === 999) {
      out.push(index % 2000 === 999 ? `{"text": "broken ${index}` : `{"title": "no text ${index}"}`);
      broken.push(index);
    } else {
      out.push(JSON.stringify({ text: `Brief ${index}.` }));
    }
  }
  return { bytes: new TextEncoder().encode(`${out.join("\n")}\n`), broken };
}

/** Runs `work` while a 5 ms timer runs, and returns its result with the longest gap between firings. */
async function withStallMeter<T>(work: () => Promise<T>): Promise<{ result: T; longestStallMs: number; totalMs: number }> {
  const started = performance.now();
  let last = started;
  let longest = 0;
  const beat = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    const result = await work();
    const ended = performance.now();
    return { result, longestStallMs: Math.max(longest, ended - last), totalMs: ended - started };
  } finally {
    clearInterval(beat);
  }
}

describe("a large web import leaves the event loop free", () => {
  it("reads and queues a 200,000-line upload without holding the event loop", { timeout: 300_000 }, async () => {
    const { db, provider } = testDb!;
    const lines = 200_000;
    const feed = makeFeed(lines);
    expect(feed.bytes.length).toBeGreaterThan(4_500_000);
    // what the import form's server action does with an upload (app/import/actions.ts)
    const { result: runId, longestStallMs, totalMs } = await withStallMeter(() =>
      startImport(db, [{ kind: "bytes", name: "feed.jsonl", bytes: feed.bytes }], { origin: "web", group: true, createdBy: "reviewer@example.org" }),
    );
    console.log(`${provider}: read and queued ${lines} lines in ${totalMs.toFixed(0)} ms, longest stall ${longestStallMs.toFixed(0)} ms`);
    expect(longestStallMs).toBeLessThan(MAX_STALL_MS);

    const run = (await readImportRun(db, runId))!;
    expect(run).toMatchObject({ status: "running", total: lines, chunkCount: lines / 200, settled: 0 });
    const chunks = await db.importChunk.findMany({ where: { runId }, orderBy: { seq: "asc" }, select: { seq: true, firstItem: true, size: true, inputs: true } });
    expect(chunks.map((chunk) => chunk.firstItem)).toEqual(chunks.map((chunk) => chunk.seq * 200));
    expect(chunks.reduce((sum, chunk) => sum + chunk.size, 0)).toBe(lines);
    // every line is in its chunk, in order; a broken one carries its line number and reason
    type Entry = { position: number; label: string; input?: { text: string }; error?: { code: string; message: string } };
    const entries = chunks.flatMap((chunk) => chunk.inputs as Entry[]);
    expect(entries.map((entry) => entry.position)).toEqual(Array.from({ length: lines }, (_, index) => index));
    expect(entries.filter((entry) => entry.error).map((entry) => entry.position)).toEqual(feed.broken);
    expect(entries[999]).toMatchObject({ label: "feed.jsonl line 1000", error: { code: "INVALID_JSONL_LINE", message: expect.stringContaining("not valid JSON") } });
    expect(entries[1999]).toMatchObject({ label: "feed.jsonl line 2000", error: { code: "INVALID_JSONL_LINE", message: "feed.jsonl line 2000: missing `text` or `html`" } });
    expect(entries[199_998]).toMatchObject({ label: "feed.jsonl line 199999", input: { text: "Brief 199998." } });
  });

  it("stores every valid line of an upload in the app's worker thread, leaving the request thread free", { timeout: 300_000 }, async () => {
    const { db, url, provider } = testDb!;
    const lines = 2_000;
    const feed = makeFeed(lines);
    const runId = await startImport(db, [{ kind: "bytes", name: "small.jsonl", bytes: feed.bytes }], { origin: "web", group: true, createdBy: "reviewer@example.org" });
    // the app instance's own worker, as instrumentation.ts starts it; this thread plays the pages
    const worker = startAppWorkerThread({ databaseUrl: url, idleMs: 50 });
    const progress: number[] = [];
    try {
      const { longestStallMs, totalMs } = await withStallMeter(async () => {
        for (;;) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          const run = (await readImportRun(db, runId))!;
          if (progress.at(-1) !== run.settled) progress.push(run.settled);
          if (isFinished(run.status)) return;
        }
      });
      console.log(`${provider}: the worker thread stored ${lines} lines in ${totalMs.toFixed(0)} ms, longest stall of the request thread ${longestStallMs.toFixed(0)} ms`);
      expect(longestStallMs).toBeLessThan(MAX_STALL_MS);
    } finally {
      await worker.stop();
    }

    const run = (await readImportRun(db, runId))!;
    expect(run).toMatchObject({ status: "done", total: lines, settled: lines, imported: lines - feed.broken.length, rejected: feed.broken.length, duplicates: 0 });
    expect(run.grouping?.grouped).toBe(lines - feed.broken.length);
    // the run page's progress moved chunk by chunk, not all at once at the end
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(lines);
    const rejected = await readImportSummary(db, runId, { statuses: ["rejected"] });
    expect(rejected.items.map((item) => [item.label, item.errorCode])).toEqual([
      ["small.jsonl line 1000", "INVALID_JSONL_LINE"],
      ["small.jsonl line 2000", "INVALID_JSONL_LINE"],
    ]);
    expect(await db.article.count({ where: { importRunId: runId } })).toBe(lines - feed.broken.length);
  });
});
