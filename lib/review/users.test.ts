import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authRequest, signedInAs, TEST_PASSWORD } from "../../tests/setup/sign-in.ts";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { getAuth } from "./auth.ts";
import { getActor } from "./authorize.ts";
import { countSignInAttempt, lockedEmails } from "./sign-in-limit.ts";
import { createUser, DEMO_REVIEWER, provisionDemoReviewer, resetPassword, unlockSignIn } from "./users.ts";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb?.cleanup();
});

const ACTOR = { id: "cli", name: "command line" };

describe("display names", () => {
  it("are unique whatever their case and at most 120 characters", async () => {
    await createUser(testDb.db, { email: "anna@one.example", name: "Anna Karenina", role: "viewer", password: TEST_PASSWORD }, null);
    await expect(createUser(testDb.db, { email: "anna@two.example", name: "  ANNA karenina ", role: "viewer", password: TEST_PASSWORD }, null)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createUser(testDb.db, { email: "long@example.org", name: "n".repeat(121), role: "viewer", password: TEST_PASSWORD }, null)).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
    expect(await testDb.db.user.count({ where: { email: { in: ["anna@two.example", "long@example.org"] } } })).toBe(0);
  });

  it("default to the part before @, or the whole email when someone already has that name", async () => {
    const first = await createUser(testDb.db, { email: "sam@one.example", role: "viewer", password: TEST_PASSWORD }, null);
    const second = await createUser(testDb.db, { email: "sam@two.example", role: "viewer", password: TEST_PASSWORD }, null);
    expect([first.name, second.name]).toEqual(["sam", "sam@two.example"]);
  });
});

describe("resetPassword (parallax users reset-password)", () => {
  it("sets a strong password, ends every session, and records who did it", async () => {
    const headers = await signedInAs(testDb.db, "reviewer", "reset-me@example.org");
    const actor = (await getActor(testDb.db, headers))!;
    await expect(resetPassword(testDb.db, { email: "reset-me@example.org", password: "aaaaaaaaaaaa", actor: ACTOR })).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
    expect(await getActor(testDb.db, headers)).not.toBeNull();

    await resetPassword(testDb.db, { email: "Reset-Me@example.org", password: "another long passphrase here", actor: ACTOR });
    expect(await getActor(testDb.db, headers)).toBeNull();
    expect(await testDb.db.session.count({ where: { userId: actor.id } })).toBe(0);
    const signIn = await getAuth(testDb.db).handler(authRequest("/sign-in/email", { email: "reset-me@example.org", password: "another long passphrase here" }));
    expect(signIn.status).toBe(200);
    const last = await testDb.db.revision.findFirstOrThrow({ where: { entityType: "user", entityId: actor.id }, orderBy: { version: "desc" }, select: { actorId: true, after: true } });
    expect(last.actorId).toBe("cli");
    expect(JSON.stringify(last.after)).not.toContain("another long passphrase");
  });

  it("says so for an unknown email", async () => {
    await expect(resetPassword(testDb.db, { email: "nobody@example.org", password: "another long passphrase here", actor: ACTOR })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("provisionDemoReviewer (parallax users demo)", () => {
  it("gives an existing demo reviewer a new password, ends its sessions, and records it", async () => {
    const first = await provisionDemoReviewer(testDb.db);
    const session = await getAuth(testDb.db).handler(authRequest("/sign-in/email", { email: DEMO_REVIEWER.email, password: first.password }));
    expect(session.status).toBe(200);
    const second = await provisionDemoReviewer(testDb.db);
    expect(second.user.id).toBe(first.user.id);
    expect(second.password).not.toBe(first.password);
    expect(await testDb.db.session.count({ where: { userId: first.user.id } })).toBe(0);
    expect((await getAuth(testDb.db).handler(authRequest("/sign-in/email", { email: DEMO_REVIEWER.email, password: first.password }))).status).toBe(401);
    expect((await getAuth(testDb.db).handler(authRequest("/sign-in/email", { email: DEMO_REVIEWER.email, password: second.password }))).status).toBe(200);
    expect(await testDb.db.revision.count({ where: { entityType: "user", entityId: first.user.id } })).toBe(2);
  });
});

describe("unlockSignIn (an admin ends a sign-in lock)", () => {
  it("ends the locks from every source, with a history row", async () => {
    const user = await createUser(testDb.db, { email: "locked-out@example.org", role: "reviewer", password: TEST_PASSWORD }, null);
    for (let attempt = 0; attempt < 11; attempt++) {
      await countSignInAttempt(testDb.db, { email: user.email, source: "203.0.113.7" });
      await countSignInAttempt(testDb.db, { email: user.email, source: "198.51.100.7" });
    }
    expect((await lockedEmails(testDb.db)).has(user.email)).toBe(true);
    const refused = await getAuth(testDb.db).handler(authRequest("/sign-in/email", { email: user.email, password: TEST_PASSWORD }, { "x-forwarded-for": "203.0.113.7" }));
    expect(refused.status).toBe(429);

    const unlocked = await unlockSignIn(testDb.db, { userId: user.id, actor: { id: "admin-1", name: "The admin" } });
    expect(unlocked.unlockedSources).toBe(2);
    expect((await lockedEmails(testDb.db)).has(user.email)).toBe(false);
    const signIn = await getAuth(testDb.db).handler(authRequest("/sign-in/email", { email: user.email, password: TEST_PASSWORD }, { "x-forwarded-for": "203.0.113.7" }));
    expect(signIn.status).toBe(200);
    const history = await testDb.db.revision.findMany({ where: { entityType: "user", entityId: user.id }, orderBy: { version: "asc" }, select: { action: true, actorName: true, before: true, after: true } });
    expect(history.at(-1)).toMatchObject({ action: "update", actorName: "The admin", before: { signInLocked: true }, after: { signInLocked: false } });
  });

  it("refuses an unknown user", async () => {
    await expect(unlockSignIn(testDb.db, { userId: "no-such-id", actor: ACTOR })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
