import "server-only";
// Corrections recorded in the dashboard between two moments, from the audit trail, in words.
import { assertCan, type Actor } from "../auth/permissions";
import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { CORRECTION_ACTIONS, describeCorrection, type PackCorrection } from "../domain/record-corrections";

type Db = Pick<Prisma.TransactionClient, "auditEvent" | "goLive" | "decision">;

/** At most this many corrections are listed in one pack; the count says if there were more. */
export const CORRECTIONS_SHOWN = 500;

/** Applied corrections recorded after `after` (exclusive) and up to `until` (inclusive), oldest first, with who and when. */
export async function loadCorrections(actor: Actor | null, window: { after: Date | null; until?: Date | null }, db: Db = getDb()): Promise<PackCorrection[]> {
  assertCan(actor, "rollout.read");
  const rows = await db.auditEvent.findMany({
    where: {
      action: { in: [...CORRECTION_ACTIONS] },
      outcome: "APPLIED",
      occurredAt: { ...(window.after ? { gt: window.after } : {}), ...(window.until ? { lte: window.until } : {}) },
    },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    take: CORRECTIONS_SHOWN,
    select: { id: true, occurredAt: true, actor: true, action: true, entity: true, entityId: true, before: true, after: true },
  });
  const ids = (entity: string) => [
    ...new Set(rows.filter((r) => r.entity === entity && r.entityId && /^\d{1,10}$/.test(r.entityId)).map((r) => Number(r.entityId))),
  ];
  const [goLives, decisions] = await Promise.all([
    db.goLive.findMany({ where: { id: { in: ids("GoLive") } }, select: { id: true, scope: true, trust: { select: { name: true } } } }),
    db.decision.findMany({ where: { id: { in: ids("Decision") } }, select: { id: true, title: true } }),
  ]);
  const subjects = new Map<string, string>([
    ...goLives.map((g) => [`GoLive:${g.id}`, `${g.trust.name} — ${g.scope}`] as [string, string]),
    ...decisions.map((d) => [`Decision:${d.id}`, d.title] as [string, string]),
  ]);
  return rows.map((r) => describeCorrection({ ...r, id: r.id.toString(), occurredAt: r.occurredAt.toISOString() }, subjects));
}
