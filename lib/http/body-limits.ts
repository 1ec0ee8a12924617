// How many bytes a request may declare, by route. The edge server (server.ts) refuses a larger
// Content-Length before reading a byte: Node's HTTP parser never hands a handler more than the
// declared length, so this is a real cap, not advice. A body without a declared length (chunked)
// is refused outright (411), because it could only be capped by counting while buffering.

import { MAX_EVIDENCE_FILE_BYTES } from "../review/evidence-files.ts";
import { isPublicPagePath } from "./public-paths.ts";

const KB = 1024;
const MB = 1024 * KB;

export const BODY_LIMITS = {
  /** sign-in, sign-out, session: an email and a password (better-auth caps passwords at 256) */
  auth: 16 * KB,
  /** one evidence file plus its multipart envelope (app/api/evidence checks the same figure) */
  evidence: MAX_EVIDENCE_FILE_BYTES + 64 * KB,
  /** verdicts, notes, grades, users: small JSON documents */
  api: 1 * MB,
  /** the pages open to visitors without a session (first-admin form): a few fields */
  publicPage: 64 * KB,
  /**
   * Page POSTs are server actions; the import form sends up to 55 MB of files
   * (components/import/import-limits.ts). next.config.ts gives Next the same figure.
   */
  serverAction: 56 * MB,
} as const;

/** The largest body a request to this path (from routedPath) may carry. */
export function bodyLimitFor(pathname: string): number {
  if (pathname === "/api/auth" || pathname.startsWith("/api/auth/")) return BODY_LIMITS.auth;
  if (pathname === "/api/evidence") return BODY_LIMITS.evidence;
  if (pathname.startsWith("/api/")) return BODY_LIMITS.api;
  if (isPublicPagePath(pathname)) return BODY_LIMITS.publicPage;
  return BODY_LIMITS.serverAction;
}

/**
 * The path of a request target as Next routes it: no query, repeated slashes collapsed, decoded
 * once, so "//api/%61uth/…" gets the auth cap too.
 */
export function routedPath(requestTarget: string): string {
  let raw = requestTarget.split(/[?#]/, 1)[0] ?? "/";
  // absolute-form targets ("GET http://host/path") are legal HTTP/1.1; the usual form is "/path"
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i.exec(raw);
  if (absolute) raw = absolute[1] ?? "/";
  const pathname = raw.replace(/\/{2,}/g, "/");
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
