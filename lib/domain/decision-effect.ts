// What a decision did to the go-lives, as of a date: which go-lives a halt held and for how long,
// which a resume released, and when each went live. Pure: it reads RolloutFacts and the same rules
// as deriveGoLiveStatus (a decision counts from decisionEffectiveFrom; a lift counts for a go-live
// only when the lifting decision covers it).
import { certainFrom, daysBetween, daysBetweenPartial, type DayRange, type PartialDate } from "./dates";
import { type DecisionRecord, type RolloutFacts, rolloutGoLives, toGoLiveFacts, type TrustInfo } from "./rollout";
import { decisionCovers, decisionEffectiveFrom, deriveGoLiveStatus, type DecisionFact } from "./status";

/**
 * HOLD: a halt or a withdrawal, which keeps go-lives from going live until it is lifted (a halt)
 * or for good (a withdrawal). POSTPONE: a postponement, which the status rules do not apply, shown
 * with the go-lives it covered and when they went live. RELEASE: a resume, with the go-lives the
 * halt it lifted was still holding. NONE: a recommendation or announcement.
 */
export type EffectType = "HOLD" | "POSTPONE" | "RELEASE" | "NONE";

/** Why a go-live's hold ended, or that it had not ended by the date. */
export type HoldEnd = "LIFTED" | "WENT_LIVE" | "IN_FORCE";

export interface AffectedGoLive {
  goLiveId: number;
  trust: Pick<TrustInfo, "id" | "slug" | "name" | "shortName">;
  scope: string;
  /** the day the hold began: the decision's effective date (for a resume, the halt's) */
  from: string;
  /** the day it ended: lifted, went live, or the as-of date when still in force */
  until: string;
  end: HoldEnd;
  /** the decision that lifted the hold for this go-live, when it was lifted by the date */
  liftedBy: Pick<DecisionRecord, "id" | "key" | "title"> | null;
  days: number;
  /** the go-live's earliest actual go-live, when it was certainly live by the date */
  wentLive: PartialDate | null;
  /** days from this decision's effective date to the go-live, as the dates' precision allows */
  daysToGoLive: DayRange | null;
}

export interface DecisionEffect {
  type: EffectType;
  effectiveFrom: string;
  /** false when the as-of date is before the decision took effect: it had done nothing yet */
  hasTakenEffect: boolean;
  asOf: string;
  goLives: AffectedGoLive[];
  /** for a resume: the halt it lifts */
  lifts: DecisionRecord | null;
  /** for a halt: the decisions that had lifted it (for some or all of its go-lives) by the date */
  liftedBy: DecisionRecord[];
}

function effectTypeOf(d: DecisionFact): EffectType {
  if (d.liftsId !== null) return "RELEASE";
  if (d.kind === "HALT" || d.kind === "WITHDRAW") return "HOLD";
  if (d.kind === "POSTPONE") return "POSTPONE";
  return "NONE";
}

/** The earliest actual go-live that was certainly past by the date. */
function wentLiveBy(actuals: readonly { wentLive: PartialDate }[], asOf: string): PartialDate | null {
  const live = actuals.filter((a) => certainFrom(a.wentLive) <= asOf).sort((a, b) => a.wentLive.date.localeCompare(b.wentLive.date));
  return live[0]?.wentLive ?? null;
}

/** The decision that lifted a halt for this go-live by the date: the earliest lift that covers it. */
export function liftFor(
  halt: DecisionFact,
  goLive: { trustId: number; isRolloutTarget: boolean },
  decisions: readonly DecisionRecord[],
  asOf: string,
): DecisionRecord | null {
  return (
    decisions
      .filter((d) => d.liftsId === halt.id && decisionCovers(d, goLive) && decisionEffectiveFrom(d) <= asOf)
      .sort((a, b) => decisionEffectiveFrom(a).localeCompare(decisionEffectiveFrom(b)))[0] ?? null
  );
}

/**
 * A halt is fully lifted when a lift covers all London, or (a halt of named trusts) when the lifts
 * together name every trust it held. A halt partly lifted can still be lifted for the rest.
 */
