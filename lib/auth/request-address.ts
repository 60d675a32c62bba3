// The client's address as the server process saw it. The server (scripts/serve.ts) sets this header
// on every request, overwriting anything a client sent, from the socket or, behind a proxy named in
// TRUSTED_PROXY, from that proxy's X-Forwarded-For. Without the server (tests), it is "unknown".
export const CLIENT_ADDRESS_HEADER = "x-rollout-client-address";

export function requestAddress(headers: Pick<Headers, "get">): string {
  const value = headers.get(CLIENT_ADDRESS_HEADER)?.trim();
  return value && value.length <= 64 ? value : "unknown";
}
