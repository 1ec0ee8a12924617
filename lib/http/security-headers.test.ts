import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, securityHeaders } from "./security-headers.ts";

function directives(policy: string): Map<string, string> {
  return new Map(policy.split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources.join(" ")]));
}

describe("contentSecurityPolicy", () => {
  it("lets a page run only scripts carrying its nonce, and never inline script by default", () => {
    const nonce = createNonce();
    const page = directives(contentSecurityPolicy({ nonce }));
    expect(page.get("script-src")).toBe(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(page.get("script-src")).not.toContain("unsafe-inline");
    expect(directives(contentSecurityPolicy()).get("script-src")).toBe("'self'");
  });

  it("forbids framing, plugins, <base> and forms to elsewhere, and any remote source", () => {
    const policy = directives(contentSecurityPolicy({ nonce: createNonce() }));
    expect(policy.get("frame-ancestors")).toBe("'none'");
    expect(policy.get("object-src")).toBe("'none'");
    expect(policy.get("base-uri")).toBe("'self'");
    expect(policy.get("form-action")).toBe("'self'");
    for (const sources of policy.values()) expect(sources).not.toMatch(/https?:|\*/);
  });

  it("gives each page a different nonce, in the form CSP accepts", () => {
    const nonces = new Set(Array.from({ length: 50 }, () => createNonce()));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("securityHeaders", () => {
  it("denies framing and sniffing, and keeps Origin on the site's own POSTs", () => {
    const headers = Object.fromEntries(securityHeaders().map((header) => [header.key, header.value]));
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    // "no-referrer" would make browsers send Origin: null on POST, which every Origin check refuses
    expect(headers["Referrer-Policy"]).toBe("same-origin");
    expect(headers["Permissions-Policy"]).toContain("camera=()");
  });
});
