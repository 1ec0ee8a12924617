import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEdgeServer } from "./create-edge-server.ts";
import { edgePolicyFromEnv } from "./edge-policy.ts";

// The edge server on a real socket, in front of a handler that stands in for Next.js and reports
// what it was given (headers, body bytes read). Raw requests, so nothing smooths them out.

let port = 0;
let bodyBytesRead = 0;
const server = createEdgeServer(async (request, response) => {
  for await (const chunk of request) bodyBytesRead += (chunk as Buffer).length;
  response.setHeader("content-type", "application/json");
  response.end(JSON.stringify({ forwardedFor: request.headers["x-forwarded-for"], forwardedHost: request.headers["x-forwarded-host"] ?? null, realIp: request.headers["x-real-ip"] ?? null }));
}, edgePolicyFromEnv({}));

beforeAll(async () => {
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends raw bytes, reads until the server closes or `until` matches; resolves with what came back. */
function raw(head: string, options: { body?: string; bodyAfterContinue?: string; until?: RegExp } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    socket.on("data", (data) => {
      received += data.toString("latin1");
      if (options.bodyAfterContinue !== undefined && /^HTTP\/1\.1 100 Continue\r\n\r\n$/.test(received)) socket.write(options.bodyAfterContinue);
      if (options.until?.test(received)) socket.end();
    });
    socket.on("error", (error: NodeJS.ErrnoException) => (error.code === "ECONNRESET" || error.code === "EPIPE" ? resolve(received) : reject(error)));
    socket.on("close", () => resolve(received));
    socket.write(head.replaceAll("\n", "\r\n") + "\r\n");
    if (options.body !== undefined) socket.write(options.body);
  });
}

describe("createEdgeServer", () => {
  it("refuses a foreign Host (DNS rebinding) with 421 and the security headers", async () => {
    const answer = await raw(`GET /events HTTP/1.1\nHost: rebind.evil.example:${port}\nConnection: close\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 421 /);
    expect(answer).toMatch(/content-security-policy: .*frame-ancestors 'none'/i);
  });

  it("answers 413 to a 150 MB sign-in body from its headers alone, having read none of it", async () => {
    bodyBytesRead = 0;
    const answer = await raw(`POST /api/auth/sign-in/email HTTP/1.1\nHost: 127.0.0.1:${port}\nContent-Type: application/json\nContent-Length: ${150 * 1024 * 1024}\n`, { until: /\r\n\r\n.*\}/s });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('"code":"TOO_LARGE"');
    expect(bodyBytesRead).toBe(0);
  });

  it("answers 411 to a chunked upload instead of buffering it", async () => {
    const answer = await raw(`POST /api/evidence HTTP/1.1\nHost: 127.0.0.1:${port}\nCookie: parallax.session_token=x\nTransfer-Encoding: chunked\n`, { body: "4\r\nabcd\r\n", until: /\r\n\r\n.*\}/s });
    expect(answer).toMatch(/^HTTP\/1\.1 411 /);
  });

  it("refuses a cross-origin write before reading its body", async () => {
    const answer = await raw(`POST /api/auth/sign-in/email HTTP/1.1\nHost: 127.0.0.1:${port}\nOrigin: https://evil.example\nContent-Length: 10000\n`, { until: /\r\n\r\n.*\}/s });
    expect(answer).toMatch(/^HTTP\/1\.1 403 /);
  });

  it("says 100 Continue only to a request that passes", async () => {
    const refused = await raw(`POST /api/auth/sign-in/email HTTP/1.1\nHost: 127.0.0.1:${port}\nExpect: 100-continue\nContent-Length: ${1024 * 1024}\n`, { until: /\r\n\r\n.*\}/s });
    expect(refused).toMatch(/^HTTP\/1\.1 413 /);
    const accepted = await raw(`POST /api/auth/sign-in/email HTTP/1.1\nHost: 127.0.0.1:${port}\nExpect: 100-continue\nContent-Length: 2\nConnection: close\n`, { bodyAfterContinue: "{}" });
    expect(accepted).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 /);
  });

  it("replaces a client's X-Forwarded-For with the socket address and drops its X-Forwarded-Host", async () => {
    const answer = await raw(`GET /events HTTP/1.1\nHost: 127.0.0.1:${port}\nX-Forwarded-For: 203.0.113.77, 198.51.100.1\nX-Forwarded-Host: evil.example\nX-Real-IP: 203.0.113.78\nConnection: close\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4))).toEqual({ forwardedFor: "127.0.0.1", forwardedHost: null, realIp: null });
  });

  it("hands an allowed body to the handler whole", async () => {
    bodyBytesRead = 0;
    const answer = await raw(`POST /api/auth/sign-in/email HTTP/1.1\nHost: localhost:${port}\nOrigin: http://localhost:${port}\nContent-Length: 2\nConnection: close\n`, { body: "{}" });
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(bodyBytesRead).toBe(2);
  });
});
