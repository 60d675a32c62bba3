// A trust's rollout status on a date, derived from the history of plans, go-lives and decisions.
// This is the one place the rules live; pages, exports and tests all call deriveGoLiveStatus.
import { weakestCertainty, type Certainty } from "./certainty";
import { certainFrom, daysBetweenPartial, formatPartialDate, intervalOf, type DayRange, type PartialDate } from "./dates";
import type { Knowable } from "./knowledge";
import { labelled } from "./labelled";

export const [STATUSES, STATUS_LABEL] = labelled({
  PLANNED: "Planned",
  NEXT_IN_LINE: "Next in line",
  HALTED: "Halted",
  LIVE: "Live",
  WITHDRAWN: "Withdrawn",
  NOT_KNOWN: "Not known",
});
export type Status = (typeof STATUSES)[number];

export type DecisionKind = "HALT" | "RESUME" | "RECOMMEND" | "POSTPONE" | "WITHDRAW" | "ANNOUNCE";

export interface PlanFact extends Knowable {
  sequence: number;
  /** null: postponed with no new date */
  planned: PartialDate | null;
  plannedLabel: string | null;
  /** null: the record does not say when it was announced; it counts as known from the start */
  announced: PartialDate | null;
  certainty: Certainty;
}

export interface ActualFact extends Knowable {
  wentLive: PartialDate;
  certainty: Certainty;
  sourceNames: string[];
  /** the day a later record corrected this one: it counts as it stood before then, not from then on */
  supersededOn?: string | null;
  /** for a correction, the day it was recorded: it counts from then, not before */
  correctsFrom?: string | null;
}

/**
 * The go-live records standing on a date: a correction recorded later does not rewrite the past.
 * (Which records were known by a page's date is readRecord's work, lib/domain/rollout.ts.)
 */
export function actualsStandingOn<A extends Pick<ActualFact, "supersededOn" | "correctsFrom">>(actuals: readonly A[], asOf: string): A[] {
  return actuals.filter((a) => (!a.supersededOn || a.supersededOn > asOf) && (!a.correctsFrom || a.correctsFrom <= asOf));
}

export interface GoLiveFacts {
  trustId: number;
  isRolloutTarget: boolean;
  certainty: Certainty;
  plans: PlanFact[];
  actuals: ActualFact[];
}

export interface DecisionFact extends Knowable {
  id: number;
  kind: DecisionKind;
  title: string;
  decided: PartialDate;
  /** the day a source first reported it, if earlier than the end of the decided period */
  reportedOn: string | null;
  scope: "ALL_LONDON" | "NAMED_TRUSTS";
  trustIds: number[];
  liftsId: number | null;
}

export interface DerivedStatus {
  status: Status;
  /** why, in words: never a colour alone */
  reason: string;
  /** the plans known on the date, in order */
  knownPlans: PlanFact[];
  firstPlan: PlanFact | null;
  latestPlan: PlanFact | null;
  /** the actual go-live, if it had happened by the date; several when sources disagree */
  actuals: ActualFact[];
  isDisputed: boolean;
  slip: DayRange | null;
  certainty: Certainty;
  heldBy: DecisionFact | null;
  liftedBy: DecisionFact | null;
}

/** The first day a decision is certainly in force: the end of its period, or the day it was reported. */
export function decisionEffectiveFrom(d: DecisionFact): string {
  const end = certainFrom(d.decided);
  return d.reportedOn && d.reportedOn < end ? d.reportedOn : end;
}

/**
 * Whether a decision covers a go-live. An all-London decision covers every rollout target, except a
 * go-live the record knows only by its going live, with no plan at all (Croydon, 2013): nothing in the
 * record says it was waiting, so no halt can be said to have held it. Callers without the go-live's
 * plans and actuals get the trust-level answer.
 */
export function decisionCovers(
  d: DecisionFact,
  goLive: Pick<GoLiveFacts, "trustId" | "isRolloutTarget"> & { plans?: readonly unknown[]; actuals?: readonly unknown[] },
): boolean {
  if (d.scope !== "ALL_LONDON") return d.trustIds.includes(goLive.trustId);
  const isKnownOnlyByGoingLive = goLive.plans?.length === 0 && (goLive.actuals?.length ?? 0) > 0;
  return goLive.isRolloutTarget && !isKnownOnlyByGoingLive;
}

