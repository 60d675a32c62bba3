import "server-only";
import { getDb } from "../db";
import { isoFromDbDate } from "../domain/dates";
import type { ProblemFact } from "../domain/rag";
import { buildOverviewRows, countByConfiguration, countByStatus, statusDecisionsOn } from "../domain/rollout";
import type { OverviewQuery } from "../validation/overview";
import { assertCan, type Actor } from "../auth/permissions";
import { loadRolloutFacts } from "./rollout";

/** The overview as of a date, filtered as the URL asks. The page and the CSV export both read this. */
export async function getOverview(actor: Actor | null, query: Pick<OverviewQuery, "asOf" | "filters">) {
  const [facts, problems] = await Promise.all([loadRolloutFacts(actor), loadProblemFacts(actor)]);
  const asOf = query.asOf.asOf;
  const allRows = buildOverviewRows(facts, asOf);
  const rows = buildOverviewRows(facts, asOf, query.filters, problems);
  const configurations = countByConfiguration(allRows).filter((c) => c.code !== "NOT_KNOWN");
  return {
    asOf,
    rows,
    statusCounts: countByStatus(rows),
    configurationCounts: countByConfiguration(rows),
    configurations,
    decisions: statusDecisionsOn(facts.decisions, asOf),
    otherTrusts: facts.trusts.filter((t) => !t.isRolloutTarget),
  };
}

/** Every problem in the record, as the rating needs it (lib/domain/rag.ts). */
async function loadProblemFacts(actor: Actor | null): Promise<ProblemFact[]> {
  assertCan(actor, "rollout.read");
  const rows = await getDb().problem.findMany({
    orderBy: [{ reportedOn: "asc" }, { id: "asc" }],
    select: { trustId: true, goLiveId: true, reportedOn: true, precision: true, description: true },
  });
  return rows.map((p) => ({
    trustId: p.trustId,
    goLiveId: p.goLiveId,
    reported: { date: isoFromDbDate(p.reportedOn), precision: p.precision },
    description: p.description,
  }));
}
