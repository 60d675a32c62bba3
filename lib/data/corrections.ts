import "server-only";
// Corrections recorded in the dashboard between two moments, from the audit trail, in words.
import { assertCan, type Actor } from "../auth/permissions";
import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { CORRECTION_ACTIONS, describeCorrection, type PackCorrection } from "../domain/record-corrections";
import { readRecordNames, type RecordNamesDb } from "./record-names";

type Db = Pick<Prisma.TransactionClient, "auditEvent"> & RecordNamesDb;

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
  const subjects = await readRecordNames(db, rows);
  return rows.map((r) => describeCorrection({ ...r, id: r.id.toString(), occurredAt: r.occurredAt.toISOString() }, subjects));
}
