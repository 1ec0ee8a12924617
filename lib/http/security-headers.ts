// The response headers every page and API answer carries (next.config.ts headers(), and the edge
// server's own refusals). The app loads nothing from another origin: no CDN, fonts or remote images.

export interface SecurityHeader {
  key: string;
  value: string;
}

/**
 * script-src keeps 'unsafe-inline' because Next.js streams its RSC payload and bootstrap as inline
 * <script> tags; nonces would make every page dynamic and tie CSP to proxy.ts. What CSP still buys
 * here: no script or style from another origin, no plugins, no <base> hijack, forms post only
 * here, and no framing at all. Article text is rendered as text (React escapes it), which is the
 * XSS defence; this is the second wall. style-src needs 'unsafe-inline' for the charts' style=.
 * Development adds 'unsafe-eval' (React's dev tools) and ws: (hot reload).
 */
export function contentSecurityPolicy(options: { development?: boolean } = {}): string {
  const development = options.development ?? false;
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
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

export function securityHeaders(options: { development?: boolean } = {}): SecurityHeader[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
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
