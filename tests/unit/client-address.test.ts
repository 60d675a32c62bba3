import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress, normaliseAddress, parseTrustedProxies } from "@/lib/server/client-address";

const none = parseTrustedProxies(undefined);

describe("the client's address", () => {
  it("is named by one header", () => {
    expect(CLIENT_ADDRESS_HEADER).toBe("x-rollout-client-address");
  });

  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For the client sent", () => {
    expect(clientAddress("203.0.113.7", undefined, none)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7", "10.0.0.1", none)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7", ["1.1.1.1", "2.2.2.2, 3.3.3.3"], none)).toBe("203.0.113.7");
  });

  // Each case: the peer (the socket's address), the X-Forwarded-For it sent, and the client's address.
  it.each<[string, string, [string, string | string[] | undefined, string][]]>([
    ["ignores a spoofed X-Forwarded-For from a peer that is not a trusted proxy", "10.0.0.5", [["198.51.100.9", "127.0.0.1", "198.51.100.9"]]],
    ["behind a trusted proxy, is the address that proxy appended", "10.0.0.5", [["10.0.0.5", "198.51.100.9", "198.51.100.9"]]],
    [
      "behind a trusted proxy, takes the rightmost untrusted entry, not a value the client put on the left",
      "10.0.0.5, 10.0.0.6",
      [
        // The client sent "X-Forwarded-For: 127.0.0.1"; the outer proxy 10.0.0.6 appended the real peer, the inner one appended 10.0.0.6.
        ["10.0.0.5", "127.0.0.1, 198.51.100.9, 10.0.0.6", "198.51.100.9"],
        // The same chain split across two header lines.
        ["10.0.0.5", ["127.0.0.1", "198.51.100.9, 10.0.0.6"], "198.51.100.9"],
      ],
    ],
    [
      "is the leftmost entry when every hop is a trusted proxy, and the peer when there is no X-Forwarded-For",
      "10.0.0.0/8",
      [
        ["10.0.0.5", "10.1.2.3, 10.0.0.6", "10.1.2.3"],
        ["10.0.0.5", undefined, "10.0.0.5"],
        ["10.0.0.5", " , ", "10.0.0.5"],
      ],
    ],
    ["stops at the last trusted hop when an entry is not an address", "10.0.0.0/8", [["10.0.0.5", "198.51.100.9, not-an-address, 10.0.0.6", "10.0.0.6"]]],
    [
      "matches CIDR ranges, IPv4 and IPv6",
      "192.168.0.0/16, fd00::/8",
      [
        ["192.168.44.1", "198.51.100.9", "198.51.100.9"],
        ["192.169.0.1", "198.51.100.9", "192.169.0.1"],
        ["fd12:3456::1", "2001:db8::42", "2001:db8::42"],
        ["fe80::1", "2001:db8::42", "fe80::1"],
      ],
    ],
  ])("%s", (_, setting, cases) => {
    const trusted = parseTrustedProxies(setting);
    for (const [peer, forwarded, client] of cases) expect(clientAddress(peer, forwarded, trusted)).toBe(client);
  });

  it("treats an IPv4-mapped IPv6 peer as the IPv4 address, in the setting, the socket and the header", () => {
    const trusted = parseTrustedProxies("127.0.0.1");
    expect(clientAddress("::ffff:127.0.0.1", "::ffff:203.0.113.7", trusted)).toBe("203.0.113.7");
    expect(clientAddress("::ffff:198.51.100.9", undefined, none)).toBe("198.51.100.9");
    const mapped = parseTrustedProxies("::ffff:10.0.0.0/104");
    expect(mapped.entries).toEqual(["10.0.0.0/8"]);
    expect(clientAddress("10.9.9.9", "203.0.113.7", mapped)).toBe("203.0.113.7");
  });

  it("reads X-Forwarded-For entries written with a port or in brackets", () => {
    const trusted = parseTrustedProxies("::1");
    expect(clientAddress("::1", "203.0.113.7:51234", trusted)).toBe("203.0.113.7");
    expect(clientAddress("::1", "[2001:DB8::42]:443", trusted)).toBe("2001:db8::42");
  });

  it("says unknown when the socket has no address (it closed)", () => {
    expect(clientAddress(undefined, "203.0.113.7", none)).toBe("unknown");
  });
});

describe("TRUSTED_PROXY", () => {
  it("is a comma-separated list of addresses and ranges; unset or empty trusts nothing", () => {
    expect(parseTrustedProxies(" 10.0.0.1 , ::1,fd00::/8 ").entries).toEqual(["10.0.0.1", "::1", "fd00::/8"]);
    expect(parseTrustedProxies("").entries).toEqual([]);
    expect(parseTrustedProxies(undefined).includes("127.0.0.1")).toBe(false);
  });

  it.each(["localhost", "10.0.0.300", "10.0.0.0/33", "fd00::/129", "10.0.0.0/8/8", "10.0.0.1:80", "[::1]", "10.0.0.0/x", "::ffff:10.0.0.0/8"])(
    "refuses %j, naming it",
    (entry) => {
      expect(() => parseTrustedProxies(`10.0.0.1, ${entry}`)).toThrow(`TRUSTED_PROXY: "${entry}" is not an IP address or CIDR range`);
    },
  );
});

describe("normaliseAddress", () => {
  it("drops an IPv6 zone and lower-cases IPv6", () => {
    expect(normaliseAddress("FE80::1%eth0")).toBe("fe80::1");
    expect(normaliseAddress("nonsense")).toBeUndefined();
  });
});
