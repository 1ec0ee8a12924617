import { describe, expect, it } from "vitest";
import { SESSION_COOKIE_PREFIX } from "../review/auth.ts";
import { BODY_LIMITS } from "./body-limits.ts";
import { edgePolicyFromEnv } from "./edge-policy.ts";
import { clientAddress, guardRequest, isAllowedHost, type EdgeRequest } from "./guard-request.ts";

const policy = edgePolicyFromEnv({ BETTER_AUTH_URL: "https://parallax.example.org", PARALLAX_ALLOWED_HOSTS: "desk.lan, Archive.Example.org:8443" });
const behindProxy = edgePolicyFromEnv({ BETTER_AUTH_URL: "https://parallax.example.org", PARALLAX_TRUSTED_PROXIES: "10.0.0.0/8, 127.0.0.1" });
const SESSION = `${SESSION_COOKIE_PREFIX}.session_token=abc.def`;

function request(overrides: Partial<EdgeRequest> & { headers?: EdgeRequest["headers"] } = {}): EdgeRequest {
  return { method: "GET", url: "/events", socketAddress: "127.0.0.1", ...overrides, headers: { host: "127.0.0.1:3000", ...overrides.headers } };
}

describe("isAllowedHost (DNS rebinding)", () => {
  it.each(["localhost:3000", "127.0.0.1:3000", "[::1]:3000", "parallax.example.org", "PARALLAX.example.org:443", "desk.lan:3000", "archive.example.org", "192.168.1.20:3000", "[fe80::1]:3000"])(
    "answers %s",
    (host) => expect(isAllowedHost(host, policy)).toBe(true),
  );
  it.each(["evil.example:3000", "rebind.evil.example", "localhost.evil.example:3000", "parallax.example.org.evil.example", "evil.example@127.0.0.1", "127.0.0.1 evil", "", "0x7f.1:3000", "localhost.:3000"])(
    "refuses %j",
    (host) => expect(isAllowedHost(host, policy)).toBe(false),
  );
});

