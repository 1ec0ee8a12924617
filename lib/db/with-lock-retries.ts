import { driverErrorCode } from "./is-unique-violation.ts";

const LOCK_RETRIES = 8;
// PostgreSQL: serialization_failure and deadlock_detected, which Prisma reports as P2034 in
// its own statements and passes on with the original code in raw ones.
const POSTGRES_RETRY_CODES = new Set(["40001", "40P01"]);

/**
 * Another process (the web app, a second CLI import) may be writing to the same database.
 * On SQLite, the adapter opens deferred transactions, and SQLite refuses to upgrade a reader to a
 * writer while another writer holds the lock (deadlock avoidance: the busy handler is not
 * consulted), so such a transaction is rolled back and tried again after the other one has
 * committed. On PostgreSQL the same holds for a serialization failure or a deadlock.
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
  if ((error as { code?: unknown } | null)?.code === "P2034") return true;
  const message = String((error as { message?: unknown } | null)?.message ?? "");
  // P2028 before the transaction began: no connection (PostgreSQL pool) or no turn (SQLite's one
  // connection) came within maxWait, because a background job holds them; nothing was written yet
  if ((error as { code?: unknown } | null)?.code === "P2028" && /Unable to start a transaction/i.test(message)) return true;
  const code = driverErrorCode(error);
  if (code && POSTGRES_RETRY_CODES.has(code)) return true;
  return /SQLITE_BUSY|database is locked|Operation has timed out/i.test(message);
}
