// Cross-site request forgery: a browser always sends Origin on a cross-site POST, and an attacker
// cannot make it say our host. Our POST routes and the sign-in endpoint refuse any other origin.

import { AppError } from "../errors.ts";

/**
 * Our own POST routes refuse a request whose Origin is not the site's own (cross-site request
 * forgery). Server actions get the same check from Next.js; SameSite=Lax cookies are the third wall.
 */
export function assertSameOrigin(headers: Headers, trustedOrigins: readonly string[] = []): void {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!origin || origin === "null") throw new AppError("FORBIDDEN", "This request has no Origin header, so it cannot be told apart from a cross-site one.");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("FORBIDDEN", "This request's Origin header is not a URL.");
  }
  if (originHost !== host && !trustedOrigins.includes(origin)) {
    throw new AppError("FORBIDDEN", `Requests from ${origin} are not allowed.`);
  }
}
