// The acting person's account read again inside a change's transaction: runMutation's and the import's
// (lib/import/batches.ts). Its own module, free of Next.js, so that scripts (npm run bench:import) can run it.
import type { Prisma } from "../generated/prisma/client";
import { can, type Actor, type Permission } from "../auth/permissions";

const NOT_ALLOWED = "Your account cannot make this change. Ask an admin if your work needs it.";

/** The actor's account no longer allows the change (deactivated or a role removed since sign-in). */
export class ActorRefused extends Error {}

/**
 * Re-reads the acting person's account inside the transaction: the roles the request started with may
 * have been taken away by a change that committed since (another admin, a moment earlier).
 */
export async function assertActorStillCan(tx: Prisma.TransactionClient, actor: Actor, permission: Permission): Promise<void> {
  const current = await tx.user.findUnique({ where: { id: actor.id }, select: { deactivatedAt: true, roles: { select: { role: true } } } });
  if (!current || current.deactivatedAt || !can({ ...actor, roles: current.roles.map((r) => r.role) }, permission)) throw new ActorRefused(NOT_ALLOWED);
}