/**
 * The decisions that can cover each go-live, looked up by its trust: every all-London decision and those
 * naming the trust, in the order given (the rules take the first halt or withdrawal they find). The
 * rules read a go-live's decisions only through `decisionCovers`, so giving them these instead of every
 * decision changes no answer; at national scale it spares each of 631 go-lives a scan of 10,000.
 */
export function decisionsByTrust<D extends Pick<DecisionFact, "scope" | "trustIds">>(decisions: readonly D[]): (trustId: number) => readonly D[] {
  const byTrust = new Map<number, D[]>();
  const allLondon: D[] = [];
  for (const d of decisions) {
    if (d.scope === "ALL_LONDON") {
      allLondon.push(d);
      for (const list of byTrust.values()) list.push(d);
    } else {
      for (const id of new Set(d.trustIds)) {
        if (!byTrust.has(id)) byTrust.set(id, [...allLondon]);
        byTrust.get(id)!.push(d);
      }
    }
  }
  return (trustId) => byTrust.get(trustId) ?? allLondon;
}

/**
 * A plan counts from the day it was announced. Whether the record knew of it by a page's date at all
 * is readRecord's work (lib/domain/rollout.ts): the page reads the record as it stood on its date.
 */
export function isPlanKnownOn(plan: PlanFact, asOf: string): boolean {
  return plan.announced === null || certainFrom(plan.announced) <= asOf;
}

/**
 * The day a plan becomes the plan in force as a view reads the record: the later of its announcement and (as it
 * stood) the day the record knew it; null: from the start. The promises ledger and the exceptions read plans by it.
 */
export function planInForceFrom(plan: PlanFact, hindsight = false): string | null {
  const days = [hindsight ? null : (plan.knownFrom ?? null), plan.announced ? certainFrom(plan.announced) : null].filter((d): d is string => d !== null);
  return days.length ? days.sort().at(-1)! : null;
}

/** Decisions in force on a date: halts not yet lifted, and withdrawals; resumes that lifted a halt. */
export function decisionsInForce(decisions: readonly DecisionFact[], asOf: string): DecisionFact[] {
  const effective = decisions.filter((d) => decisionEffectiveFrom(d) <= asOf);
  const liftedIds = new Set(effective.filter((d) => d.liftsId !== null).map((d) => d.liftsId));
  return effective.filter((d) => !(d.kind === "HALT" && liftedIds.has(d.id)));
}

/** The halt covering a go-live that is in force on a date, if any. */
export function activeHaltFor(goLive: Pick<GoLiveFacts, "trustId" | "isRolloutTarget">, decisions: readonly DecisionFact[], asOf: string): DecisionFact | null {
  const relevant = decisions.filter((d) => decisionCovers(d, goLive) && decisionEffectiveFrom(d) <= asOf);
  return relevant.find((h) => h.kind === "HALT" && !relevant.some((d) => d.liftsId === h.id)) ?? null;
}

