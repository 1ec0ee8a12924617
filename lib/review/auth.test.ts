import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authRequest, signedInAs, TEST_ORIGIN, TEST_PASSWORD } from "../../tests/setup/sign-in.ts";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { getAuth } from "./auth.ts";
import { assertSameOrigin, getActor, requirePermission } from "./authorize.ts";
import { createUser, setUserRole, type UserSummary } from "./users.ts";

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

  it("refuses short or guessable passwords, unknown roles and a second account with the same email", async () => {
    await expect(createUser(testDb.db, { email: "short@example.org", role: "viewer", password: "short" }, null)).rejects.toThrow(/at least 12/);
    for (const guessable of ["aaaaaaaaaaaa", "password1234", "qwertyuiop12", "short@example.org!"]) {
      await expect(createUser(testDb.db, { email: "short@example.org", role: "viewer", password: guessable }, null), guessable).rejects.toMatchObject({ code: "INVALID_ARGUMENT", message: expect.stringMatching(/too easy to guess/) });
    }
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

  it("limits sign-in per IP (5 a minute); the per-account lock is in sign-in-limit.test.ts", async () => {
    const auth = getAuth(testDb.db);
    await createUser(testDb.db, { email: "limit@example.org", role: "viewer", password: TEST_PASSWORD }, null);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const response = await auth.handler(authRequest("/sign-in/email", { email: "limit@example.org", password: "wrong password!!" }, { "x-forwarded-for": "192.0.2.7" }));
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 5).every((status) => status === 401)).toBe(true);
    expect(statuses[5]).toBe(429);
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

// issue 15, finding 11: the admin plugin's endpoints changed roles past the last-admin guard, banned,
// removed and impersonated users, with no history row
describe("better-auth's own admin endpoints over HTTP", () => {
  const post = (path: string, headers: Headers, body: unknown) =>
    getAuth(testDb.db).handler(new Request(`${TEST_ORIGIN}/api/auth${path}`, { method: "POST", headers: { ...Object.fromEntries(headers), "content-type": "application/json" }, body: JSON.stringify(body) }));

  it("are refused even for an admin, and change nothing", async () => {
    const headers = await signedInAs(testDb.db, "admin");
    const admin = (await getActor(testDb.db, headers))!;
    const other = await createUser(testDb.db, { email: "admin-endpoint-target@example.org", role: "viewer", password: TEST_PASSWORD }, null);
    const attempts: [string, unknown][] = [
      ["/admin/set-role", { userId: admin.id, role: "viewer" }],
      ["/admin/set-role", { userId: other.id, role: "admin" }],
      ["/admin/ban-user", { userId: other.id }],
      ["/admin/set-user-password", { userId: other.id, newPassword: "a new password for them" }],
      ["/admin/impersonate-user", { userId: other.id }],
      ["/admin/remove-user", { userId: other.id }],
      ["/admin/create-user", { email: "via-plugin@example.org", password: TEST_PASSWORD, name: "Via plugin", role: "admin" }],
    ];
    for (const [path, body] of attempts) expect((await post(path, headers, body)).status, path).toBe(403);
    const listed = await getAuth(testDb.db).handler(new Request(`${TEST_ORIGIN}/api/auth/admin/list-users`, { headers }));
    expect(listed.status).toBe(403);

    expect((await getActor(testDb.db, headers))?.role).toBe("admin");
    const target = await testDb.db.user.findUniqueOrThrow({ where: { id: other.id }, select: { role: true, banned: true } });
    expect(target).toEqual({ role: "viewer", banned: false });
    expect(await testDb.db.user.count({ where: { email: "via-plugin@example.org" } })).toBe(0);
    expect(await testDb.db.session.count({ where: { userId: other.id } })).toBe(0);
    expect(await testDb.db.revision.count({ where: { entityType: "user", entityId: other.id } })).toBe(1); // its creation only
  });
});

// issue 15, finding 14, through better-auth's own endpoints for a signed-in user
describe("a user's own account endpoints", () => {
  const post = (path: string, cookie: string, body: unknown) =>
    getAuth(testDb.db).handler(new Request(`${TEST_ORIGIN}/api/auth${path}`, { method: "POST", headers: { cookie, origin: TEST_ORIGIN, host: "localhost:3000", "content-type": "application/json" }, body: JSON.stringify(body) }));
  async function signIn(email: string, password = TEST_PASSWORD): Promise<string> {
    const response = await getAuth(testDb.db).handler(authRequest("/sign-in/email", { email, password }, { "x-forwarded-for": `10.1.0.${Math.floor(Math.random() * 250)}` }));
    expect(response.status, await response.clone().text()).toBe(200);
    return response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  }

  it("/update-user: a name is bounded, unique whatever its case, and recorded in history", async () => {
    const user: UserSummary = await createUser(testDb.db, { email: "renamer@example.org", name: "Renamer", role: "reviewer", password: TEST_PASSWORD }, null);
    await createUser(testDb.db, { email: "taken@example.org", name: "Marie Curie", role: "viewer", password: TEST_PASSWORD }, null);
    const cookie = await signIn(user.email);

    expect((await post("/update-user", cookie, { name: "x".repeat(200_000) })).status).toBe(422);
    expect((await post("/update-user", cookie, { name: "marie CURIE" })).status).toBe(409);
    expect((await post("/update-user", cookie, { name: "   " })).status).toBe(422);
    expect((await post("/update-user", cookie, { name: "Someone", image: "https://evil.example/x.png" })).status).toBe(400);
    expect((await testDb.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } })).name).toBe("Renamer");

    const renamed = await post("/update-user", cookie, { name: "  Renamed Reviewer " });
    expect(renamed.status).toBe(200);
    expect((await testDb.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } })).name).toBe("Renamed Reviewer");
    const history = await testDb.db.revision.findMany({ where: { entityType: "user", entityId: user.id }, orderBy: { version: "asc" }, select: { action: true, actorId: true } });
    expect(history).toEqual([
      { action: "create", actorId: user.id },
      { action: "update", actorId: user.id },
    ]);
  });

  it("/change-password: refuses a guessable password, and signs out every other session", async () => {
    const user = await createUser(testDb.db, { email: "changer@example.org", role: "reviewer", password: TEST_PASSWORD }, null);
    const here = await signIn(user.email);
    const elsewhere = await signIn(user.email);

    const weak = await post("/change-password", here, { currentPassword: TEST_PASSWORD, newPassword: "aaaaaaaaaaaa" });
    expect(weak.status).toBe(400);
    expect(await weak.text()).toMatch(/too easy to guess/);
    expect(await getActor(testDb.db, new Headers({ cookie: elsewhere }))).not.toBeNull();

    // the client asks to keep the other sessions: they end anyway
    const changed = await post("/change-password", here, { currentPassword: TEST_PASSWORD, newPassword: "a brand new passphrase, quite long", revokeOtherSessions: false });
    expect(changed.status).toBe(200);
    expect(await getActor(testDb.db, new Headers({ cookie: elsewhere }))).toBeNull();
    const fresh = changed.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
    expect((await getActor(testDb.db, new Headers({ cookie: fresh })))?.id).toBe(user.id);
    // one history row for the change (none for the refused one), without the password
    const history = await testDb.db.revision.findMany({ where: { entityType: "user", entityId: user.id }, orderBy: { version: "asc" }, select: { actorId: true, after: true } });
    expect(history).toHaveLength(2);
    expect(history[1]).toMatchObject({ actorId: user.id, after: { passwordChanged: true } });
    expect(JSON.stringify(history)).not.toContain("brand new passphrase");
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
