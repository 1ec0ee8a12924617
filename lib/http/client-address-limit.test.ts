import { once } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { getAuth } from "../review/auth.ts";
import { createEdgeServer } from "./create-edge-server.ts";
import { edgePolicyFromEnv } from "./edge-policy.ts";

// Finding 8 end to end: better-auth's real handler on a real database behind the edge server, on a
// socket. A client that makes up a new X-Forwarded-For for every attempt must still meet the
// per-IP sign-in limit (5 a minute), and its session must record the socket's address.

let testDb: TestDb;
let origin = "";
const server = createEdgeServer((request, response) => serveAuth(request, response), edgePolicyFromEnv({}));

/** Node request → Fetch Request → better-auth → Node response (what Next's route does for /api/auth). */
async function serveAuth(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) if (typeof value === "string") headers.set(name, value);
  const answer = await getAuth(testDb.db).handler(
    new Request(`http://${request.headers.host}${request.url}`, { method: request.method, headers, body: chunks.length > 0 ? Buffer.concat(chunks) : undefined }),
  );
  response.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "text/plain", "set-cookie": answer.headers.getSetCookie() });
  response.end(Buffer.from(await answer.arrayBuffer()));
}

beforeAll(async () => {
  testDb = await createTestDb();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await testDb?.cleanup();
});

function signIn(email: string, forwardedFor: string): Promise<Response> {
  return fetch(`${origin}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin, "x-forwarded-for": forwardedFor },
    body: JSON.stringify({ email, password: "wrong password, surely" }),
  });
}

describe("the client address behind the edge server", () => {
  it("holds the per-IP sign-in limit against a rotated X-Forwarded-For", async () => {
    const statuses: number[] = [];
    // a new account each time, so that the per-account limit is not what stops it
    for (let attempt = 0; attempt < 7; attempt++) statuses.push((await signIn(`rotate-${attempt}@example.org`, `203.0.113.${attempt + 1}`)).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});
