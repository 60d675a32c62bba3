import "server-only";
import type { MutationSpec } from "../actions/mutation";
import { forgetNotedVisit } from "../data/visits";

/**
 * A person marks everything recorded so far as seen: their "since you last looked" starts again from now
 * (docs/decisions/023). Their own bookkeeping, not the record's, but a write like any other: one transaction with
 * its audit row.
 */
export const markChangesSeen: MutationSpec<Record<string, never>> = {
  permission: "rollout.read",
  action: "changes.mark-seen",
  parse: () => ({ success: true, data: {} }),
  async write(tx, _input, actor) {
    const now = new Date();
    const before = await tx.userVisit.findUnique({ where: { userId: actor.id }, select: { previousSeenAt: true } });
    await tx.userVisit.upsert({
      where: { userId: actor.id },
      create: { userId: actor.id, lastSeenAt: now, previousSeenAt: now },
      update: { lastSeenAt: now, previousSeenAt: now },
      select: { userId: true },
    });
    forgetNotedVisit(actor.id);
    return {
      entity: "UserVisit",
      entityId: actor.id,
      before: { seenUpTo: before?.previousSeenAt?.toISOString() ?? null },
      after: { seenUpTo: now.toISOString() },
      redirectTo: "/changes?seen=1",
      revalidate: ["/", "/changes"],
    };
  },
};
