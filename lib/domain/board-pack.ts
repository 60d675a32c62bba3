// The board pack: what a board member takes into the meeting. For a date range (the last pack to
// this meeting) or one decision: where every go-live stood on the meeting date with its rating,
// what changed since the last pack, the decisions in force, what the halts and resumes cost, the
// open conflicts, and every source cited. Pure: it gathers and orders; the page prints it.
import type { ToleranceException } from "./tolerances";
import { certainFrom, formatPartialDate, type PartialDate } from "./dates";
import { programmeCosts, type DecisionCost, type PaymentFact } from "./decision-cost";
import { citedOn, isKnownOn, knownLater, type Knowable } from "./knowledge";
import type { ProblemFact } from "./rag";
import type { PackCorrection } from "./record-corrections";
import { buildOverviewRows, type DecisionRecord, type OverviewRow, type RolloutFacts, type SourceRef } from "./rollout";
import { decisionEffectiveFrom, decisionsInForce } from "./status";
import type { PackTrends } from "./milestone-trends";

export interface PackProblem extends ProblemFact {
  trustName: string;
  sources: SourceRef[];
}

export type ChangeKind = "PLAN" | "GO_LIVE" | "DECISION" | "PROBLEM";

export interface PackChange {
  kind: ChangeKind;
  /** when it happened or was announced, with its precision */
  on: PartialDate;
  /** the day from which it is certainly past (the end of its period), by which the changes are ordered */
  certainFrom: string;
  trust: string | null;
  text: string;
  sources: SourceRef[];
  /** with hindsight: the day it became known, when after the meeting */
  reportedLater?: string | null;
}

export interface PackConflictClaim {
  claim: string;
  source: SourceRef;
}

export interface PackConflict {
  key: string;
  question: string;
  claims: PackConflictClaim[];
}

export interface BoardPack {
  meetingDate: string;
  /** read with hindsight (everything known now) rather than as it stood on the meeting date */
  hindsight?: boolean;
  /** the changes listed are those certainly past after this date and by the meeting */
  since: string;
  decision: DecisionRecord | null;
  status: OverviewRow[];
  changes: PackChange[];
  /** corrections recorded in the dashboard since the last issued pack (from the audit trail), oldest first */
  corrections: PackCorrection[];
  /** when the last issued pack was issued (ISO timestamp), if one was: the corrections are those after it */
  correctionsSince: string | null;
  inForce: DecisionRecord[];
  costs: DecisionCost[];
  conflicts: PackConflict[];
  /** every source the pack cites, numbered in this order */
  sources: SourceRef[];
  /** the forecasts of the go-lives re-planned since the last pack, quarter by quarter (decision 018); absent in packs issued before */
  trends?: PackTrends;
  /**
   * The go-lives outside tolerance (decision 020): open on the meeting date, and those that went live outside it
   * since the last pack; the pack leads with them. Absent in packs issued before.
   */
  exceptions?: PackExceptions;
}

export interface PackExceptions {
  list: ToleranceException[];
  /** tolerances that applied on the meeting date */
  applying: number;
  /** tolerances agreed by the meeting but recorded after it (applied only with hindsight) */
  recordedLater: number;
}

/** The exceptions a pack lists: open on the meeting date, and those closed (went live outside tolerance) after `since`. */
export function packExceptions(all: { exceptions: readonly ToleranceException[]; applying: number; recordedLater: number }, since: string): PackExceptions {
  return {
    list: all.exceptions.filter((x) => x.state === "OPEN" || (x.wentLiveOn !== null && x.wentLiveOn > since)),
    applying: all.applying,
    recordedLater: all.recordedLater,
  };
}

/** Gather a pack for the meeting on `to`, with changes after `since` (or, for a decision, since it took effect). */
export function buildBoardPack(
  input: {
    facts: RolloutFacts;
    problems: readonly PackProblem[];
    payments: readonly PaymentFact[];
    conflicts: readonly PackConflict[];
    corrections?: { since: string | null; list: readonly PackCorrection[] };
  },
  options: { since: string; to: string; decision?: DecisionRecord | null },
): BoardPack {
  const { facts, problems, payments, conflicts } = input;
  const { since, to } = options;
  const decision = options.decision ?? null;
  const status = buildOverviewRows(facts, to, {}, problems).filter((r) => r.trust.isRolloutTarget);
  const hindsight = facts.hindsight ?? false;
  const citedBy = (list: readonly SourceRef[]) => citedOn(list, to, hindsight).cited;
  const changes = packChanges({ facts, problems }, { since, to });

  const inForceIds = new Set(decisionsInForce(facts.decisions, to).map((d) => d.id));
  const inForce = facts.decisions.filter((d) => inForceIds.has(d.id)).sort((a, b) => decisionEffectiveFrom(a).localeCompare(decisionEffectiveFrom(b)));
  const allCosts = programmeCosts(facts, payments, to);
  const costs = decision
    ? allCosts.filter((c) => c.decision.id === decision.id || c.decision.liftsId === decision.id || c.decision.id === decision.liftsId)
    : allCosts.filter((c) => inForceIds.has(c.decision.id) || c.effectiveFrom > since);

  const cited = new Map<string, SourceRef>();
  const cite = (list: readonly SourceRef[]) => list.forEach((s) => cited.has(s.key) || cited.set(s.key, s));
  status.forEach((r) => cite(r.sources));
  changes.forEach((c) => cite(c.sources));
  inForce.forEach((d) => cite(citedBy(d.sources)));
  conflicts.forEach((c) => cite(c.claims.map((x) => x.source)));
  if (decision) cite(citedBy(decision.sources));
  const sources = [...cited.values()].sort(
    (a, b) => a.publisher.localeCompare(b.publisher) || (a.published?.date ?? "").localeCompare(b.published?.date ?? "") || a.title.localeCompare(b.title),
  );

  const corrections = [...(input.corrections?.list ?? [])].sort((a, b) => a.at.localeCompare(b.at) || a.id.length - b.id.length || a.id.localeCompare(b.id));
  return {
    meetingDate: to,
    hindsight,
    since,
    decision,
    status,
    changes,
    corrections,
    correctionsSince: input.corrections?.since ?? null,
    inForce,
    costs,
    conflicts: [...conflicts],
    sources,
  };
}