export function deriveGoLiveStatus(goLive: GoLiveFacts, decisions: readonly DecisionFact[], asOf: string): DerivedStatus {
  const knownPlans = goLive.plans.filter((p) => isPlanKnownOn(p, asOf)).sort((a, b) => a.sequence - b.sequence);
  const firstPlan = knownPlans.find((p) => p.planned !== null) ?? null;
  const latestPlan = knownPlans.at(-1) ?? null;
  const latestDated = [...knownPlans].reverse().find((p) => p.planned !== null) ?? null;

  const standing = actualsStandingOn(goLive.actuals, asOf);
  const byStart = [...standing].sort((a, b) => a.wentLive.date.localeCompare(b.wentLive.date));
  const liveActuals = byStart.filter((a) => certainFrom(a.wentLive) <= asOf);
  const startedActual = byStart.find((a) => intervalOf(a.wentLive).start <= asOf);
  const isDisputed = new Set(standing.map((a) => `${a.wentLive.date}/${a.wentLive.precision}`)).size > 1;

  const relevant = decisions.filter((d) => decisionCovers(d, goLive) && decisionEffectiveFrom(d) <= asOf);
  const lifts = (halt: DecisionFact) => relevant.find((d) => d.liftsId === halt.id) ?? null;
  const halts = relevant.filter((d) => d.kind === "HALT");
  const activeHalt = halts.find((h) => lifts(h) === null) ?? null;
  const liftedHalt = [...halts].reverse().find((h) => lifts(h) !== null) ?? null;
  const withdrawal = relevant.find((d) => d.kind === "WITHDRAW") ?? null;

  const slipTarget = liveActuals[0]?.wentLive ?? latestDated?.planned ?? null;
  // A plan compared with itself has not slipped, whatever its precision.
  const isStillFirstPlan = liveActuals.length === 0 && latestDated === firstPlan;
  const slip = firstPlan?.planned && slipTarget ? (isStillFirstPlan ? { min: 0, max: 0 } : daysBetweenPartial(firstPlan.planned, slipTarget)) : null;
  const certainty = weakestCertainty([goLive.certainty, ...(latestPlan ? [latestPlan.certainty] : []), ...liveActuals.map((a) => a.certainty)]);

  const base = { knownPlans, firstPlan, latestPlan, actuals: liveActuals, isDisputed, slip, certainty, heldBy: null, liftedBy: null };

  if (liveActuals.length > 0) {
    const [first] = liveActuals;
    const when = byStart.map((a) => `${formatPartialDate(a.wentLive)} (${a.sourceNames.join(", ") || "source not recorded"})`);
    const reason = isDisputed ? `Live. Sources disagree on the day: ${when.join(" or ")}.` : `Live since ${formatPartialDate(first!.wentLive)}.`;
    return { ...base, status: "LIVE", reason };
  }
  if (startedActual) {
    return {
      ...base,
      status: "NOT_KNOWN",
      reason: `Went live during ${formatPartialDate(startedActual.wentLive)}; the record does not give the day, so whether it was live on this date is not known.`,
    };
  }
  if (!goLive.isRolloutTarget) {
    return { ...base, status: "NOT_KNOWN", reason: "Not a target of the BT rollout; no go-live date in the record." };
  }
  if (withdrawal) {
    return { ...base, status: "WITHDRAWN", reason: `Withdrawn: ${withdrawal.title} (${formatPartialDate(withdrawal.decided)}).` };
  }
  if (activeHalt) {
    return {
      ...base,
      heldBy: activeHalt,
      status: "HALTED",
      reason: `Held by the halt of ${formatPartialDate(activeHalt.decided)}: ${activeHalt.title}.`,
    };
  }
  const liftedBy = liftedHalt ? lifts(liftedHalt) : null;
  const postponedAfterLift =
    latestPlan !== null && latestPlan.planned === null && (!liftedBy || !latestPlan.announced || latestPlan.announced.date >= liftedBy.decided.date);
  if (postponedAfterLift) {
    const words = latestPlan.plannedLabel ? ` (${latestPlan.plannedLabel})` : "";
    return { ...base, heldBy: liftedHalt, liftedBy, status: "NOT_KNOWN", reason: `Postponed with no new date${words}.` };
  }
  if (liftedHalt && liftedBy) {
    return {
      ...base,
      heldBy: liftedHalt,
      liftedBy,
      status: "NEXT_IN_LINE",
      reason: `Held by the halt of ${formatPartialDate(liftedHalt.decided)}, lifted ${formatPartialDate(liftedBy.reportedOn ? { date: liftedBy.reportedOn, precision: "DAY" } : liftedBy.decided)}; waiting to go live.`,
    };
  }
  if (latestDated) {
    const label = latestDated.plannedLabel ?? formatPartialDate(latestDated.planned!);
    const isOverdue = certainFrom(latestDated.planned!) < asOf;
    const reason = isOverdue ? `Planned for ${label}; that date has passed with no go-live in the record.` : `Planned for ${label}.`;
    return { ...base, status: "PLANNED", reason };
  }
  return { ...base, status: "NOT_KNOWN", reason: "No plan for this go-live in the record as of this date." };
}
