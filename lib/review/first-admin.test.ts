import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authRequest, TEST_PASSWORD } from "../../tests/setup/sign-in.ts";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { getAuth } from "./auth.ts";
import { createFirstAdmin, FIRST_ADMIN, firstAdminSetupToken, provisionFirstAdmin } from "./first-admin.ts";
import { createUser } from "./users.ts";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb?.cleanup();
});

describe("createFirstAdmin (the /setup page)", () => {
  it("refuses without the setup token or with a wrong one: the first admin cannot be claimed from the network", async () => {
    const input = { email: "intruder@example.org", password: TEST_PASSWORD };
    await expect(createFirstAdmin(testDb.db, input as never)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createFirstAdmin(testDb.db, { ...input, setupToken: "" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const token = await firstAdminSetupToken(testDb.db);
    await expect(createFirstAdmin(testDb.db, { ...input, setupToken: token.slice(0, -1) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createFirstAdmin(testDb.db, { ...input, setupToken: `${token}x` })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await testDb.db.user.count()).toBe(0);
  });

  it("makes the first admin with the right token, then refuses for good", async () => {
    const setupToken = await firstAdminSetupToken(testDb.db);
    expect(setupToken).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    const admin = await createFirstAdmin(testDb.db, { email: "first@example.org", password: TEST_PASSWORD, setupToken: ` ${setupToken} ` });
    expect(admin.role).toBe("admin");
    await expect(createFirstAdmin(testDb.db, { email: "second@example.org", password: TEST_PASSWORD, setupToken })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await testDb.db.user.count({ where: { email: "second@example.org" } })).toBe(0);
  });
});

describe("provisionFirstAdmin (npm run setup)", () => {
  it("creates admin@parallax.local with a printed password once, then leaves any admin alone", async () => {
    const fresh = await createTestDb();
    try {
      const first = await provisionFirstAdmin(fresh.db);
      if (!first.created) throw new Error("expected a new admin");
      expect(first.user).toMatchObject({ email: FIRST_ADMIN.email, role: "admin" });
      const signIn = await getAuth(fresh.db).handler(authRequest("/sign-in/email", { email: FIRST_ADMIN.email, password: first.password }));
      expect(signIn.status).toBe(200);

      const second = await provisionFirstAdmin(fresh.db);
      expect(second).toEqual({ created: false, admin: first.user });
      // the password was not changed by the second run
      const again = await getAuth(fresh.db).handler(authRequest("/sign-in/email", { email: FIRST_ADMIN.email, password: first.password }, { "x-forwarded-for": "192.0.2.9" }));
      expect(again.status).toBe(200);
    } finally {
      await fresh.cleanup();
    }
  });

  it("makes no second admin when an install already has one", async () => {
    const fresh = await createTestDb();
    try {
      const existing = await createUser(fresh.db, { email: "boss@example.org", role: "admin", password: TEST_PASSWORD }, null);
      expect(await provisionFirstAdmin(fresh.db)).toEqual({ created: false, admin: existing });
      expect(await fresh.db.user.count({ where: { email: FIRST_ADMIN.email } })).toBe(0);
    } finally {
      await fresh.cleanup();
    }
  });
});
