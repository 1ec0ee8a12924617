import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { advanceGroupingGeneration, GroupingConflict, readGroupingGeneration, retryOnGroupingConflict } from "./grouping-generation.ts";

// The compare-and-set that keeps a grouping decided from a stale snapshot out of the database
// (SQLite here, PostgreSQL again in vitest.postgresql.config.mts).
let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
});

afterAll(async () => {
  await testDb?.cleanup();
});

describe("grouping generation", () => {
  it("refuses a commit decided before another change, and lets the retry through", async () => {
    const { db } = testDb;
    const seen = await readGroupingGeneration(db);
    // a reviewer's operation commits in between
    await db.$transaction((tx) => advanceGroupingGeneration(tx));
    await expect(db.$transaction((tx) => advanceGroupingGeneration(tx, seen))).rejects.toBeInstanceOf(GroupingConflict);
    let attempts = 0;
    await retryOnGroupingConflict(async () => {
      attempts += 1;
      const current = await readGroupingGeneration(db);
      await db.$transaction((tx) => advanceGroupingGeneration(tx, attempts === 1 ? seen : current));
    });
    expect(attempts).toBe(2);
    expect(await readGroupingGeneration(db)).toBe(seen + 2);
  });

  it("lets exactly one of ten groupings decided from the same snapshot commit", async () => {
    const { db } = testDb;
    const seen = await readGroupingGeneration(db);
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => db.$transaction((tx) => advanceGroupingGeneration(tx, seen), { maxWait: 20_000, timeout: 20_000 })));
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.status === "rejected" && outcome.reason instanceof GroupingConflict)).toHaveLength(9);
    expect(await readGroupingGeneration(db)).toBe(seen + 1);
  });
});
