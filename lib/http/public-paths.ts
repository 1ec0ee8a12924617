// The pages a visitor without a session may open (and post to): signing in, and the first-run
// page. proxy.ts redirects every other page to sign-in; the edge server refuses writes to them
// from anyone without a session cookie before reading the body.

export const PUBLIC_PAGE_PATHS = ["/sign-in", "/setup"] as const;

export function isPublicPagePath(pathname: string): boolean {
  return PUBLIC_PAGE_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}
