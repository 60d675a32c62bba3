import "server-only";
import { assertCan, type Actor } from "../auth/permissions";
import { getDb } from "../db";

export interface AuditEntry {
  id: string;
  occurredAt: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  outcome: string;
  before: unknown;
  after: unknown;
}

/** A record's change history, newest first: who, when, what, before and after. */
export async function getRecordHistory(actor: Actor | null, records: { entity: string; entityId: string }[], limit = 200): Promise<AuditEntry[]> {
  assertCan(actor, "rollout.read");
  if (records.length === 0) return [];
  const rows = await getDb().auditEvent.findMany({
    where: { OR: records.map((r) => ({ entity: r.entity, entityId: r.entityId })) },
    orderBy: { occurredAt: "desc" },
    take: limit,
    select: { id: true, occurredAt: true, actor: true, action: true, entity: true, entityId: true, outcome: true, before: true, after: true },
  });
  return rows.map((r) => ({ ...r, id: r.id.toString(), occurredAt: r.occurredAt.toISOString() }));
}
