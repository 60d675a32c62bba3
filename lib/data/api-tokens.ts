import "server-only";
import { assertCan, type Actor } from "../auth/permissions";
import { getDb } from "../db";

export interface TokenListing {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  state: "works" | "expired" | "revoked";
}

/** The person's own tokens, newest first: never the token, only what tells them apart. */
export async function listOwnTokens(actor: Actor | null): Promise<TokenListing[]> {
  assertCan(actor, "api.token");
  const rows = await getDb().apiToken.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true },
  });
  const now = Date.now();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
    state: r.revokedAt ? "revoked" : r.expiresAt.getTime() <= now ? "expired" : "works",
  }));
}
