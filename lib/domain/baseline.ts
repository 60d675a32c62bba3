// Baselines: every go-live's plan as the record stood on a date, and how a later date compares with
// it: slip per go-live in days (a range where the dates are months or seasons), how many re-plans
// came after the baseline, and which sources announced them. Pure: RolloutFacts in, rows out.
import { addDays, daysBetweenPartial, intervalOf, type DayRange, type PartialDate } from "./dates";
import { type GoLiveRecord, type RolloutFacts, rolloutGoLives, type SourceRef, toGoLiveFacts, type TrustInfo } from "./rollout";
import { decisionEffectiveFrom, decisionsByTrust, deriveGoLiveStatus, type DecisionFact, type Status } from "./status";

/** One go-live's plan in a baseline. `planned` is null when the plan had no date ("postponed indefinitely"). */
export interface BaselinePlan {
  goLiveId: number;
  planId: number | null;
  planned: PartialDate | null;
  plannedLabel: string | null;
  status: Status;
  /** plans made by the baseline's date (1: the first plan only; 0: none yet) */
  plansMade: number;
}

export interface Baseline {
  /** null for a baseline derived from a date on the fly */
  key: string | null;
  name: string;
  takenAsOf: string;
  plans: BaselinePlan[];
}

/** A baseline any page can offer without one being taken: the record on a day. */
export interface DerivedBaseline {
  on: string;
  name: string;
}

/**
 * The record on the day before each halt of every London trust took effect: the plans the
 * programme's halts overturned. A halt of named trusts is that trust's business (its page and the
 * decision log have it), and at national scale there are hundreds: they are not offered.
 */
export function baselinesBeforeHalts(decisions: readonly (DecisionFact & { title: string })[]): DerivedBaseline[] {
  return decisions
    .filter((d) => d.kind === "HALT" && d.scope === "ALL_LONDON")
    .map((d) => ({ on: addDays(decisionEffectiveFrom(d), -1), name: `The day before “${d.title}” took effect` }))
    .sort((a, b) => a.on.localeCompare(b.on));
}

/** The plan a go-live stood on at a date: the latest plan known then (dated or not), and its status. */
export function baselinePlanOf(
  goLive: GoLiveRecord,
  trust: TrustInfo,
  facts: RolloutFacts,
  date: string,
  decisions: readonly DecisionFact[] = facts.decisions,
): BaselinePlan {
  const derived = deriveGoLiveStatus(toGoLiveFacts(goLive, trust), decisions, date);
  const latest = derived.latestPlan;
  const record = latest ? goLive.plans.find((p) => p.sequence === latest.sequence) : undefined;
  // Live by the date: the baseline holds the day it went live, not the plan it went live against.
  const live = derived.actuals[0]?.wentLive ?? null;
  return {
    goLiveId: goLive.id,
    planId: live ? null : (record?.id ?? null),
    planned: live ?? latest?.planned ?? null,
    plannedLabel: live ? "live" : (latest?.plannedLabel ?? null),
    status: derived.status,
    plansMade: derived.knownPlans.length,
  };
}

/** Every rollout go-live's plan as the record stood on `date`: a baseline derived from any past date. */
export function baselineFromRecord(facts: RolloutFacts, date: string, name = `The record on ${date}`): Baseline {
  const covering = decisionsByTrust(facts.decisions);
  const plans: BaselinePlan[] = [];
  for (const [goLive, trust] of rolloutGoLives(facts)) {
    plans.push(baselinePlanOf(goLive, trust, facts, date, covering(goLive.trustId)));
  }
  return { key: null, name, takenAsOf: date, plans };
}

export interface Replan {
  sequence: number;
  planned: PartialDate | null;
  plannedLabel: string | null;
  announced: PartialDate | null;
  reason: string | null;
  sources: SourceRef[];
}

export interface ComparisonRow {
  goLiveId: number;
  trust: Pick<TrustInfo, "id" | "slug" | "name" | "shortName">;
  scope: string;
  /** null: the go-live had no plan by the baseline's date (or was not in a stored baseline) */
  baseline: BaselinePlan | null;
  /** on the comparison date */
  status: Status;
  /** the actual go-live when live by the comparison date, else the latest dated plan */
  compared: PartialDate | null;
  comparedLabel: string | null;
  comparedIsActual: boolean;
  /** days from the baseline's plan to `compared`, as a range where the dates are not days; null when either is not known */
  slip: DayRange | null;
  /** not live, and the latest plan's period had ended by the comparison date: the slip is at least `slip` */
  overdue: boolean;
  /** plans made after the baseline and known by the comparison date */
  replans: Replan[];
}

