// Corrections recorded in the dashboard, read from the audit trail and said in words: who changed
// what, and when. A board pack lists those recorded since the last issued pack, beside the facts
// that became known (docs/decisions/014). Pure: the data layer reads the rows; this words them.
import { actionInWords } from "./audit-actions";
import { formatPartialDate, type PartialDate } from "./dates";
import { recordInWords } from "./record-names";

/** The audit actions that change the record itself (not accounts, sign-ins, baselines or packs). */
export const CORRECTION_ACTIONS = ["go-live.replan", "go-live.record-actual", "acceptance.record", "problem.record", "decision.record", "source.add"] as const;

export interface AuditRow {
  id: string;
  /** ISO timestamp */
  occurredAt: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export interface PackCorrection {
  id: string;
  /** ISO timestamp: when it was recorded */
  at: string;
  /** who recorded it (their email) */
  by: string;
  action: string;
  /** what it is about: a trust's go-live, a decision, a source */
  subject: string;
  /** what changed, in words */
  text: string;
}

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);
function partial(v: unknown): string | null {
  const o = obj(v);
  if (typeof o.date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(o.date)) return null;
  const precision = o.precision === "MONTH" || o.precision === "YEAR" || o.precision === "QUARTER" ? o.precision : "DAY";
  try {
    return formatPartialDate({ date: o.date, precision } as PartialDate);
  } catch {
    return o.date;
  }
}

/** One audit row in words. `subjects` names the records (e.g. "GoLive:12" → "Kingston Hospital NHS Trust — Whole trust": lib/domain/record-names.ts). */
export function describeCorrection(row: AuditRow, subjects: ReadonlyMap<string, string> = new Map()): PackCorrection {
  const before = obj(row.before);
  const after = obj(row.after);
  const subject = recordInWords(row.entity, row.entityId, subjects).text;
  const verb = actionInWords(row.action);
  let detail: string | null = null;
  if (row.action === "go-live.replan") {
    const plan = obj(after.plan);
    const planned = partial(plan.plannedOn) ?? str(plan.plannedLabel) ?? "no date";
    const was = str(before.latestPlan);
    detail = `planned for ${planned}${was ? ` (was ${was})` : ""}${str(plan.reason) ? `. Reason: ${str(plan.reason)}` : ""}`;
  } else if (row.action === "go-live.record-actual") {
    const wentLive = partial(obj(after.actual).wentLiveOn);
    detail = wentLive ? `went live ${wentLive}` : null;
  } else if (row.action === "acceptance.record") {
    const accepted = partial(obj(after.acceptance).acceptedOn);
    detail = accepted ? `accepted ${accepted}` : null;
  } else if (row.action === "problem.record") {
    detail = str(obj(after.problem).description);
  } else if (row.action === "decision.record") {
    detail = str(after.title);
  } else if (row.action === "source.add") {
    const publisher = str(after.publisher);
    const title = str(after.title);
    detail = publisher || title ? `${publisher ?? "unknown publisher"}: “${title ?? "untitled"}”` : null;
  }
  return { id: row.id, at: row.occurredAt, by: row.actor, action: row.action, subject, text: detail ? `${verb}: ${detail}` : verb };
}
