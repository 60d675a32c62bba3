import "server-only";
import { buildOverviewRows, countByConfiguration, countByStatus, statusDecisionsOn } from "../domain/rollout";
import type { OverviewQuery } from "../validation/overview";
import type { Actor } from "../auth/permissions";
import { loadRolloutFacts } from "./rollout";

/** The overview as of a date, filtered as the URL asks. The page and the CSV export both read this. */
export async function getOverview(actor: Actor | null, query: Pick<OverviewQuery, "asOf" | "filters">) {
  const facts = await loadRolloutFacts(actor);
  const asOf = query.asOf.asOf;
  const allRows = buildOverviewRows(facts, asOf);
  const rows = buildOverviewRows(facts, asOf, query.filters);
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
