import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD } from "../../tests/setup/sign-in.ts";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { createFirstAdmin } from "./first-admin.ts";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb?.cleanup();
});

describe("createFirstAdmin", () => {
  it("makes the first admin, then refuses for good", async () => {
    const admin = await createFirstAdmin(testDb.db, { email: "first@example.org", password: TEST_PASSWORD });
    expect(admin.role).toBe("admin");
    await expect(createFirstAdmin(testDb.db, { email: "second@example.org", password: TEST_PASSWORD })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await testDb.db.user.count({ where: { email: "second@example.org" } })).toBe(0);
  });
});
