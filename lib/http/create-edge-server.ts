// The HTTP server in front of Next.js (server.ts): each request is judged by guardRequest before
// the handler sees it, refused with a short answer if it must be, and otherwise handed on with
// X-Forwarded-* rewritten to what we know to be true.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { ERROR_CODES, type ErrorCode } from "../errors.ts";
import type { EdgePolicy } from "./edge-policy.ts";
import { guardRequest } from "./guard-request.ts";
import { routedPath } from "./body-limits.ts";
import { contentSecurityPolicy, securityHeaders } from "./security-headers.ts";

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

// headers only a proxy we trust may set; from anyone else they are dropped, so that Next,
// better-auth and lib/review/same-origin.ts read the socket's truth
const FORWARDED_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"] as const;

export function createEdgeServer(handler: RequestHandler, policy: EdgePolicy): Server {
  const serve = (request: IncomingMessage, response: ServerResponse, expectsContinue: boolean) => {
    const decision = guardRequest(
      { method: request.method ?? "GET", url: request.url ?? "/", headers: request.headers, socketAddress: request.socket.remoteAddress },
      policy,
    );
    if (!decision.ok) return refuse(request, response, decision.code, decision.message);
    if (!decision.fromTrustedProxy) for (const name of FORWARDED_HEADERS) delete request.headers[name];
    request.headers["x-forwarded-for"] = decision.clientAddress;
    // "Expect: 100-continue": the client sends the body only once the checks above have passed
    if (expectsContinue) response.writeContinue();
    Promise.resolve(handler(request, response)).catch((error: unknown) => {
      console.error("request failed:", error);
      if (!response.headersSent) refuse(request, response, "INTERNAL", "Something went wrong on our side.");
      else response.destroy();
    });
  };
  const server = createServer((request, response) => serve(request, response, false));
  server.on("checkContinue", (request: IncomingMessage, response: ServerResponse) => serve(request, response, true));
  return server;
}

/**
 * Answers without reading the body, then closes the connection: keeping it alive would make Node
 * read (and throw away) whatever body the client still sends.
 */
function refuse(request: IncomingMessage, response: ServerResponse, code: ErrorCode, message: string): void {
  const api = routedPath(request.url ?? "/").startsWith("/api/");
  const body = api ? JSON.stringify({ error: { code, message } }) : `${message}\n`;
  for (const header of securityHeaders()) response.setHeader(header.key, header.value);
  response.setHeader("Content-Security-Policy", contentSecurityPolicy());
  response.writeHead(ERROR_CODES[code].http, {
    "content-type": api ? "application/json" : "text/plain; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
    connection: "close",
  });
  response.end(body);
}
