// A person's API tokens: the form to make one and the button to revoke one, sharing these schemas with
// their server actions.
import { z } from "zod";
import { formParser, requiredText } from "./common";

/** How long a token may work, in days: the form offers these and nothing else. */
export const TOKEN_LIFETIMES = [7, 30, 90, 365] as const;
export const DEFAULT_TOKEN_LIFETIME = 90;

export const createTokenFields = z.object({
  name: requiredText("a name for the token, such as the script that will use it", 80),
  expiresInDays: z.preprocess(
    (v) => (typeof v === "string" && /^\d{1,3}$/.test(v) ? Number(v) : v === undefined || v === "" ? undefined : NaN),
    z
      .number({ error: "Choose how long the token works for" })
      .refine((n) => (TOKEN_LIFETIMES as readonly number[]).includes(n), "Choose how long the token works for from the list"),
  ),
});
export type CreateTokenInput = z.infer<typeof createTokenFields>;

export const revokeTokenFields = z.object({
  tokenId: z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().regex(/^[0-9a-f-]{36}$/, "Reload the page and try again")),
});
export type RevokeTokenInput = z.infer<typeof revokeTokenFields>;

export const parseCreateToken = formParser(createTokenFields);
export const parseRevokeToken = formParser(revokeTokenFields);
