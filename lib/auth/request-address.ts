// The client's address as the server process saw it. scripts/serve.ts sets the header on every
// request, overwriting anything a client sent (lib/server/client-address.ts). Without that server
// (tests that call actions directly), it is "unknown".
import { CLIENT_ADDRESS_HEADER } from "../server/client-address";

export { CLIENT_ADDRESS_HEADER };

export function requestAddress(headers: Pick<Headers, "get">): string {
  const value = headers.get(CLIENT_ADDRESS_HEADER)?.trim();
  return value && value.length <= 64 ? value : "unknown";
}
