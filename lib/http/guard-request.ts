// What the edge server (server.ts) decides about a request before Next.js reads a byte of its
// body: whether this site answers to its Host (DNS rebinding), whether the body is bounded and
// small enough for its route, whether a write comes from another origin or, for our API, from
// nobody signed in, and who the client really is (X-Forwarded-For only from trusted proxies).

import type { IncomingHttpHeaders } from "node:http";
import { isIP } from "node:net";
import type { ErrorCode } from "../errors.ts";
import { bodyLimitFor, routedPath } from "./body-limits.ts";
import type { EdgePolicy } from "./edge-policy.ts";
import { isPublicPagePath } from "./public-paths.ts";

export interface EdgeRequest {
  method: string;
  /** the request target as received ("/path?query") */
  url: string;
  headers: IncomingHttpHeaders;
  /** the TCP peer; undefined once the socket is gone */
  socketAddress: string | undefined;
}

export type EdgeDecision =
  | { ok: true; clientAddress: string; fromTrustedProxy: boolean }
  | { ok: false; code: ErrorCode; message: string };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
// better-auth's `${SESSION_COOKIE_PREFIX}.session_token` (lib/review/auth.ts; the test ties the two),
// with the __Secure- prefix it gets on an https public URL
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?parallax\.session_token=[^;\s]/;

export function guardRequest(request: EdgeRequest, policy: EdgePolicy): EdgeDecision {
  const socketAddress = normalizeAddress(request.socketAddress ?? "");
  const fromTrustedProxy = socketAddress !== "" && policy.trustProxy(socketAddress, 0);
  const host = (fromTrustedProxy ? firstValue(request.headers["x-forwarded-host"])?.split(",")[0]?.trim() : undefined) ?? request.headers.host;
  if (!host || !isAllowedHost(host, policy)) {
    return {
      ok: false,
      code: "HOST_NOT_ALLOWED",
      message: `This server does not answer to the host name ${JSON.stringify(host ?? "")}. If it is this site's name, add it to PARALLAX_ALLOWED_HOSTS or set BETTER_AUTH_URL.`,
    };
  }

  const pathname = routedPath(request.url);
  // Next.js answers a malformed percent-escape ("/api/outlets/%E0%A4%A/report") with a bare 500
  // before any route runs; it is the client's mistake, so it is said so here
  if (!isWellFormedPath(request.url)) {
    return { ok: false, code: "MALFORMED_INPUT", message: "This address has a malformed percent-escape (a % not followed by a UTF-8 byte sequence)." };
  }
  if (request.headers["transfer-encoding"] !== undefined) {
    return { ok: false, code: "LENGTH_REQUIRED", message: "Send the body with a Content-Length: bodies of unknown length are not accepted." };
  }
  const write = !SAFE_METHODS.has(request.method.toUpperCase());
  if (write) {
    const origin = request.headers.origin;
    if (origin !== undefined && !isAllowedOrigin(origin, host, policy)) {
      return { ok: false, code: "FORBIDDEN", message: `Requests from ${origin} are not allowed.` };
    }
    // our API answers 401, and proxy.ts redirects, anyone without a session: say it before the
    // body is read (a server action's may be 56 MB). Sign-in and the public pages stay open.
    const open = pathname === "/api/auth" || pathname.startsWith("/api/auth/") || isPublicPagePath(pathname);
    if (!open && !SESSION_COOKIE.test(request.headers.cookie ?? "")) {
      return { ok: false, code: "UNAUTHENTICATED", message: "Sign in first." };
    }
  }
  const declared = Number(request.headers["content-length"] ?? 0);
  const limit = bodyLimitFor(pathname);
  if (declared > limit) {
    return { ok: false, code: "TOO_LARGE", message: `This request's body is ${formatBytes(declared)}; ${pathname} accepts at most ${formatBytes(limit)}.` };
  }

  return { ok: true, clientAddress: clientAddress(socketAddress, request.headers["x-forwarded-for"], policy.trustProxy), fromTrustedProxy };
}

/**
 * Host names are checked, not ports: a DNS-rebinding page always sends its own name, so the name is
 * what tells it apart. IP literals pass because no rebinding page can make a browser send one for
 * its origin; that keeps http://192.168.1.20:3000 working on a LAN with HOST=0.0.0.0.
 */
export function isAllowedHost(host: string, policy: Pick<EdgePolicy, "allowedHostnames">): boolean {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i.exec(host);
  if (!match?.[1]) return false;
  const hostname = match[1].toLowerCase();
  return policy.allowedHostnames.has(hostname) || isIP(hostname.replace(/^\[(.*)\]$/, "$1")) !== 0;
}

function isAllowedOrigin(origin: string, host: string, policy: EdgePolicy): boolean {
  if (policy.trustedOrigins.has(origin)) return true;
  try {
    const url = new URL(origin);
    return (url.protocol === "http:" || url.protocol === "https:") && url.host === new URL(`http://${host}`).host;
  } catch {
    return false;
  }
}

/**
 * The right-most address of the socket + X-Forwarded-For chain that is not a trusted proxy
 * (proxy-addr's walk, written out so that a malformed entry stops at the last proxy we trust
 * instead of becoming the "client"); with no trusted proxies it is always the socket address.
 */
export function clientAddress(socketAddress: string, forwardedFor: string | string[] | undefined, trustProxy: EdgePolicy["trustProxy"]): string {
  const hops = [socketAddress, ...(firstValue(forwardedFor) ?? "").split(",").map((entry) => normalizeAddress(entry.trim())).filter(Boolean).reverse()];
  let client = socketAddress;
  for (const [hop, address] of hops.entries()) {
    if (isIP(address) === 0) break;
    client = address;
    if (!trustProxy(address, hop)) break;
  }
  return client;
}

function isWellFormedPath(requestTarget: string): boolean {
  try {
    decodeURIComponent(requestTarget.split(/[?#]/, 1)[0] ?? "/");
    return true;
  } catch {
    return false;
  }
}

/** Node reports IPv4 peers of a dual-stack socket as "::ffff:192.0.2.1": store the IPv4 form. */
function normalizeAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
