import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authRequest, signedInAs, TEST_ORIGIN, TEST_PASSWORD } from "../../tests/setup/sign-in.ts";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { getAuth } from "./auth.ts";
import { assertSameOrigin, getActor, requirePermission } from "./authorize.ts";
import { createUser, setUserRole } from "./users.ts";

let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb?.cleanup();
});

describe("accounts and sessions", () => {
  it("stores an argon2id hash, never the password", async () => {
    const user = await createUser(testDb.db, { email: "Hash@Example.org", role: "reviewer", password: TEST_PASSWORD }, null);
    expect(user.email).toBe("hash@example.org");
    const account = await testDb.db.account.findFirstOrThrow({ where: { userId: user.id }, select: { password: true, providerId: true } });
    expect(account.providerId).toBe("credential");
    expect(account.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(account.password).not.toContain(TEST_PASSWORD);
  });

  it("refuses short passwords, unknown roles and a second account with the same email", async () => {
    await expect(createUser(testDb.db, { email: "short@example.org", role: "viewer", password: "short" }, null)).rejects.toThrow(/at least 12/);
    await expect(createUser(testDb.db, { email: "role@example.org", role: "owner" as never, password: TEST_PASSWORD }, null)).rejects.toThrow(/admin, reviewer, viewer/);
    await expect(createUser(testDb.db, { email: "hash@example.org", role: "viewer", password: TEST_PASSWORD }, null)).rejects.toThrow(/already exists/);
  });

  it("signs in with an HttpOnly SameSite=Lax cookie, knows the role, and signs out", async () => {
    await createUser(testDb.db, { email: "cookie@example.org", role: "viewer", password: TEST_PASSWORD }, null);
    const auth = getAuth(testDb.db);
    const response = await auth.handler(authRequest("/sign-in/email", { email: "cookie@example.org", password: TEST_PASSWORD }));
    expect(response.status).toBe(200);
    const setCookie = response.headers.getSetCookie().find((line) => line.startsWith("parallax.session_token="))!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/); // http base URL: Secure only when served over https
    const headers = new Headers({ cookie: setCookie.split(";")[0]!, origin: TEST_ORIGIN, host: "localhost:3000" });
    expect((await getActor(testDb.db, headers))?.role).toBe("viewer");
    await expect(requirePermission(testDb.db, headers, "verdict:write")).rejects.toMatchObject({ code: "FORBIDDEN" });

    const out = await auth.handler(new Request(`${TEST_ORIGIN}/api/auth/sign-out`, { method: "POST", headers }));
    expect(out.status).toBe(200);
    expect(await getActor(testDb.db, headers)).toBeNull();
  });

  it("gives no session for a wrong password and refuses sign-up", async () => {
    const auth = getAuth(testDb.db);
    const wrong = await auth.handler(authRequest("/sign-in/email", { email: "cookie@example.org", password: "not the password!" }));
    expect(wrong.status).toBe(401);
    const signUp = await auth.handler(authRequest("/sign-up/email", { email: "new@example.org", password: TEST_PASSWORD, name: "New" }));
    expect(signUp.status).toBe(400);
    expect(await testDb.db.user.count({ where: { email: "new@example.org" } })).toBe(0);
  });

  it("refuses a sign-in posted from another site", async () => {
    const response = await getAuth(testDb.db).handler(
      authRequest("/sign-in/email", { email: "cookie@example.org", password: TEST_PASSWORD }, { origin: "https://evil.example" }),
    );
    expect(response.status).toBe(403);
  });

  it("limits sign-in per IP (5 a minute) and per account whatever the IP (10 in 15 minutes)", async () => {
    const auth = getAuth(testDb.db);
    await createUser(testDb.db, { email: "limit@example.org", role: "viewer", password: TEST_PASSWORD }, null);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const response = await auth.handler(authRequest("/sign-in/email", { email: "limit@example.org", password: "wrong password!!" }, { "x-forwarded-for": "192.0.2.7" }));
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 5).every((status) => status === 401)).toBe(true);
    expect(statuses[5]).toBe(429);

    // rotating the IP header does not help past the per-account limit; even the right password is refused
    const rotated: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const password = attempt === 5 ? TEST_PASSWORD : "wrong password!!";
      const response = await auth.handler(authRequest("/sign-in/email", { email: "limit@example.org", password }, { "x-forwarded-for": `198.51.100.${attempt}` }));
      rotated.push(response.status);
    }
    expect(rotated.at(-1)).toBe(429);
  });

  it("keeps the last admin an admin, and records role changes", async () => {
    const admin = await createUser(testDb.db, { email: "only-admin@example.org", role: "admin", password: TEST_PASSWORD }, null);
    const actor = { id: admin.id, name: admin.name };
    await expect(setUserRole(testDb.db, { userId: admin.id, role: "viewer", actor })).rejects.toThrow(/last admin/);
    const viewer = await createUser(testDb.db, { email: "promote@example.org", role: "viewer", password: TEST_PASSWORD }, actor);
    expect((await setUserRole(testDb.db, { userId: viewer.id, role: "reviewer", actor })).role).toBe("reviewer");
    const history = await testDb.db.revision.findMany({ where: { entityType: "user", entityId: viewer.id }, orderBy: { version: "asc" } });
    expect(history.map((row) => row.action)).toEqual(["create", "update"]);
  });

  it("signedInAs gives working sessions per role", async () => {
    const headers = await signedInAs(testDb.db, "reviewer");
    expect((await requirePermission(testDb.db, headers, "verdict:write")).role).toBe("reviewer");
  });
});

describe("assertSameOrigin", () => {
  it("accepts the site's own origin and refuses others, null and missing", () => {
    expect(() => assertSameOrigin(new Headers({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }))).not.toThrow();
    expect(() => assertSameOrigin(new Headers({ origin: "https://evil.example", host: "127.0.0.1:3000" }))).toThrow(/not allowed/);
    expect(() => assertSameOrigin(new Headers({ origin: "null", host: "127.0.0.1:3000" }))).toThrow(/no Origin/);
    expect(() => assertSameOrigin(new Headers({ host: "127.0.0.1:3000" }))).toThrow(/no Origin/);
  });
});
