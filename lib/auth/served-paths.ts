import { readAuthConfig } from "./config";

/**
 * The better-auth endpoints the product serves over HTTP (everything else under /api/auth is not
 * found): the single sign-on callback and better-auth's error page it may redirect to. Sign-in,
 * sign-out and sessions are handled on the server through better-auth's API, never through these.
 */
export function isServedAuthPath(method: string, pathname: string, oidcEnabled = readAuthConfig().isOidcEnabled): boolean {
  if (method !== "GET") return false;
  if (pathname === "/api/auth/error") return true;
  return oidcEnabled && pathname === "/api/auth/oauth2/callback/oidc";
}
