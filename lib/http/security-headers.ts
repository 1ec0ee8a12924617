// The response headers every page and API answer carries. The app loads nothing from another
// origin (no CDN, fonts or remote images), so everything is 'self'.

export interface SecurityHeader {
  key: string;
  value: string;
}

/**
 * Pages get a fresh nonce from proxy.ts: Next.js reads it from this header and puts it on its own
 * inline and chunk <script> tags, and 'strict-dynamic' lets those load the rest, so no injected
 * script runs even where text from an article were ever rendered as HTML. Answers that are not
 * pages (API, assets, refusals) get no nonce and need no script. style-src keeps 'unsafe-inline'
 * for the charts' style= attributes (a nonce there would switch 'unsafe-inline' off).
 * Development adds 'unsafe-eval' (React's dev tools) and ws: (hot reload).
 */
export function contentSecurityPolicy(options: { nonce?: string; development?: boolean } = {}): string {
  const development = options.development ?? false;
  const scripts = options.nonce ? `'self' 'nonce-${options.nonce}' 'strict-dynamic'` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A nonce for one page: 128 random bits, base64 (what CSP's nonce-source accepts). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Everything but the CSP, which depends on whether the answer is a page (see contentSecurityPolicy). */
export function securityHeaders(): SecurityHeader[] {
  return [
    // for browsers that predate frame-ancestors
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    // not no-referrer: with it, browsers send "Origin: null" on POST, and every Origin check
    // (ours, better-auth's, Next's server actions) would refuse the site's own forms
    { key: "Referrer-Policy", value: "same-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}
