import { BlockList, isIP } from "node:net";

/**
 * Addresses a fetched URL may not reach unless PARALLAX_ALLOW_PRIVATE_URLS=1: without this, a
 * "fetch this article" box on a self-hosted server lets anyone read the admin pages, databases
 * and cloud metadata endpoints (169.254.169.254) on the server's own network.
 */
export const FORBIDDEN_ADDRESSES: BlockList = buildForbiddenAddresses();

function buildForbiddenAddresses(): BlockList {
  const list = new BlockList();
  const ipv4: [string, number][] = [
    ["0.0.0.0", 8], // unspecified, "this network"
    ["10.0.0.0", 8], // private
    ["100.64.0.0", 10], // carrier-grade NAT
    ["127.0.0.0", 8], // loopback
    ["169.254.0.0", 16], // link-local, cloud metadata
    ["172.16.0.0", 12], // private
    ["192.0.0.0", 24], // IETF protocol assignments
    ["192.168.0.0", 16], // private
    ["198.18.0.0", 15], // benchmarking
    ["224.0.0.0", 4], // multicast
    ["240.0.0.0", 4], // reserved, broadcast
  ];
  const ipv6: [string, number][] = [
    ["::", 128], // unspecified
    ["::1", 128], // loopback
    ["fc00::", 7], // unique local
    ["fe80::", 10], // link-local
    ["fec0::", 10], // old site-local
    ["ff00::", 8], // multicast
  ];
  for (const [network, prefix] of ipv4) list.addSubnet(network, prefix, "ipv4");
  for (const [network, prefix] of ipv6) list.addSubnet(network, prefix, "ipv6");
  return list;
}

/** True for an address in `list`; IPv4-mapped IPv6 (::ffff:127.0.0.1) is checked as IPv4 by BlockList. */
export function isForbiddenAddress(address: string, list: BlockList = FORBIDDEN_ADDRESSES): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return list.check(address, family === 6 ? "ipv6" : "ipv4");
}