export function isFullyLifted(
  halt: Pick<DecisionFact, "id" | "scope" | "trustIds">,
  decisions: readonly Pick<DecisionFact, "liftsId" | "scope" | "trustIds">[],
): boolean {
  const lifts = decisions.filter((d) => d.liftsId === halt.id);
  if (lifts.some((d) => d.scope === "ALL_LONDON")) return true;
  if (halt.scope === "ALL_LONDON") return false;
  const released = new Set(lifts.flatMap((d) => d.trustIds));
  return halt.trustIds.length > 0 && halt.trustIds.every((id) => released.has(id));
}

/** The go-lives a halt, withdrawal or postponement covered that were not live when it took effect. */
function heldBy(decision: DecisionRecord, facts: RolloutFacts, asOf: string): AffectedGoLive[] {
  const from = decisionEffectiveFrom(decision);
  // The go-live's standing without this decision: live already, or withdrawn by another, it is not held.
  const others = facts.decisions.filter((d) => d.id !== decision.id);
  const held: AffectedGoLive[] = [];
  for (const [goLive, trust] of rolloutGoLives(facts)) {
    const covered = { trustId: trust.id, isRolloutTarget: trust.isRolloutTarget, plans: goLive.plans, actuals: goLive.actuals };
    if (!decisionCovers(decision, covered)) continue;
    const before = deriveGoLiveStatus(toGoLiveFacts(goLive, trust), others, from);
    if (before.status === "LIVE" || before.status === "WITHDRAWN") continue;

    const wentLive = wentLiveBy(goLive.actuals, asOf);
    const liveOn = wentLive ? certainFrom(wentLive) : null;
    const lift = decision.kind === "HALT" ? liftFor(decision, covered, facts.decisions, asOf) : null;
    const liftedOn = lift ? decisionEffectiveFrom(lift) : null;
    // A postponement has no lift: it stands until the go-live.
    const ends: { on: string; end: HoldEnd }[] = [
      ...(liftedOn ? [{ on: liftedOn, end: "LIFTED" as const }] : []),
      ...(liveOn ? [{ on: liveOn, end: "WENT_LIVE" as const }] : []),
      { on: asOf, end: "IN_FORCE" as const },
    ];
    const first = ends.sort((a, b) => a.on.localeCompare(b.on))[0]!;
    const until = first.on < from ? from : first.on;
    held.push({
      goLiveId: goLive.id,
      trust: { id: trust.id, slug: trust.slug, name: trust.name, shortName: trust.shortName },
      scope: goLive.scope,
      from,
      until,
      end: first.end,
      liftedBy: first.end === "LIFTED" && lift ? { id: lift.id, key: lift.key, title: lift.title } : null,
      days: daysBetween(from, until),
      wentLive,
      daysToGoLive: wentLive ? daysBetweenPartial({ date: from, precision: "DAY" }, wentLive) : null,
    });
  }
  return held.sort((a, b) => a.trust.name.localeCompare(b.trust.name) || a.scope.localeCompare(b.scope));
}

/** What the decision had done by `asOf`. */
export function decisionEffect(decision: DecisionRecord, facts: RolloutFacts, asOf: string): DecisionEffect {
  const type = effectTypeOf(decision);
  const effectiveFrom = decisionEffectiveFrom(decision);
  const hasTakenEffect = effectiveFrom <= asOf;
  const lifts = decision.liftsId !== null ? (facts.decisions.find((d) => d.id === decision.liftsId) ?? null) : null;
  const liftedBy = facts.decisions
    .filter((d) => d.liftsId === decision.id && decisionEffectiveFrom(d) <= asOf)
    .sort((a, b) => decisionEffectiveFrom(a).localeCompare(decisionEffectiveFrom(b)));
  const base = { type, effectiveFrom, hasTakenEffect, asOf, lifts, liftedBy };
  if (!hasTakenEffect || type === "NONE") return { ...base, goLives: [] };

  if (type === "RELEASE") {
    if (!lifts || lifts.kind !== "HALT") return { ...base, goLives: [] };
    // The go-lives the halt was still holding when this decision lifted it for them.
    const released = heldBy(lifts, facts, asOf).filter((g) => g.end === "LIFTED" && g.liftedBy?.id === decision.id);
    return {
      ...base,
      goLives: released.map((g) => ({ ...g, daysToGoLive: g.wentLive ? daysBetweenPartial({ date: effectiveFrom, precision: "DAY" }, g.wentLive) : null })),
    };
  }
  return { ...base, goLives: heldBy(decision, facts, asOf) };
}
