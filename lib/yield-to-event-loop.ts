/**
 * Lets the event loop run what is waiting (an app instance's requests) in the middle of long
 * synchronous work done in a background job: ingest, grouping at scale.
 *
 * On SQLite, awaiting a query does not give the event loop a turn: better-sqlite3 is synchronous
 * and Prisma's adapter answers with promises that are already resolved, so a loop of queries runs
 * as one chain of microtasks and holds every other request until it ends. Only a macrotask
 * (setImmediate) lets timers and incoming requests run.
 *
 * Never yield inside an interactive transaction on SQLite: the adapter has one connection, and a
 * query another request makes outside a transaction meanwhile would run inside this one.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** How long a loop may hold the event loop between two turns by default: a request waits at most about this long. */
const DEFAULT_SLICE_MS = 10;

/**
 * For loops of many small steps (a line of a feed, a chunk written): call the returned function
 * after each step; it yields once `sliceMs` have passed since the last turn, so cheap steps do not
 * pay a turn each (a turn costs ~5 µs, about as much as reading one short JSONL line).
 */
export function createTimeSlicer(sliceMs: number = DEFAULT_SLICE_MS): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    await yieldToEventLoop();
    sliceStart = performance.now();
  };
}
