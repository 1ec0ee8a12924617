/**
 * Lets the event loop run what is waiting (an app instance's requests) in the middle of long
 * synchronous work done in a background job: ingest, grouping at scale.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
