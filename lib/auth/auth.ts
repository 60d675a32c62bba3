import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { genericOAuth } from "better-auth/plugins/generic-oauth";
import { getDb } from "../db";
import { readAuthConfig } from "./config";
import { beforeSessionCreated, type SessionContext } from "./hooks";
import { CLIENT_ADDRESS_HEADER } from "./request-address";

function createAuth() {
  const config = readAuthConfig();
  return betterAuth({
    appName: "London Cerner rollout",
    secret: config.BETTER_AUTH_SECRET,
    baseURL: config.baseURL,
    database: prismaAdapter(getDb(), { provider: "postgresql" }),
    // Accounts are made by admins' invitations, never by signing up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12, maxPasswordLength: 128 },
    session: { expiresIn: config.SESSION_HOURS * 60 * 60, updateAge: 60 * 60 },
    account: { accountLinking: { enabled: true, trustedProviders: ["oidc"] } },
    // Sessions are made only for active accounts, whichever way in (docs/decisions/012).
    databaseHooks: { session: { create: { before: async (session, context) => beforeSessionCreated(session, context as SessionContext | null) } } },
    advanced: {
      cookiePrefix: "rollout",
      // Only the address our own server set (from the socket, or a TRUSTED_PROXY's X-Forwarded-For):
      // a client-sent X-Forwarded-For never counts.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      useSecureCookies: config.useSecureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    // For the few endpoints of better-auth's that are served (app/api/auth/[...all]/route.ts), counted
    // in the database so that every server process shares the counts.
    rateLimit: { enabled: true, window: 60, max: 30, storage: "database", modelName: "rateLimit" },
    telemetry: { enabled: false },
    plugins: [
      ...(config.isOidcEnabled
        ? [
            genericOAuth({
              config: [
                {
                  providerId: "oidc",
                  discoveryUrl: config.OIDC_DISCOVERY_URL!,
                  clientId: config.OIDC_CLIENT_ID!,
                  clientSecret: config.OIDC_CLIENT_SECRET!,
                  scopes: config.OIDC_SCOPES.split(/\s+/),
                  pkce: true,
                  // Only people an admin has invited may sign in: no accounts made on first sign-in.
                  disableImplicitSignUp: true,
                },
              ],
            }),
          ]
        : []),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { rolloutAuth?: Auth };

export function getAuth(): Auth {
  globalForAuth.rolloutAuth ??= createAuth();
  return globalForAuth.rolloutAuth;
}
