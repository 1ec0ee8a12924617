import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { authRequest, TEST_PASSWORD } from "../../tests/setup/sign-in.ts";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { authSettingsFromEnv, getAuth, type Auth } from "./auth.ts";
import { clearAllSignInAttempts, countSignInAttempt, lockedEmails } from "./sign-in-limit.ts";
import { createUser } from "./users.ts";

let testDb: TestDb;
let auth: Auth;
beforeAll(async () => {
  testDb = await createTestDb();
  // the per-IP limit (5 a minute) is better-auth's and tested in auth.test.ts: raised here so the
  // per-account limit is what answers
  auth = getAuth(testDb.db, { ...authSettingsFromEnv(), signInPerMinute: 1000 });
});
afterAll(async () => {
  await testDb?.cleanup();
});
afterEach(() => {
  vi.useRealTimers();
});

const limit = { attempts: 3, windowMs: 60_000 };
const key = (email: string, source = "192.0.2.1") => ({ email, source });

describe("countSignInAttempt", () => {
  it("allows the limit's attempts in a window, refuses the next, and starts over after the window", async () => {
    const results = [];
    for (let attempt = 0; attempt < 5; attempt++) results.push(await countSignInAttempt(testDb.db, key("someone@example.org"), limit, 1_000 + attempt));
    expect(results).toEqual([false, false, false, true, true]);
    // a different email, or the same email from another address, has its own count
    expect(await countSignInAttempt(testDb.db, key("other@example.org"), limit, 1_010)).toBe(false);
    expect(await countSignInAttempt(testDb.db, key("someone@example.org", "198.51.100.9"), limit, 1_010)).toBe(false);
    // later attempts did not stretch the window: it ends 60 s after the first one
    expect(await countSignInAttempt(testDb.db, key("someone@example.org"), limit, 61_000)).toBe(false);
  });

  it("counts every one of many simultaneous attempts exactly once", async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => countSignInAttempt(testDb.db, key("burst@example.org"), limit, 5_000)));
    expect(results.filter((refused) => !refused)).toHaveLength(3);
    const row = await testDb.db.signInAttempt.findUniqueOrThrow({ where: { email_source: key("burst@example.org") }, select: { count: true } });
    expect(row.count).toBe(12);
  });

  it("lists locked emails until they are cleared", async () => {
    // well after the windows of the tests above
    for (let attempt = 0; attempt < 3; attempt++) await countSignInAttempt(testDb.db, key("locked@example.org", "203.0.113.1"), limit, 500_000);
    await countSignInAttempt(testDb.db, key("not-locked@example.org"), limit, 500_000);
    expect([...(await lockedEmails(testDb.db, limit, 500_001))]).toEqual(["locked@example.org"]);
    expect(await lockedEmails(testDb.db, limit, 560_001)).toEqual(new Set());
    expect(await clearAllSignInAttempts(testDb.db, "Locked@Example.org")).toBe(1);
    expect(await lockedEmails(testDb.db, limit, 500_001)).toEqual(new Set());
  });
});

// Through better-auth's own handler, as a browser signs in: the account limit (10 failures in
// 15 minutes per account and source) with the clock driven by fake Date.
describe("sign-in lock through the auth handler", () => {
  const signIn = (email: string, password: string, source: string) => auth.handler(authRequest("/sign-in/email", { email, password }, { "x-forwarded-for": source }));
  const T0 = Date.parse("2026-12-07T10:00:00Z");

  it("still holds 14 minutes later, after better-auth's rate-limit cleanup has run", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(T0);
    await createUser(testDb.db, { email: "victim@example.org", role: "viewer", password: TEST_PASSWORD }, null);
    for (let attempt = 0; attempt < 10; attempt++) expect((await signIn("victim@example.org", "wrong password!!", "203.0.113.5")).status).toBe(401);
    expect((await signIn("victim@example.org", TEST_PASSWORD, "203.0.113.5")).status).toBe(429);

    vi.setSystemTime(T0 + 14 * 60_000);
    // this request's per-IP window has ended, so better-auth resets it and deletes every
    // rate_limits row older than a minute (its cleanup) before our hook runs
    const later = await signIn("victim@example.org", TEST_PASSWORD, "203.0.113.5");
    expect(await testDb.db.rateLimit.count({ where: { lastRequest: { lt: BigInt(T0 + 13 * 60_000) } } })).toBe(0);
    expect(later.status).toBe(429);

    vi.setSystemTime(T0 + 15 * 60_000 + 1);
    expect((await signIn("victim@example.org", TEST_PASSWORD, "203.0.113.5")).status).toBe(200);
  });

  it("locks the account for that source only: the owner signs in from their own address", async () => {
    await createUser(testDb.db, { email: "target@example.org", role: "admin", password: TEST_PASSWORD }, null);
    for (let attempt = 0; attempt < 11; attempt++) await signIn("target@example.org", "wrong password!!", "203.0.113.66");
    expect((await signIn("target@example.org", TEST_PASSWORD, "203.0.113.66")).status).toBe(429);
    expect((await signIn("target@example.org", TEST_PASSWORD, "198.51.100.20")).status).toBe(200);
  });

  it("never counts successful sign-ins, and a success clears the failures before it", async () => {
    await createUser(testDb.db, { email: "busy@example.org", role: "reviewer", password: TEST_PASSWORD }, null);
    for (let attempt = 0; attempt < 12; attempt++) expect((await signIn("busy@example.org", TEST_PASSWORD, "192.0.2.44")).status).toBe(200);
    for (let attempt = 0; attempt < 9; attempt++) await signIn("busy@example.org", "wrong password!!", "192.0.2.44");
    expect((await signIn("busy@example.org", TEST_PASSWORD, "192.0.2.44")).status).toBe(200);
    // the nine failures are gone: ten more are needed for a lock
    for (let attempt = 0; attempt < 9; attempt++) expect((await signIn("busy@example.org", "wrong password!!", "192.0.2.44")).status).toBe(401);
    expect((await signIn("busy@example.org", TEST_PASSWORD, "192.0.2.44")).status).toBe(200);
  });
});
