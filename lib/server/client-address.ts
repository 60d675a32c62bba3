// Who is on the other end of a request. Next.js gives route handlers no socket address, and its own
// `x-forwarded-for` keeps whatever the client sent, so the custom server (scripts/serve.ts) works the
// address out here and sets CLIENT_ADDRESS_HEADER on every request, overwriting anything the client sent.
// Pure: no I/O, no environment; node:net is used only to parse and match addresses.
import { BlockList, isIP } from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-rollout-client-address";

/** The proxies whose `X-Forwarded-For` is believed (TRUSTED_PROXY). */
export interface TrustedProxies {
  /** The entries as given, normalised (for logs). */
  readonly entries: readonly string[];
  includes(address: string): boolean;
}

const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/**
 * An address as one canonical string, or undefined if it is not an IP address. IPv4-mapped IPv6
 * (`::ffff:127.0.0.1`, how a dual-stack socket reports an IPv4 peer) becomes plain IPv4; brackets and a
 * port (`[::1]:443`, `10.0.0.1:8080`, as some proxies write them) are removed.
 */
export function normaliseAddress(raw: string): string | undefined {
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.replace(/%.*$/, ""); // an IPv6 zone (fe80::1%eth0) says nothing about who the peer is
  const mapped = IPV4_MAPPED.exec(address);
  if (mapped) address = mapped[1]!;
  const family = isIP(address);
  if (family === 4) return address;
  if (family === 6) return address.toLowerCase();
  return undefined;
}

const ipType = (address: string) => (isIP(address) === 4 ? "ipv4" : "ipv6");

/**
 * TRUSTED_PROXY: comma-separated IP addresses or CIDR ranges, IPv4 or IPv6 (`10.0.0.0/8, ::1, fd00::/8`).
 * Unset or empty: no proxy is trusted. Throws, naming the entry, on anything it cannot read.
 */
export function parseTrustedProxies(setting: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries: string[] = [];
  for (const raw of (setting ?? "").split(",")) {
    const entry = raw.trim();
    if (!entry) continue;
    const bad = () => new Error(`TRUSTED_PROXY: "${entry}" is not an IP address or CIDR range (for example 10.0.0.1, 10.0.0.0/8, ::1 or fd00::/8)`);
    const [host = "", prefixText, extra] = entry.split("/").map((part) => part.trim());
    // A bare address only: no brackets or port here, unlike in X-Forwarded-For.
    if (extra !== undefined || isIP(host) === 0) throw bad();
    const address = normaliseAddress(host)!;
    if (prefixText === undefined) {
      list.addAddress(address, ipType(address));
      entries.push(address);
      continue;
    }
    if (!/^\d{1,3}$/.test(prefixText)) throw bad();
    let prefix = Number(prefixText);
    // ::ffff:10.0.0.0/104 is 10.0.0.0/8 written as IPv6.
    if (IPV4_MAPPED.test(host)) {
      if (prefix < 96) throw bad();
      prefix -= 96;
    }
    const max = isIP(address) === 4 ? 32 : 128;
    if (prefix > max) throw bad();
    list.addSubnet(address, prefix, ipType(address));
    entries.push(`${address}/${prefix}`);
  }
  return {
    entries,
    includes(candidate: string) {
      const address = normaliseAddress(candidate);
      return address !== undefined && list.check(address, ipType(address));
    },
  };
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy; then `X-Forwarded-For`
 * read right to left (each proxy appends the address it received from), skipping trusted proxies, and the
 * first address that is not one of them. If every entry is trusted, the leftmost. An entry that is not an
 * address stops the walk at the last hop that was trusted, since nothing to its left can be believed.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | readonly string[] | undefined, trustedProxies: TrustedProxies): string {
  const peer = socketAddress === undefined ? undefined : normaliseAddress(socketAddress);
  if (peer === undefined) return "unknown";
  if (!trustedProxies.includes(peer)) return peer;
  const hops = (typeof forwardedFor === "string" ? [forwardedFor] : (forwardedFor ?? []))
    .flatMap((value) => value.split(","))
    .map((hop) => hop.trim())
    .filter((hop) => hop !== "");
  let nearest = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normaliseAddress(hops[i]!);
    if (hop === undefined) return nearest;
    if (!trustedProxies.includes(hop)) return hop;
    nearest = hop;
  }
  return nearest;
}
