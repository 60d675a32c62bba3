import "server-only";
import type { Tx } from "../actions/mutation";
import { isoFromDbDate } from "../domain/dates";
import type { DecisionFact } from "../domain/status";

/** The decisions as the status rules need them, read inside a change's transaction. */
export async function readDecisionFacts(tx: Tx): Promise<DecisionFact[]> {
  const rows = await tx.decision.findMany({
    select: {
      id: true,
      kind: true,
      title: true,
      decidedOn: true,
      decidedPrecision: true,
      reportedOn: true,
      scope: true,
      liftsId: true,
      trusts: { select: { id: true } },
    },
  });
  return rows.map((d) => ({
    id: d.id,
    kind: d.kind,
    title: d.title,
    decided: { date: isoFromDbDate(d.decidedOn), precision: d.decidedPrecision },
    reportedOn: d.reportedOn ? isoFromDbDate(d.reportedOn) : null,
    scope: d.scope,
    trustIds: d.trusts.map((t) => t.id),
    liftsId: d.liftsId,
  }));
}
