import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { expect, test } from "@playwright/test";
import { addUserByCli, PASSWORD, signIn } from "./support/accounts";

// What the server in front of Next.js (server.ts, lib/http/) must hold against the running app,
// with raw requests so that no client library fixes them up: the Host check (DNS rebinding),
// bodies refused before they are read, the client address taken from the socket, the security
// headers, and a return path after sign-in that cannot leave the site.

const EMAIL = "edges-reviewer@example.org";

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * One request by node:http. The body, when given, is only announced by its Content-Length (or
 * sent chunked): the server must answer from the headers. No answer within 5 s is a failure.
 */
function raw(path: string, options: { method?: string; headers?: Record<string, string>; chunks?: string[] } = {}): Promise<RawAnswer> {
  const port = Number(new URL(test.info().project.use.baseURL!).port);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: "127.0.0.1", port, path, method: options.method ?? "GET", headers: { host: `127.0.0.1:${port}`, ...options.headers }, timeout: 5_000 }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    outgoing.on("timeout", () => outgoing.destroy(new Error(`no answer to ${options.method ?? "GET"} ${path} within 5 s (the server is reading the body)`)));
    outgoing.on("error", reject);
    if (options.chunks) {
      for (const chunk of options.chunks) outgoing.write(chunk);
      // leave a chunked body open: only a server that answers before reading it passes
      return;
    }
    if (!options.headers?.["content-length"]) outgoing.end();
    else outgoing.flushHeaders();
  });
}

async function sessionCookie(origin: string, extraHeaders: Record<string, string> = {}): Promise<string> {
  const body = JSON.stringify({ email: EMAIL, password: PASSWORD });
  const answer = await new Promise<RawAnswer>((resolve, reject) => {
    const port = Number(new URL(origin).port);
    const outgoing = httpRequest({ host: "127.0.0.1", port, path: "/api/auth/sign-in/email", method: "POST", headers: { host: `127.0.0.1:${port}`, origin, "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), ...extraHeaders } }, (response) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
  expect(answer.status, answer.body).toBe(200);
  return (answer.headers["set-cookie"] ?? []).map((cookie) => cookie.split(";")[0]).join("; ");
}

test.beforeAll(() => {
  // a failed test restarts the worker, and beforeAll runs again on the same database
  try {
    addUserByCli(EMAIL, "reviewer");
  } catch (error) {
    if (!String((error as { stderr?: unknown }).stderr).includes("already exists")) throw error;
  }
});

test("a request for a host name this site does not have is refused (DNS rebinding)", async ({ baseURL }) => {
  const port = new URL(baseURL!).port;
  const rebound = await raw("/sign-in", { headers: { host: `rebind.evil.example:${port}` } });
  expect(rebound.status).toBe(421);
  expect((await raw("/sign-in", { headers: { host: `localhost:${port}` } })).status).toBe(200);
});

test("a 150 MB sign-in body is refused from its Content-Length, before a byte is read", async ({ baseURL }) => {
  const answer = await raw("/api/auth/sign-in/email", { method: "POST", headers: { origin: baseURL!, "content-type": "application/json", "content-length": String(150 * 1024 * 1024) } });
  expect(answer.status).toBe(413);
  expect(JSON.parse(answer.body)).toMatchObject({ error: { code: "TOO_LARGE" } });
});

test("a chunked evidence upload (no Content-Length) is refused, not buffered", async ({ baseURL }) => {
  const cookie = await sessionCookie(baseURL!);
  const answer = await raw("/api/evidence", {
    method: "POST",
    headers: { origin: baseURL!, cookie, "content-type": "multipart/form-data; boundary=x", "transfer-encoding": "chunked" },
    chunks: ["--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n"],
  });
  expect(answer.status).toBe(411);
});

test("a server action over the import limit answers 413, not 500", async ({ baseURL }) => {
  const cookie = await sessionCookie(baseURL!);
  const answer = await raw("/import", {
    method: "POST",
    headers: { origin: baseURL!, cookie, "next-action": "0000000000000000000000000000000000000000", "content-type": "multipart/form-data; boundary=x", "content-length": String(60 * 1024 * 1024) },
  });
  expect(answer.status).toBe(413);
  // without a session, even a server action within the limit is refused before its body is read
  const anonymous = await raw("/import", {
    method: "POST",
    headers: { origin: baseURL!, "next-action": "0000000000000000000000000000000000000000", "content-type": "multipart/form-data; boundary=x", "content-length": String(40 * 1024 * 1024) },
  });
  expect(anonymous.status).toBe(401);
});

test("a client's X-Forwarded-For is not believed: the session records the socket's address", async ({ baseURL }) => {
  const cookie = await sessionCookie(baseURL!, { "x-forwarded-for": "203.0.113.50" });
  const session = await raw("/api/auth/get-session", { headers: { cookie } });
  expect(session.status).toBe(200);
  expect(JSON.parse(session.body).session.ipAddress).toBe("127.0.0.1");
});

test("pages and API answers carry the security headers; a page's scripts need its own nonce", async () => {
  const pagePolicies = [(await raw("/sign-in")).headers["content-security-policy"], (await raw("/sign-in")).headers["content-security-policy"]];
  for (const policy of pagePolicies) expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+=*' 'strict-dynamic'/);
  expect(pagePolicies[0]).not.toBe(pagePolicies[1]);
  expect(pagePolicies[0]).not.toMatch(/script-src[^;]*unsafe-inline/);
  for (const path of ["/sign-in", "/events", "/api/auth/get-session", "/icon.svg"]) {
    const { headers } = await raw(path);
    expect(headers["content-security-policy"], path).toMatch(/frame-ancestors 'none'/);
    expect(headers["content-security-policy"], path).toMatch(/object-src 'none'/);
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("same-origin");
    expect(headers["permissions-policy"], path).toBeTruthy();
  }
});

test("the signed-in pages work under the policy: no violation reported", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, EMAIL);
  for (const path of ["/events", "/outlets", "/import", "/articles"]) {
    await page.goto(path);
    await expect(page.getByTestId("signed-in-as")).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test("the sign-in page never sends a signed-in user to another site", async ({ baseURL }) => {
  const cookie = await sessionCookie(baseURL!);
  for (const next of ["/\t/evil.example", "/\\/evil.example", "/.//evil.example", "https://evil.example"]) {
    const answer = await raw(`/sign-in?next=${encodeURIComponent(next)}`, { headers: { cookie } });
    expect(answer.status, next).toBeGreaterThanOrEqual(300);
    expect(answer.status, next).toBeLessThan(400);
    expect(new URL(answer.headers.location!, baseURL).origin, next).toBe(new URL(baseURL!).origin);
  }
});
