// Who the edge server (server.ts) answers, and whose word it takes for the client's address.
// Read once at start-up from the environment; a wrong entry stops the server with its name.

import proxyaddr from "proxy-addr";
import { AppError } from "../errors.ts";

export interface EdgePolicy {
  /** lower-case host names (no port) this site answers to; IP literals always pass (see guard-request.ts) */
  allowedHostnames: ReadonlySet<string>;
  /** origins of other sites allowed to send writes (PARALLAX_TRUSTED_ORIGINS, the public URL) */
  trustedOrigins: ReadonlySet<string>;
  /** whether the address at this hop (0 = the socket) is a proxy whose X-Forwarded-* we believe */
  trustProxy: (address: string, hop: number) => boolean;
}

/** Host names every install answers to: the machine itself. */
const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];

export function edgePolicyFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): EdgePolicy {
  const allowedHostnames = new Set(LOOPBACK_NAMES);
  const trustedOrigins = new Set<string>();
  if (env.BETTER_AUTH_URL) {
    const publicUrl = parseUrl(env.BETTER_AUTH_URL, "BETTER_AUTH_URL");
    allowedHostnames.add(publicUrl.hostname);
    trustedOrigins.add(publicUrl.origin);
  }
  for (const entry of list(env.PARALLAX_ALLOWED_HOSTS)) allowedHostnames.add(hostnameOf(entry));
  for (const entry of list(env.PARALLAX_TRUSTED_ORIGINS)) trustedOrigins.add(parseUrl(entry, "PARALLAX_TRUSTED_ORIGINS").origin);
  return { allowedHostnames, trustedOrigins, trustProxy: compileTrustedProxies(list(env.PARALLAX_TRUSTED_PROXIES)) };
}

function compileTrustedProxies(entries: string[]): EdgePolicy["trustProxy"] {
  if (entries.length === 0) return () => false;
  try {
    // proxy-addr (Express's) parses IPs, CIDRs, netmasks and the names loopback/linklocal/uniquelocal,
    // and matches IPv4-mapped IPv6 addresses: the parts one gets wrong by hand
    return proxyaddr.compile(entries);
  } catch (error) {
    throw new AppError("INVALID_ARGUMENT", `PARALLAX_TRUSTED_PROXIES: ${(error as Error).message} (expected comma-separated IP addresses or CIDR ranges).`);
  }
}

/** "parallax.example.org", "parallax.example.org:8443" or "https://parallax.example.org" → the host name. */
function hostnameOf(entry: string): string {
  const url = parseUrl(/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) ? entry : `http://${entry}`, "PARALLAX_ALLOWED_HOSTS");
  if (url.pathname !== "/" || url.username || url.search) throw new AppError("INVALID_ARGUMENT", `PARALLAX_ALLOWED_HOSTS: "${entry}" is not a host name.`);
  return url.hostname;
}

function parseUrl(value: string, variable: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new AppError("INVALID_ARGUMENT", `${variable}: "${value}" is not a URL.`);
  }
}

function list(value: string | undefined): string[] {
  return (value ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
}
