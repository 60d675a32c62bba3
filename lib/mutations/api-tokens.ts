import "server-only";
import { randomUUID } from "node:crypto";
import type { Change, MutationSpec } from "../actions/mutation";
import { FieldError } from "../actions/errors";
import { nextSubmissionId } from "../actions/form-data";
import { makeToken } from "../api/tokens";
import { parseCreateToken, parseRevokeToken, type CreateTokenInput, type RevokeTokenInput } from "../validation/api-tokens";

/** Tokens one person may hold at once that have not been revoked or expired. */
export const MAX_LIVE_TOKENS = 20;

interface TokenChange extends Change {
  /** shown once to the person who made it; never stored or audited */
  token: string;
  name: string;
  expiresAt: Date;
}

/** A person makes a read-only token for themselves. The audit keeps its name, prefix and expiry, never the token. */
export const createApiToken: MutationSpec<CreateTokenInput, TokenChange> = {
  permission: "api.token",
  action: "api-token.create",
  parse: parseCreateToken,
  async write(tx, input, actor) {
    const now = new Date();
    const live = await tx.apiToken.count({ where: { userId: actor.id, revokedAt: null, expiresAt: { gt: now } } });
    if (live >= MAX_LIVE_TOKENS)
      throw new FieldError({ name: `You have ${MAX_LIVE_TOKENS} tokens that still work: revoke one you no longer use, then make this one` });
    const { token, hash, prefix } = makeToken();
    const expiresAt = new Date(now.getTime() + input.expiresInDays * 24 * 60 * 60 * 1000);
    const row = await tx.apiToken.create({
      data: { id: randomUUID(), userId: actor.id, name: input.name, prefix, tokenHash: hash, scope: "read", expiresAt },
      select: { id: true },
    });
    return {
      entity: "ApiToken",
      entityId: row.id,
      before: null,
      after: { name: input.name, prefix, scope: "read", expiresAt: expiresAt.toISOString() },
      redirectTo: "/account/tokens",
      revalidate: ["/account/tokens"],
      token,
      name: input.name,
      expiresAt,
    };
  },
  result: (change) => ({
    status: "success",
    message: `Token "${change.name}" made`,
    fields: { token: change.token, expiresAt: change.expiresAt.toISOString() },
    submissionId: nextSubmissionId(),
  }),
};

/** A person revokes one of their own tokens: it stops working at once. */
export const revokeApiToken: MutationSpec<RevokeTokenInput> = {
  permission: "api.token",
  action: "api-token.revoke",
  parse: parseRevokeToken,
  async write(tx, input, actor) {
    const row = await tx.apiToken.findFirst({
      where: { id: input.tokenId, userId: actor.id },
      select: { id: true, name: true, prefix: true, revokedAt: true, expiresAt: true },
    });
    if (!row) throw new FieldError({ tokenId: "This token is not one of yours: reload the page" });
    const revokedAt = row.revokedAt ?? new Date();
    if (!row.revokedAt) await tx.apiToken.update({ where: { id: row.id }, data: { revokedAt }, select: { id: true } });
    return {
      entity: "ApiToken",
      entityId: row.id,
      before: { name: row.name, prefix: row.prefix, revokedAt: row.revokedAt?.toISOString() ?? null },
      after: { name: row.name, prefix: row.prefix, revokedAt: revokedAt.toISOString() },
      redirectTo: `/account/tokens?revoked=${encodeURIComponent(row.id)}`,
      revalidate: ["/account/tokens"],
    };
  },
};
