// better-auth limits sign-in per IP, but the IP comes from X-Forwarded-For, which a client can
// rotate when no proxy overwrites it (ADR 011). This second limit counts attempts per account in
// the same rate_limits table, whatever the IP: a password cannot be guessed by spreading attempts.
// One INSERT … ON CONFLICT … RETURNING counts and reads in a single statement, so app instances
// sharing one database cannot both slip past the limit between a read and a write (ADR 012).

import type { Db } from "../db/client.ts";

export interface SignInLimit {
  attempts: number;
  windowMs: number;
}

export const ACCOUNT_SIGN_IN_LIMIT: SignInLimit = { attempts: 10, windowMs: 15 * 60_000 };

/** Counts one attempt for this email; true when it is over the limit (and must be refused). */
export async function countSignInAttempt(db: Db, email: string, limit: SignInLimit, now = Date.now()): Promise<boolean> {
  const key = `email:${email.trim().toLowerCase()}`;
  const at = BigInt(now);
  const windowMs = BigInt(limit.windowMs);
  // the window starts at the first attempt and is not stretched by later ones, so steady guessing
  // cannot keep it open; SQLite (3.35+) and PostgreSQL both take this statement as written
  const rows = await db.$queryRaw<{ count: number | bigint }[]>`
    INSERT INTO "rate_limits" ("id", "key", "count", "lastRequest") VALUES (${key}, ${key}, 1, ${at})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN ${at} - "rate_limits"."lastRequest" >= ${windowMs} THEN 1 ELSE "rate_limits"."count" + 1 END,
      "lastRequest" = CASE WHEN ${at} - "rate_limits"."lastRequest" >= ${windowMs} THEN ${at} ELSE "rate_limits"."lastRequest" END
    RETURNING "count"`;
  return Number(rows[0]?.count ?? 0) > limit.attempts;
}
