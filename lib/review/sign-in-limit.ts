// better-auth limits sign-in per IP, but the IP comes from X-Forwarded-For, which a client can
// rotate when no proxy overwrites it (ADR 011). This second limit counts attempts per account in
// the same rate_limits table, whatever the IP: a password cannot be guessed by spreading attempts.

import type { Db } from "../db/client.ts";

export interface SignInLimit {
  attempts: number;
  windowMs: number;
}

export const ACCOUNT_SIGN_IN_LIMIT: SignInLimit = { attempts: 10, windowMs: 15 * 60_000 };

/** Counts one attempt for this email; true when it is over the limit (and must be refused). */
export async function countSignInAttempt(db: Db, email: string, limit: SignInLimit, now = Date.now()): Promise<boolean> {
  const key = `email:${email.trim().toLowerCase()}`;
  return db.$transaction(async (tx) => {
    const row = await tx.rateLimit.findUnique({ where: { key }, select: { count: true, lastRequest: true } });
    const fresh = !row || now - Number(row.lastRequest) >= limit.windowMs;
    if (!fresh && row.count >= limit.attempts) return true;
    await tx.rateLimit.upsert({
      where: { key },
      create: { id: key, key, count: 1, lastRequest: BigInt(now) },
      // the window starts at the first attempt, so steady guessing cannot keep it open forever
      update: fresh ? { count: 1, lastRequest: BigInt(now) } : { count: { increment: 1 } },
    });
    return false;
  });
}
