// better-auth limits sign-in per IP and per minute. This second limit counts attempts per account
// AND source address over 15 minutes, in its own table (sign_in_attempts): better-auth's cleanup
// deletes every rate_limits row older than its 60 s window, which used to end our locks early.
// Keyed on both, so a stranger cannot lock someone else out from their own address; an attempt is
// counted before the password is checked (one INSERT … ON CONFLICT … RETURNING, atomic on SQLite
// and PostgreSQL, so parallel guesses cannot all slip in while the hashes are computed) and the
// count is cleared when the sign-in succeeds: only failures ever add up to a lock.

import type { Db } from "../db/client.ts";

export interface SignInLimit {
  attempts: number;
  windowMs: number;
}

export const ACCOUNT_SIGN_IN_LIMIT: SignInLimit = { attempts: 10, windowMs: 15 * 60_000 };

export interface SignInKey {
  email: string;
  source: string;
}

// the longest email ZNewUserSchema accepts; a longer one names no account
const MAX_EMAIL = 254;
// an IPv6 address with a zone fits; anything longer is not one address
const MAX_SOURCE = 64;

/**
 * The counter's key for a sign-in request. The source is X-Forwarded-For as the server sets it
 * (the one client address, from the socket or from a trusted proxy: issue 15, finding 8), so it
 * is read whole rather than parsed here.
 */
export function signInKey(email: unknown, headers: Headers | undefined): SignInKey {
  const typed = typeof email === "string" ? email.trim().toLowerCase().slice(0, MAX_EMAIL) : "";
  const source = headers?.get("x-forwarded-for")?.trim().slice(0, MAX_SOURCE) || "unknown";
  return { email: typed, source };
}

/** Counts one attempt for this account from this source; true when it is over the limit (refuse it). */
export async function countSignInAttempt(db: Db, key: SignInKey, limit: SignInLimit = ACCOUNT_SIGN_IN_LIMIT, now = Date.now()): Promise<boolean> {
  const at = BigInt(now);
  const windowMs = BigInt(limit.windowMs);
  // the window starts at the first attempt and is not stretched by later ones, so steady guessing
  // cannot keep it open; SQLite (3.35+) and PostgreSQL both take this statement as written
  const rows = await db.$queryRaw<{ count: number | bigint }[]>`
    INSERT INTO "sign_in_attempts" ("email", "source", "count", "windowStart") VALUES (${key.email}, ${key.source}, 1, ${at})
    ON CONFLICT ("email", "source") DO UPDATE SET
      "count" = CASE WHEN ${at} - "sign_in_attempts"."windowStart" >= ${windowMs} THEN 1 ELSE "sign_in_attempts"."count" + 1 END,
      "windowStart" = CASE WHEN ${at} - "sign_in_attempts"."windowStart" >= ${windowMs} THEN ${at} ELSE "sign_in_attempts"."windowStart" END
    RETURNING "count"`;
  // rows of finished windows are worth nothing: drop them so typed-in emails do not pile up
  await db.signInAttempt.deleteMany({ where: { windowStart: { lte: at - windowMs } } });
  return Number(rows[0]?.count ?? 0) > limit.attempts;
}

/** A successful sign-in: the failures before it no longer count. */
export async function clearSignInAttempts(db: Db, key: SignInKey): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { email: key.email, source: key.source } });
}

/** Emails locked out from at least one source right now (the users page offers to unlock them). */
export async function lockedEmails(db: Db, limit: SignInLimit = ACCOUNT_SIGN_IN_LIMIT, now = Date.now()): Promise<Set<string>> {
  const rows = await db.signInAttempt.findMany({
    where: { count: { gte: limit.attempts }, windowStart: { gt: BigInt(now) - BigInt(limit.windowMs) } },
    select: { email: true },
  });
  return new Set(rows.map((row) => row.email));
}

/** Ends every lock on this email, whatever the source; the number of sources it was counted from. */
export async function clearAllSignInAttempts(db: Db, email: string): Promise<number> {
  const { count } = await db.signInAttempt.deleteMany({ where: { email: email.trim().toLowerCase() } });
  return count;
}
