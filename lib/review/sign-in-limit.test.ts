import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { countSignInAttempt } from "./sign-in-limit.ts";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb?.cleanup();
});

const limit = { attempts: 3, windowMs: 60_000 };

describe("countSignInAttempt", () => {
  it("allows the limit's attempts in a window, refuses the next, and starts over after the window", async () => {
    const results = [];
    for (let attempt = 0; attempt < 5; attempt++) results.push(await countSignInAttempt(testDb.db, "Someone@Example.org", limit, 1_000 + attempt));
    expect(results).toEqual([false, false, false, true, true]);
    // a different email has its own count
    expect(await countSignInAttempt(testDb.db, "other@example.org", limit, 1_010)).toBe(false);
    // later attempts did not stretch the window: it ends 60 s after the first one
    expect(await countSignInAttempt(testDb.db, "someone@example.org", limit, 61_000)).toBe(false);
  });

  it("counts every one of many simultaneous attempts exactly once", async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => countSignInAttempt(testDb.db, "burst@example.org", limit, 5_000)));
    expect(results.filter((refused) => !refused)).toHaveLength(3);
    const row = await testDb.db.rateLimit.findUniqueOrThrow({ where: { key: "email:burst@example.org" }, select: { count: true } });
    expect(row.count).toBe(12);
  });
});