export interface Comparison {
  baseline: Baseline;
  asOf: string;
  rows: ComparisonRow[];
  /** go-lives whose slip is certainly positive (its smallest value above zero) */
  slipped: number;
  /** total re-plans after the baseline */
  replans: number;
}

/** Compare the record on `asOf` with a baseline. */
export function compareWithBaseline(facts: RolloutFacts, baseline: Baseline, asOf: string): Comparison {
  const inBaseline = new Map(baseline.plans.map((p) => [p.goLiveId, p]));
  const covering = decisionsByTrust(facts.decisions);
  const rows: ComparisonRow[] = [];
  for (const [goLive, trust] of rolloutGoLives(facts)) {
    const derived = deriveGoLiveStatus(toGoLiveFacts(goLive, trust), covering(goLive.trustId), asOf);
    const base = inBaseline.get(goLive.id) ?? null;
    const actual = derived.actuals[0]?.wentLive ?? null;
    const latestDated = [...derived.knownPlans].reverse().find((p) => p.planned !== null) ?? null;
    const compared = actual ?? latestDated?.planned ?? null;
    const plansBefore = base?.plansMade ?? 0;
    const replans = goLive.plans
      .filter((p) => p.sequence > plansBefore && derived.knownPlans.some((k) => k.sequence === p.sequence))
      .sort((a, b) => a.sequence - b.sequence)
      .map((p) => ({ sequence: p.sequence, planned: p.planned, plannedLabel: p.plannedLabel, announced: p.announced, reason: p.reason, sources: p.sources }));
    // Live by the baseline's date: nothing after it can move the go-live. The same plan compared with
    // itself has not slipped, whatever its precision.
    const unchanged =
      base?.status === "LIVE" ||
      (!actual && base?.planned && latestDated && replans.every((r) => r.planned === null) && base.planned.date === latestDated.planned?.date);
    // A plan whose period has passed with no go-live has slipped at least to the comparison date.
    const overdue = !actual && compared !== null && intervalOf(compared).end < asOf;
    const target = overdue ? { date: asOf, precision: "DAY" as const } : compared;
    rows.push({
      goLiveId: goLive.id,
      trust: { id: trust.id, slug: trust.slug, name: trust.name, shortName: trust.shortName },
      scope: goLive.scope,
      baseline: base,
      status: derived.status,
      compared,
      comparedLabel: actual ? null : (latestDated?.plannedLabel ?? null),
      comparedIsActual: actual !== null,
      slip: base?.planned && target ? (unchanged && !overdue ? { min: 0, max: 0 } : daysBetweenPartial(base.planned, target)) : null,
      overdue,
      replans,
    });
  }
  rows.sort((a, b) => a.trust.name.localeCompare(b.trust.name) || a.scope.localeCompare(b.scope));
  return {
    baseline,
    asOf,
    rows,
    slipped: rows.filter((r) => r.slip !== null && r.slip.min > 0).length,
    replans: rows.reduce((n, r) => n + r.replans.length, 0),
  };
}

/** Re-plans a comparison row lists: the latest ones; a go-live's own page lists every one. */
export const REPLANS_SHOWN = 10;

/**
 * The re-plans a row lists, the latest `shown` of them (a go-live re-planned hundreds of times would
 * otherwise fill the page), how many earlier ones are left to the go-live's page, and the number of the
 * first listed, so that the list keeps counting from the baseline.
 */
export function latestReplans<R>(replans: readonly R[], shown = REPLANS_SHOWN): { listed: R[]; earlier: number; start: number } {
  const earlier = Math.max(0, replans.length - shown);
  return { listed: replans.slice(earlier), earlier, start: earlier + 1 };
}

/** "365 days later", "365 to 394 days later", "30 days earlier", "None": a slip in words, never a bare sign. */
export function describeSlip(slip: DayRange | null, overdue = false): string {
  if (slip === null) return "Not known";
  if (overdue)
    return `At least ${Math.max(0, slip.min).toLocaleString("en-GB")} ${slip.min === 1 ? "day" : "days"} later (the planned date has passed with no go-live)`;
  const words = (n: number) => `${Math.abs(n).toLocaleString("en-GB")} ${Math.abs(n) === 1 ? "day" : "days"}`;
  if (slip.min === 0 && slip.max === 0) return "None";
  if (slip.min >= 0) return slip.min === slip.max ? `${words(slip.min)} later` : `${Math.abs(slip.min).toLocaleString("en-GB")} to ${words(slip.max)} later`;
  if (slip.max <= 0)
    return slip.min === slip.max ? `${words(slip.max)} earlier` : `${Math.abs(slip.max).toLocaleString("en-GB")} to ${words(slip.min)} earlier`;
  return `Between ${words(slip.min)} earlier and ${words(slip.max)} later`;
}