/**
 * What became known after `since` and by the meeting on `to` (the pack's "changes since the last pack"):
 * plans, go-lives, decisions and problems, ordered by the day each counts from. The pack lists them, and
 * so does the comparison of two issued packs, which needs nothing else of a pack.
 */
export function packChanges(input: { facts: RolloutFacts; problems: readonly PackProblem[] }, options: { since: string; to: string }): PackChange[] {
  const { facts, problems } = input;
  const { since, to } = options;
  const trusts = new Map(facts.trusts.map((t) => [t.id, t]));
  // As it stood (lib/domain/knowledge.ts), a change counts from the day it became known, and the pack
  // cites only the sources published by the meeting; with hindsight, from the day it happened, all cited.
  const hindsight = facts.hindsight ?? false;
  const countsFrom = (event: string, fact: Knowable) => (hindsight || !fact.becameKnown || fact.becameKnown <= event ? event : fact.becameKnown);
  const between = (day: string) => day > since && day <= to;
  const citedBy = (list: readonly SourceRef[]) => citedOn(list, to, hindsight).cited;

  const changes: PackChange[] = [];
  for (const goLive of facts.goLives) {
    const trust = trusts.get(goLive.trustId);
    if (!trust) continue;
    for (const plan of goLive.plans) {
      const at = plan.announced ? countsFrom(certainFrom(plan.announced), plan) : hindsight ? null : (plan.becameKnown ?? null);
      if (!at || !between(at)) continue;
      const label = plan.plannedLabel ?? (plan.planned ? formatPartialDate(plan.planned) : null);
      const what = plan.planned ? `planned for ${label}` : `postponed with no date${label ? ` (“${label}”)` : ""}`;
      changes.push({
        kind: "PLAN",
        on: plan.announced ?? { date: at, precision: "DAY" },
        certainFrom: at,
        trust: trust.name,
        text: `${goLive.scope}: ${what}${plan.reason ? `. ${plan.reason}` : ""}${plan.announced ? "" : " (the record does not say when it was announced: shown from when it became known)"}`,
        sources: citedBy(plan.sources),
        reportedLater: hindsight ? knownLater(plan, to) : null,
      });
    }
    for (const actual of goLive.actuals) {
      const at = countsFrom(certainFrom(actual.wentLive), actual);
      if (!between(at)) continue;
      changes.push({
        kind: "GO_LIVE",
        on: actual.wentLive,
        certainFrom: at,
        trust: trust.name,
        text: `${goLive.scope}: went live${actual.note ? `. ${actual.note}` : ""}`,
        sources: citedBy(actual.sources),
        reportedLater: hindsight ? knownLater(actual, to) : null,
      });
    }
  }
  for (const d of facts.decisions) {
    const from = countsFrom(decisionEffectiveFrom(d), d);
    if (between(from)) {
      changes.push({
        kind: "DECISION",
        on: d.decided,
        certainFrom: from,
        trust: null,
        text: `${d.title} (${d.body})`,
        sources: citedBy(d.sources),
        reportedLater: hindsight ? knownLater(d, to) : null,
      });
    }
  }
  for (const p of problems) {
    if (!hindsight && !isKnownOn(p, to)) continue;
    const at = countsFrom(certainFrom(p.reported), p);
    if (!between(at)) continue;
    changes.push({
      kind: "PROBLEM",
      on: p.reported,
      certainFrom: at,
      trust: p.trustName,
      text: p.description,
      sources: citedBy(p.sources),
      reportedLater: hindsight ? knownLater(p, to) : null,
    });
  }
  changes.sort((a, b) => a.certainFrom.localeCompare(b.certainFrom) || a.kind.localeCompare(b.kind) || (a.trust ?? "").localeCompare(b.trust ?? ""));

  return changes;
}
