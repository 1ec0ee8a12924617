import { isIP } from "node:net";
import os from "node:os";
import ipaddr from "ipaddr.js";

/**
 * Addresses a fetched URL may not reach unless PARALLAX_ALLOW_PRIVATE_URLS=1: without this, a
 * "fetch this article" box on a self-hosted server lets anyone read the admin pages, databases
 * and cloud metadata endpoints (169.254.169.254) on the server's own network.
 *
 * Only what ipaddr.js calls "unicast" is allowed: its table of IANA special-purpose ranges
 * (private, loopback, link-local, CGNAT, documentation, benchmarking, multicast, reserved, …) is
 * kept up to date by its maintainers, where our own list had already missed several.
 */
export interface ForbiddenAddressOptions {
  /** the host's own addresses; read from os.networkInterfaces() on each check unless given */
  ownAddresses?: Iterable<string>;
}

type Address = ipaddr.IPv4 | ipaddr.IPv6;

const NAT64_WELL_KNOWN = ipaddr.parseCIDR("64:ff9b::/96");

const ipv4Of = (high: number, low: number) => new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);

/**
 * The IPv4 addresses an IPv6 address stands for or tunnels to, which the network may route it to:
 * mapped and translated (::ffff:a.b.c.d, ::ffff:0:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64
 * (64:ff9b::a.b.c.d), 6to4 (2002:AABB:CCDD::) and Teredo (server, and client stored inverted).
 */
function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4[] | null {
  const parts = address.parts;
  const part = (index: number) => parts[index] ?? 0;
  switch (address.range()) {
    case "ipv4Mapped":
    case "rfc6145":
      return [ipv4Of(part(6), part(7))];
    case "rfc6052":
      // 64:ff9b:1::/48 is local-use NAT64: its own range, never unicast, so it stays refused
      return address.match(NAT64_WELL_KNOWN) ? [ipv4Of(part(6), part(7))] : null;
    case "6to4":
      return [ipv4Of(part(1), part(2))];
    case "teredo":
      return [ipv4Of(part(2), part(3)), ipv4Of(part(6) ^ 0xffff, part(7) ^ 0xffff)];
    default:
      return parts.slice(0, 6).every((value) => value === 0) ? [ipv4Of(part(6), part(7))] : null;
  }
}

const normalized = (address: Address) => address.toNormalizedString();

function hostAddresses(): string[] {
  return Object.values(os.networkInterfaces()).flatMap((entries) => (entries ?? []).map((entry) => entry.address));
}

function parse(address: string): Address | null {
  // net.isIP first: ipaddr.js also reads legacy spellings ("127.1", "0x7f.0.0.1") that no socket is given
  if (isIP(address) === 0) return null;
  try {
    return ipaddr.parse(address);
  } catch {
    return null;
  }
}

/** True for an address that is not plain public unicast, or is one of the host's own. */
export function isForbiddenAddress(address: string, options: ForbiddenAddressOptions = {}): boolean {
  const parsed = parse(address);
  if (!parsed) return true;
  const embedded = parsed.kind() === "ipv6" ? embeddedIPv4(parsed as ipaddr.IPv6) : null;
  const checked: Address[] = embedded ?? [parsed];
  if (checked.some((candidate) => candidate.range() !== "unicast")) return true;
  const own = new Set<string>();
  for (const ownAddress of options.ownAddresses ?? hostAddresses()) {
    const ownParsed = parse(ownAddress.split("%")[0] ?? "");
    if (ownParsed) own.add(normalized(ownParsed));
  }
  return [parsed, ...checked].some((candidate) => own.has(normalized(candidate)));
}