describe("guardRequest", () => {
  it("passes a plain page request and keeps the socket as the client", () => {
    expect(guardRequest(request(), policy)).toEqual({ ok: true, clientAddress: "127.0.0.1", fromTrustedProxy: false });
  });

  it("refuses a malformed percent-escape in the path (Next.js would answer a bare 500)", () => {
    for (const url of ["/api/outlets/%E0%A4%A/report", "/events/x/claims/%E0%A4%A", "/%"]) {
      expect(guardRequest(request({ url }), policy)).toMatchObject({ ok: false, code: "MALFORMED_INPUT" });
    }
    expect(guardRequest(request({ url: "/api/outlets/%25/report?q=%E0" }), policy)).toMatchObject({ ok: true });
  });

  it("refuses a foreign Host, or none, with 421", () => {
    expect(guardRequest(request({ headers: { host: "evil.example:3000" } }), policy)).toMatchObject({ ok: false, code: "HOST_NOT_ALLOWED" });
    expect(guardRequest(request({ headers: { host: undefined } }), policy)).toMatchObject({ ok: false, code: "HOST_NOT_ALLOWED" });
  });

  it("takes X-Forwarded-Host only from a trusted proxy", () => {
    const spoofed = request({ headers: { host: "evil.example", "x-forwarded-host": "127.0.0.1:3000" } });
    expect(guardRequest(spoofed, policy)).toMatchObject({ ok: false, code: "HOST_NOT_ALLOWED" });
    const proxied = request({ socketAddress: "10.1.2.3", headers: { host: "app:3000", "x-forwarded-host": "parallax.example.org, app", "x-forwarded-for": "203.0.113.9" } });
    expect(guardRequest(proxied, behindProxy)).toEqual({ ok: true, clientAddress: "203.0.113.9", fromTrustedProxy: true });
  });

  it("refuses a body of unknown length (chunked) with 411, whatever the route", () => {
    const chunked = request({ method: "POST", url: "/api/evidence", headers: { "transfer-encoding": "chunked", cookie: SESSION } });
    expect(guardRequest(chunked, policy)).toMatchObject({ ok: false, code: "LENGTH_REQUIRED" });
  });

  it("refuses a declared body over its route's cap with 413", () => {
    const post = (url: string, length: number) => request({ method: "POST", url, headers: { origin: "http://127.0.0.1:3000", cookie: SESSION, "content-length": String(length) } });
    expect(guardRequest(post("/api/auth/sign-in/email", 150 * 1024 * 1024), policy)).toMatchObject({ ok: false, code: "TOO_LARGE" });
    expect(guardRequest(post("/api/auth/sign-in/email", BODY_LIMITS.auth + 1), policy)).toMatchObject({ ok: false, code: "TOO_LARGE" });
    expect(guardRequest(post("/api/auth/sign-in/email", 200), policy)).toMatchObject({ ok: true });
    // spelled the way Next would still route it to the auth handler
    expect(guardRequest(post("//api/%61uth/sign-in/email?x=1", BODY_LIMITS.auth + 1), policy)).toMatchObject({ ok: false, code: "TOO_LARGE" });
    expect(guardRequest(post("/api/evidence", BODY_LIMITS.evidence + 1), policy)).toMatchObject({ ok: false, code: "TOO_LARGE" });
    expect(guardRequest(post("/api/evidence", 5 * 1024 * 1024), policy)).toMatchObject({ ok: true });
    expect(guardRequest(post("/api/verdicts", 2 * 1024 * 1024), policy)).toMatchObject({ ok: false, code: "TOO_LARGE" });
    // a server action (the import form) gets the import limit, and no more
    expect(guardRequest(post("/import", 50 * 1024 * 1024), policy)).toMatchObject({ ok: true });
    expect(guardRequest(post("/import", BODY_LIMITS.serverAction + 1), policy)).toMatchObject({ ok: false, code: "TOO_LARGE" });
    // the pages open to anyone take a form of a few fields
    expect(guardRequest(post("/setup", BODY_LIMITS.publicPage + 1), policy)).toMatchObject({ ok: false, code: "TOO_LARGE" });
    expect(guardRequest(post("/setup", 2000), policy)).toMatchObject({ ok: true });
  });

  it("refuses a write from another origin before its body, but lets a trusted origin and Origin-less tools through", () => {
    const write = (origin: string | undefined, host = "127.0.0.1:3000") => request({ method: "POST", url: "/api/auth/sign-in/email", headers: { host, origin, "content-length": "50" } });
    expect(guardRequest(write("https://evil.example"), policy)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(guardRequest(write("null"), policy)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(guardRequest(write("http://localhost:3000"), policy)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(guardRequest(write("http://127.0.0.1:3000"), policy)).toMatchObject({ ok: true });
    expect(guardRequest(write("https://parallax.example.org", "parallax.example.org"), policy)).toMatchObject({ ok: true });
    expect(guardRequest(write("https://parallax.example.org"), policy)).toMatchObject({ ok: true });
    expect(guardRequest(write(undefined), policy)).toMatchObject({ ok: true });
    // reads are never refused for their Origin: links from other sites must open
    expect(guardRequest(request({ headers: { origin: "https://evil.example" } }), policy)).toMatchObject({ ok: true });
  });

  it("refuses a server action without a session cookie before its body, except on the public pages", () => {
    const action = (url: string) => request({ method: "POST", url, headers: { origin: "http://127.0.0.1:3000", "next-action": "abc", "content-length": String(50 * 1024 * 1024) } });
    expect(guardRequest(action("/import"), policy)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(guardRequest(action("/setup"), policy)).toMatchObject({ ok: false, code: "TOO_LARGE" });
    const firstAdmin = request({ method: "POST", url: "/setup", headers: { origin: "http://127.0.0.1:3000", "next-action": "abc", "content-length": "900" } });
    expect(guardRequest(firstAdmin, policy)).toMatchObject({ ok: true });
  });

  it("refuses an API write without a session cookie before its body (sign-in itself excepted)", () => {
    const upload = (cookie?: string) => request({ method: "POST", url: "/api/evidence", headers: { origin: "http://127.0.0.1:3000", "content-length": "9000000", cookie } });
    expect(guardRequest(upload(), policy)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(guardRequest(upload("theme=dark; other.session_token=x"), policy)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(guardRequest(upload(`theme=dark; ${SESSION}`), policy)).toMatchObject({ ok: true });
    expect(guardRequest(upload(`__Secure-${SESSION}`), policy)).toMatchObject({ ok: true });
  });
});

describe("clientAddress (X-Forwarded-For)", () => {
  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(clientAddress("198.51.100.7", "203.0.113.1", policy.trustProxy)).toBe("198.51.100.7");
    expect(clientAddress("127.0.0.1", "1.1.1.1, 2.2.2.2", policy.trustProxy)).toBe("127.0.0.1");
  });

  it("takes the right-most untrusted hop behind trusted proxies", () => {
    // the client may prepend anything; the proxies append what they saw
    expect(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.5", behindProxy.trustProxy)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:10.0.0.2", "203.0.113.9", behindProxy.trustProxy)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", undefined, behindProxy.trustProxy)).toBe("10.0.0.2");
  });

  it("stops at the last trusted proxy when an entry is not an address", () => {
    expect(clientAddress("10.0.0.2", "203.0.113.9, not-an-ip", behindProxy.trustProxy)).toBe("10.0.0.2");
  });
});

describe("edgePolicyFromEnv", () => {
  it("names the variable that holds a wrong entry", () => {
    expect(() => edgePolicyFromEnv({ PARALLAX_TRUSTED_PROXIES: "10.0.0.0/99" })).toThrow(/PARALLAX_TRUSTED_PROXIES/);
    expect(() => edgePolicyFromEnv({ PARALLAX_ALLOWED_HOSTS: "desk.lan/path" })).toThrow(/PARALLAX_ALLOWED_HOSTS/);
    expect(() => edgePolicyFromEnv({ BETTER_AUTH_URL: "not a url" })).toThrow(/BETTER_AUTH_URL/);
  });
});
