import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { getActor } from "@/lib/review/authorize";
import { isPublicPagePath } from "@/lib/http/public-paths";
import { contentSecurityPolicy, createNonce } from "@/lib/http/security-headers";
import { countAdmins } from "@/lib/review/users";

// Every page needs a signed-in user: a desk's verdicts and notes are not public. The session is
// checked for real here (Node.js runtime, one indexed lookup), not guessed from a cookie's
// presence. API routes answer 401/403 themselves; sign-in, first-run and assets stay open.

export async function proxy(request: NextRequest) {
  // a fresh nonce for every page: Next.js reads it from the request's CSP header and puts it on
  // its own <script> tags; the browser gets the same policy (lib/http/security-headers.ts)
  const csp = contentSecurityPolicy({ nonce: createNonce(), development: process.env.NODE_ENV === "development" });
  const pass = () => {
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", csp);
    const response = NextResponse.next({ request: { headers } });
    response.headers.set("content-security-policy", csp);
    return response;
  };
  const { pathname, search } = request.nextUrl;
  if (isPublicPagePath(pathname)) return pass();
  const db = await getDb();
  if (await getActor(db, request.headers)) return pass();
  const target = request.nextUrl.clone();
  // a fresh install has nobody to sign in as: the first-run page makes the first admin
  target.pathname = (await countAdmins(db)) === 0 && (await db.user.count()) === 0 ? "/setup" : "/sign-in";
  target.search = pathname === "/" ? "" : `?next=${encodeURIComponent(pathname + search)}`;
  const redirect = NextResponse.redirect(target);
  redirect.headers.set("content-security-policy", csp);
  return redirect;
}

export const config = {
  // pages only: not API routes, Next's own files, or the icon
  matcher: ["/((?!api/|_next/|icon.svg|favicon.ico).*)"],
};
