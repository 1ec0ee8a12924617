import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { ACCOUNTS, signInRequest } from "./support/accounts";

// Every mutating API route × every role, against the running app: the server, not the page,
// decides. An allowed role gets past the check (any status but 401/403: an empty body is then a
// 422); a denied one gets 403, and a caller with no session 401. The expected table is written
// here by hand, apart from lib/review/mutations.ts, so a wrong entry there fails this test.

type Who = "anonymous" | "viewer" | "reviewer" | "admin";
const ROUTES: { method: "POST" | "PATCH" | "DELETE"; path: string; allowed: Who[] }[] = [
  { method: "POST", path: "/api/verdicts", allowed: ["reviewer", "admin"] },
  { method: "POST", path: "/api/verdicts/none/restore", allowed: ["reviewer", "admin"] },
  { method: "POST", path: "/api/evidence", allowed: ["reviewer", "admin"] },
  { method: "POST", path: "/api/outlets/none/grades", allowed: ["reviewer", "admin"] },
  { method: "POST", path: "/api/outlets/none/notes", allowed: ["reviewer", "admin"] },
  { method: "DELETE", path: "/api/outlets/none/notes/none", allowed: ["reviewer", "admin"] },
  { method: "PATCH", path: "/api/outlets/none", allowed: ["admin"] },
  { method: "POST", path: "/api/users", allowed: ["admin"] },
  { method: "PATCH", path: "/api/users/none", allowed: ["admin"] },
  { method: "POST", path: "/api/users/none/unlock", allowed: ["admin"] },
];

const contexts = new Map<Who, APIRequestContext>();

test.beforeAll(async ({ baseURL }) => {
  for (const who of ["anonymous", "viewer", "reviewer", "admin"] as const) {
    const context = await playwrightRequest.newContext({ baseURL });
    if (who !== "anonymous") await signInRequest(context, baseURL!, ACCOUNTS[who]);
    contexts.set(who, context);
  }
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
});

for (const route of ROUTES) {
  test(`${route.method} ${route.path}: allowed for ${route.allowed.join(", ")} only`, async ({ baseURL }) => {
    const seen: Record<string, number> = {};
    for (const [who, context] of contexts) {
      const response = await context.fetch(route.path, { method: route.method, headers: { origin: baseURL!, "content-type": "application/json" }, data: "{}" });
      seen[who] = response.status();
    }
    for (const who of contexts.keys()) {
      if (route.allowed.includes(who)) expect([401, 403], `${who} should pass the role check (got ${seen[who]})`).not.toContain(seen[who]);
      else expect(seen[who], `${who} should be refused`).toBe(who === "anonymous" ? 401 : 403);
    }
  });
}

test("cross-site requests are refused even with a reviewer's cookie", async () => {
  const reviewer = contexts.get("reviewer")!;
  const foreign = await reviewer.post("/api/outlets/none/notes", { headers: { origin: "https://evil.example" }, data: { noteId: null, body: "x", expectedVersion: null } });
  expect(foreign.status()).toBe(403);
  const noOrigin = await reviewer.post("/api/outlets/none/notes", { data: { noteId: null, body: "x", expectedVersion: null } });
  expect(noOrigin.status()).toBe(403);
  const signIn = await playwrightRequest.newContext();
  const login = await signIn.post(`${test.info().project.use.baseURL}/api/auth/sign-in/email`, {
    headers: { origin: "https://evil.example" },
    data: { email: ACCOUNTS.reviewer, password: "whatever it is" },
  });
  expect(login.status()).toBe(403);
  await signIn.dispose();
});
