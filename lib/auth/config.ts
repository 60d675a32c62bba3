import { z } from "zod";

// Sign-in settings, parsed once from the environment.
const schema = z.object({
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters (the launcher makes one for you in .data/)"),
  BETTER_AUTH_URL: z.string().url().optional(),
  PORT: z.string().default("3000"),
  /** Single sign-on through any OpenID Connect provider (Microsoft Entra ID, NHS CIS2 …) */
  OIDC_DISCOVERY_URL: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_PROVIDER_NAME: z.string().default("single sign-on"),
  OIDC_SCOPES: z.string().default("openid email profile"),
  SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(8),
});

export type AuthConfig = z.infer<typeof schema> & { baseURL: string; isOidcEnabled: boolean; useSecureCookies: boolean };

export function readAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const parsed = schema.parse(env);
  const baseURL = parsed.BETTER_AUTH_URL ?? `http://localhost:${parsed.PORT}`;
  const isLocal = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/.test(baseURL);
  return {
    ...parsed,
    baseURL,
    isOidcEnabled: Boolean(parsed.OIDC_DISCOVERY_URL && parsed.OIDC_CLIENT_ID && parsed.OIDC_CLIENT_SECRET),
    // Secure cookies wherever the service is served over https; plain http only on this machine.
    useSecureCookies: env.NODE_ENV === "production" && !isLocal,
  };
}
