import "server-only";
import { getDb } from "../db";
import { isoFromDbDate } from "../domain/dates";
import type { ProblemFact } from "../domain/rag";
import type { View } from "../domain/knowledge";
import { datedSource, knownSelect, rowKnowledge } from "../derived/knowledge";
import { buildOverviewRows, countByConfiguration, countByStatus, statusDecisionsOn } from "../domain/rollout";
import type { OverviewQuery } from "../validation/overview";
import { assertCan, type Actor } from "../auth/permissions";
import { organisationOn } from "../domain/organisations";
import { loadOrganisations } from "./organisations";
import { loadRecord } from "./rollout";

/** The overview as of a date, filtered as the URL asks. The page and the CSV export both read this. */
export async function getOverview(actor: Actor | null, query: Pick<OverviewQuery, "asOf" | "filters">) {
  const view = query.asOf.view;
  const [facts, problems, organisations] = await Promise.all([loadRecord(actor, view), loadProblemFacts(actor, view), loadOrganisations(actor)]);
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
    decisions: statusDecisionsOn(facts.decisions, asOf, view.hindsight),
    hindsight: view.hindsight,
    /** each trust as it stood on the date: its name then, and the trust it had become part of */
    organisationsOn: new Map(
      [...organisations.organisations.values()].map((o) => [o.id, organisationOn(o, organisations.changesByTrust.get(o.id) ?? [], asOf)] as const),
    ),
    otherTrusts: facts.trusts.filter((t) => !t.isRolloutTarget),
  };
}

/**
 * Every problem in the record, as the rating needs it (lib/domain/rag.ts), with the day it became
 * known: as it stood it counts from then; with hindsight from the day it was reported.
 */
export async function loadProblemFacts(actor: Actor | null, view: View): Promise<ProblemFact[]> {
  assertCan(actor, "rollout.read");
  const rows = await getDb().problem.findMany({
    orderBy: [{ reportedOn: "asc" }, { id: "asc" }],
    select: {
      trustId: true, goLiveId: true, reportedOn: true, precision: true, description: true, ...knownSelect,
      sources: { select: { publishedOn: true, publishedPrecision: true } },
    },
  });
  return rows.map((p) => {
    const reported = { date: isoFromDbDate(p.reportedOn), precision: p.precision };
    return {
      trustId: p.trustId,
      goLiveId: p.goLiveId,
      reported,
      description: p.description,
      ...rowKnowledge(p, p.sources.map(datedSource), { hindsight: view.hindsight, own: reported }),
    };
  });
}
