import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInAs } from "../../tests/setup/sign-in.ts";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { REPO_ROOT } from "../db/migrate.ts";
import { authorizeMutation, MUTATIONS, type MutationName } from "./mutations.ts";
import { ROLES, type Role } from "./roles.ts";

// Every mutation × every role, through real sessions: who is allowed is written out here by hand,
// apart from the table in mutations.ts, so a wrong entry there fails. e2e/review-permissions.spec.ts
// sends the same matrix over HTTP to the API routes of the running app.
const REVIEWER_AND_UP: Role[] = ["admin", "reviewer"];
const EXPECTED: Record<MutationName, Role[]> = {
  "article.import": REVIEWER_AND_UP,
  "import.retry": REVIEWER_AND_UP,
  "article.restore-piece": REVIEWER_AND_UP,
  "event.rename": REVIEWER_AND_UP,
  "event.merge": REVIEWER_AND_UP,
  "event.split": REVIEWER_AND_UP,
  "event.move": REVIEWER_AND_UP,
  "event.pin": REVIEWER_AND_UP,
  "event.undo": REVIEWER_AND_UP,
  "verdict.save": REVIEWER_AND_UP,
  "verdict.restore": REVIEWER_AND_UP,
  "evidence.upload": REVIEWER_AND_UP,
  "outlet.grade": REVIEWER_AND_UP,
  "outlet.note": REVIEWER_AND_UP,
  "outlet.note-remove": REVIEWER_AND_UP,
  "outlet.profile": ["admin"],
  "user.create": ["admin"],
  "user.set-role": ["admin"],
  "user.unlock": ["admin"],
};

let testDb: TestDb;
const sessions = new Map<Role, Headers>();

beforeAll(async () => {
  testDb = await createTestDb();
  for (const role of ROLES) sessions.set(role, await signedInAs(testDb.db, role));
});
afterAll(async () => {
  await testDb?.cleanup();
});

describe("every mutation × every role", () => {
  it("lists the same mutations as the expectation table", () => {
    expect(Object.keys(MUTATIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const name of Object.keys(EXPECTED) as MutationName[]) {
    for (const role of ROLES) {
      const allowed = EXPECTED[name].includes(role);
      it(`${name} · ${role}: ${allowed ? "allowed" : "refused (403)"}`, async () => {
        const attempt = authorizeMutation(testDb.db, sessions.get(role)!, name);
        if (allowed) await expect(attempt).resolves.toMatchObject({ role });
        else await expect(attempt).rejects.toMatchObject({ code: "FORBIDDEN", httpStatus: 403 });
      });
    }
    it(`${name} · no session: refused (401)`, async () => {
      await expect(authorizeMutation(testDb.db, new Headers(), name)).rejects.toMatchObject({ code: "UNAUTHENTICATED", httpStatus: 401 });
    });
    it(`${name} · a forged session cookie: refused (401)`, async () => {
      await expect(authorizeMutation(testDb.db, new Headers({ cookie: "parallax.session_token=forged.value" }), name)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    });
  }
});

// a mutation that skips the check would pass every test above: so read app/ and require that
// every server action and every mutating route handler names its mutation
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

describe("every server action and mutating route is guarded", () => {
  const files = walk(path.join(REPO_ROOT, "app")).filter((file) => /\.(ts|tsx)$/.test(file));

  it("server actions call authorizeAction with a known mutation (the first-run action excepted)", () => {
    const actionFiles = files.filter((file) => /^["']use server["']/m.test(readFileSync(file, "utf8")));
    expect(actionFiles.length).toBeGreaterThanOrEqual(3);
    for (const file of actionFiles) {
      const source = readFileSync(file, "utf8");
      const relative = path.relative(REPO_ROOT, file);
      if (relative === path.join("app", "setup", "actions.ts")) {
        expect(source).toContain("createFirstAdmin("); // refuses once any admin exists (first-admin.test.ts)
        continue;
      }
      const exported = [...source.matchAll(/export async function (\w+)/g)].map((match) => match[1]);
      expect(exported.length, relative).toBeGreaterThan(0);
      const names = [...source.matchAll(/authorizeAction\(["']([\w.-]+)["']\)|runEventAction\(["']([\w.-]+)["']/g)].map((match) => match[1] ?? match[2]);
      for (const name of names) expect(Object.keys(MUTATIONS), `${relative}: ${name}`).toContain(name);
      // one named mutation per exported action (the event actions name theirs through runEventAction)
      expect(names.length, `${relative}: ${exported.join(", ")}`).toBeGreaterThanOrEqual(exported.length);
    }
  });

  it("route handlers that write go through apiMutation with a known mutation (better-auth's own excepted)", () => {
    const routes = files.filter((file) => path.basename(file) === "route.ts" && !file.includes(`${path.sep}auth${path.sep}`));
    for (const file of routes) {
      const source = readFileSync(file, "utf8");
      const relative = path.relative(REPO_ROOT, file);
      const writers = [...source.matchAll(/export (?:const|async function) (POST|PUT|PATCH|DELETE)\b/g)].map((match) => match[1]);
      const guarded = [...source.matchAll(/export const (POST|PUT|PATCH|DELETE) = apiMutation(?:<[^>]*>)?\(["']([\w.-]+)["']/g)];
      expect(guarded.map((match) => match[1]), relative).toEqual(writers);
      for (const match of guarded) expect(Object.keys(MUTATIONS), relative).toContain(match[2]);
    }
  });
});
