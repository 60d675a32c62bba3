import "server-only";
// Personal API tokens (docs/decisions/022). A token is "rlt_" and 43 characters of base64url (32 random
// bytes): too many to guess, so it is kept as its SHA-256 alone (a slow hash protects guessable
// passwords, not random keys) and found by that hash in one index lookup. It acts with its owner's roles
// as they are at each request: an account deactivated, or a role taken away, is a token that can do less.
import { createHash, randomBytes } from "node:crypto";
import { getDb } from "../db";
import type { Actor } from "../auth/permissions";
import type { Role } from "../domain/roles";

export const TOKEN_PREFIX = "rlt_";
const TOKEN_SHAPE = /^rlt_[A-Za-z0-9_-]{43}$/;

/** Failed token attempts from one address in a minute before it is refused for the rest of the minute. */
export const FAILED_TOKEN_LIMIT = 30;
const WINDOW_MS = 60_000;
/** lastUsedAt is written at most this often per token: a script's every request is not a write. */
const LAST_USED_EVERY_MS = 60_000;

export function makeToken(): { token: string; hash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashToken(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) };
}

export const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

export type TokenResult =
  | { status: "ok"; actor: Actor; tokenId: string }
  | { status: "refused"; reason: "malformed" | "unknown" | "revoked" | "expired" | "account" }
  | { status: "limited"; retryAfterSeconds: number };

const REASON_WORDS: Record<Exclude<TokenResult, { status: "ok" } | { status: "limited" }>["reason"], string> = {
  malformed: "The token is not in the right form: it starts rlt_ and has 47 characters. Copy it again from Account, API tokens.",
  unknown: "This token is not known. Make a new one under Account, API tokens.",
  revoked: "This token was revoked. Make a new one under Account, API tokens.",
  expired: "This token has expired. Make a new one under Account, API tokens.",
  account: "The account this token belongs to is deactivated.",
};

export const refusalWords = (reason: keyof typeof REASON_WORDS) => REASON_WORDS[reason];

/**
 * The token of an Authorization header, or null when there is none (a browser session may be used): `Bearer <token>`,
 * or HTTP Basic with the token as the password (any user name), which is how most feed readers sign in.
 */
export function bearerToken(headers: Pick<Headers, "get">): string | null | "malformed" {
  const value = headers.get("authorization");
  if (value === null) return null;
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(value);
  if (bearer) return bearer[1]!;
  const basic = /^Basic\s+([A-Za-z0-9+/=]{1,400})\s*$/i.exec(value);
  if (!basic) return "malformed";
  const decoded = Buffer.from(basic[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon >= 0 && decoded.length - colon > 1 ? decoded.slice(colon + 1) : "malformed";
}

async function limitedFor(address: string): Promise<number | null> {
  const row = await getDb().rateLimit.findUnique({ where: { key: `api-token:${address}` }, select: { count: true, lastRequest: true } });
  if (!row) return null;
  const since = Date.now() - Number(row.lastRequest);
  return row.count >= FAILED_TOKEN_LIMIT && since < WINDOW_MS ? Math.ceil((WINDOW_MS - since) / 1000) : null;
}

/** Counts a failed attempt from the address, in the table every server process shares. */
async function countFailure(address: string) {
  const key = `api-token:${address}`;
  const now = BigInt(Date.now());
  const windowStart = now - BigInt(WINDOW_MS);
  await getDb().$executeRaw`INSERT INTO "rateLimit" ("id", "key", "count", "lastRequest") VALUES (${key}, ${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET "count" = CASE WHEN "rateLimit"."lastRequest" < ${windowStart} THEN 1 ELSE "rateLimit"."count" + 1 END, "lastRequest" = ${now}`;
}

/** Who a bearer token acts for, now; every refusal is counted against the address it came from. */
export async function actorForToken(token: string, address: string): Promise<TokenResult> {
  const wait = await limitedFor(address);
  if (wait !== null) return { status: "limited", retryAfterSeconds: wait };
  const refuse = async (reason: Extract<TokenResult, { status: "refused" }>["reason"]): Promise<TokenResult> => {
    await countFailure(address);
    return { status: "refused", reason };
  };
  if (!TOKEN_SHAPE.test(token)) return refuse("malformed");
  const row = await getDb().apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      scope: true,
      user: { select: { id: true, email: true, name: true, deactivatedAt: true, roles: { select: { role: true }, orderBy: { role: "asc" } } } },
    },
  });
  if (!row) return refuse("unknown");
  if (row.revokedAt) return refuse("revoked");
  if (row.expiresAt.getTime() <= Date.now()) return refuse("expired");
  if (row.user.deactivatedAt) return refuse("account");
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
    await getDb().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() }, select: { id: true } });
  }
  const roles: Role[] = row.user.roles.map((r) => r.role);
  return { status: "ok", tokenId: row.id, actor: { id: row.user.id, email: row.user.email, name: row.user.name, roles } };
}
