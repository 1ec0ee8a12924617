const LOCK_RETRIES = 8;

/**
 * Another process (the web app, a second CLI import) may be writing to the same SQLite file.
 * The adapter opens deferred transactions, and SQLite refuses to upgrade a reader to a writer
 * while another writer holds the lock (deadlock avoidance: the busy handler is not consulted),
 * so such a transaction is rolled back and tried again after the other one has committed.
 */
export async function withLockRetries<T>(attempt: () => Promise<T>): Promise<T> {
  for (let round = 0; ; round += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (round >= LOCK_RETRIES || !isLockConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** round));
    }
  }
}

function isLockConflict(error: unknown): boolean {
  const message = String((error as { message?: unknown } | null)?.message ?? "");
  return /SQLITE_BUSY|database is locked|Operation has timed out/i.test(message);
}
