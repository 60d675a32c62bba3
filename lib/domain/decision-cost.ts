// What a decision cost: for each halt, postponement or resume, the go-lives it held and for how long,
// how far each go-live then moved from the plan in force when the decision took effect, and the money
// that moved with it: the deployment charge falls due only when the trust accepts the deployment, and
// the monthly service charge follows it. Figures are added up only within one price basis; a go-live
// with no charge in the record is counted as "not known", never as nothing.
import { daysBetweenPartial, intervalOf, type DayRange, type PartialDate } from "./dates";
import { decisionEffect, type AffectedGoLive, type EffectType } from "./decision-effect";
import { toGoLiveFacts, type DecisionRecord, type RolloutFacts, type SourceRef } from "./rollout";
import { decisionEffectiveFrom, decisionsByTrust, deriveGoLiveStatus, isPlanKnownOn } from "./status";

export interface PaymentFact {
  id: number;
  goLiveId: number | null;
  kind: string;
  description: string;
  /** pounds, as a decimal string */
  amount: string;
  period: string | null;
  priceBasis: string | null;
  sources: SourceRef[];
}

/** Average days in a month, to turn days of delay into months of a monthly charge. */
export const DAYS_PER_MONTH = 365.25 / 12;

export interface MovedPayment {
  payment: PaymentFact;
  /** DEPLOYMENT: the one-off charge moved by `moved` days; SERVICE: `months` of the monthly charge not yet due */
  type: "DEPLOYMENT" | "SERVICE";
  /** for a service charge, the months the go-live moved, as a range */
  months: { min: number; max: number } | null;
  /** pounds moved later (deployment: the whole charge; service: the months moved × the monthly charge), as a range */
  amount: { min: number; max: number };
}

export interface GoLiveCost extends AffectedGoLive {
  /** the latest dated plan known when the decision took effect */
  planAtDecision: PartialDate | null;
  /** the go-live on the as-of date, or the latest dated plan if it was not live */
  movedTo: PartialDate | null;
  movedToIsActual: boolean;
  /** days from `planAtDecision` to `movedTo`; for a plan passed with no go-live, at least to the as-of date */
  moved: DayRange | null;
  overdue: boolean;
  payments: MovedPayment[];
}

export interface MoneyTotal {
  priceBasis: string | null;
  min: number;
  max: number;
}

export interface DecisionCost {
  decision: DecisionRecord;
  type: EffectType;
  effectiveFrom: string;
  goLives: GoLiveCost[];
  /** days the decision held go-lives, added up over the go-lives */
  heldDays: number;
  /** money moved later, added up within each price basis */
  money: MoneyTotal[];
  /** go-lives the decision held with no charge in the record */
  withoutCharges: number;
}

const monthly = (p: PaymentFact) => p.kind === "SERVICE_CHARGE" && /month/i.test(p.period ?? "");

/** The payments that moved with a go-live that moved `moved` days. */
export function movedPayments(payments: readonly PaymentFact[], moved: DayRange): MovedPayment[] {
  const out: MovedPayment[] = [];
  const later = { min: Math.max(0, moved.min), max: Math.max(0, moved.max) };
  for (const p of payments) {
    const amount = Number(p.amount);
    if (!Number.isFinite(amount)) continue;
    if (p.kind === "DEPLOYMENT_CHARGE") {
      out.push({ payment: p, type: "DEPLOYMENT", months: null, amount: later.max > 0 ? { min: later.min > 0 ? amount : 0, max: amount } : { min: 0, max: 0 } });
    } else if (monthly(p)) {
      const months = { min: later.min / DAYS_PER_MONTH, max: later.max / DAYS_PER_MONTH };
      out.push({ payment: p, type: "SERVICE", months, amount: { min: months.min * amount, max: months.max * amount } });
    }
  }
  return out;
}

function addMoney(totals: MoneyTotal[], basis: string | null, amount: { min: number; max: number }) {
  const found = totals.find((t) => t.priceBasis === basis);
  if (found) {
    found.min += amount.min;
    found.max += amount.max;
  } else totals.push({ priceBasis: basis, ...amount });
}

/** The cost of one decision, as the record stood on `asOf`. */
export function decisionCost(decision: DecisionRecord, facts: RolloutFacts, payments: readonly PaymentFact[], asOf: string): DecisionCost {
  const effect = decisionEffect(decision, facts, asOf);
  const trusts = new Map(facts.trusts.map((t) => [t.id, t]));
  // A resume's go-lives were held by the halt it lifts: the plan that counts is the one in force when that halt began.
  const holdStart = effect.type === "RELEASE" && effect.lifts ? decisionEffectiveFrom(effect.lifts) : effect.effectiveFrom;
  const goLives: GoLiveCost[] = effect.goLives.map((g) => {
    const goLive = facts.goLives.find((x) => x.id === g.goLiveId)!;
    const trust = trusts.get(goLive.trustId)!;
    const planAtDecision =
      [...goLive.plans].filter((p) => isPlanKnownOn(p, holdStart) && p.planned !== null).sort((a, b) => b.sequence - a.sequence)[0]?.planned ?? null;
    const derived = deriveGoLiveStatus(toGoLiveFacts(goLive, trust), facts.decisions, asOf);
    const actual = derived.actuals[0]?.wentLive ?? null;
    const latestDated = [...derived.knownPlans].reverse().find((p) => p.planned !== null)?.planned ?? null;
    const movedTo = actual ?? latestDated;
    const overdue = !actual && movedTo !== null && intervalOf(movedTo).end < asOf;
    const target = overdue ? { date: asOf, precision: "DAY" as const } : movedTo;
    const moved = planAtDecision && target ? daysBetweenPartial(planAtDecision, target) : null;
    const own = payments.filter((p) => p.goLiveId === g.goLiveId);
    return {
      ...g,
      planAtDecision,
      movedTo,
      movedToIsActual: actual !== null,
      moved,
      overdue,
      payments: moved ? movedPayments(own, moved) : [],
    };
  });
  const money: MoneyTotal[] = [];
  for (const g of goLives) for (const p of g.payments) addMoney(money, p.payment.priceBasis, p.amount);
  return {
    decision,
    type: effect.type,
    effectiveFrom: effect.effectiveFrom,
    goLives,
    heldDays: goLives.reduce((n, g) => n + g.days, 0),
    money,
    withoutCharges: goLives.filter((g) => g.payments.length === 0).length,
  };
}

/** The halts, withdrawals, postponements and resumes that had taken effect by `asOf`, oldest first. */
export function costedDecisions(decisions: readonly DecisionRecord[], asOf: string): DecisionRecord[] {
  return decisions
    .filter((d) => ["HALT", "WITHDRAW", "POSTPONE"].includes(d.kind) || d.liftsId !== null)
    .map((d) => ({ d, from: decisionEffectiveFrom(d) }))
    .filter((x) => x.from <= asOf)
    .sort((a, b) => a.from.localeCompare(b.from) || a.d.id - b.d.id)
    .map((x) => x.d);
}

/**
 * The part of the record one decision's cost reads: the go-lives it (or the halt it lifts) can cover,
 * their trusts, and the decisions that can cover them. A decision's cost reads a go-live's standing
 * only through decisions that cover it (decisionCovers), so the cost comes out the same as from the
 * whole record; without this, each of thousands of decisions scanned every decision for every go-live.
 */
export function costScopes(facts: RolloutFacts): (decision: DecisionRecord) => RolloutFacts {
  const covering = decisionsByTrust(facts.decisions);
  const byId = new Map(facts.decisions.map((d) => [d.id, d]));
  const position = new Map(facts.decisions.map((d, i) => [d.id, i]));
  const goLivesByTrust = new Map<number, RolloutFacts["goLives"]>();
  for (const g of facts.goLives)
    goLivesByTrust
      .set(g.trustId, goLivesByTrust.get(g.trustId) ?? [])
      .get(g.trustId)!
      .push(g);
  const trustsById = new Map(facts.trusts.map((t) => [t.id, t]));
  return (decision) => {
    const lifted = decision.liftsId !== null ? (byId.get(decision.liftsId) ?? null) : null;
    const reach = [decision, ...(lifted ? [lifted] : [])];
    if (reach.some((d) => d.scope === "ALL_LONDON")) return facts;
    const trustIds = [...new Set(reach.flatMap((d) => d.trustIds))];
    const decisions = new Map<number, DecisionRecord>(reach.map((d) => [d.id, d]));
    for (const id of trustIds) for (const d of covering(id)) decisions.set(d.id, d);
    return {
      ...facts,
      trusts: trustIds.flatMap((id) => trustsById.get(id) ?? []),
      goLives: trustIds.flatMap((id) => goLivesByTrust.get(id) ?? []),
      // in the record's order: the rules take the first halt or withdrawal they find
      decisions: [...decisions.values()].sort((a, b) => position.get(a.id)! - position.get(b.id)!),
    };
  };
}

/** Every halt, withdrawal, postponement and resume that had taken effect by `asOf`, oldest first. */
export function programmeCosts(facts: RolloutFacts, payments: readonly PaymentFact[], asOf: string): DecisionCost[] {
  const scopeOf = costScopes(facts);
  return costedDecisions(facts.decisions, asOf).map((d) => decisionCost(d, scopeOf(d), payments, asOf));
}

/**
 * The programme's totals: held days over the halts, withdrawals and postponements (a resume releases
 * what its halt held, so it is not added again), and the money moved later counted once per go-live
 * (where two decisions held the same go-live, the larger move counts: the moves overlap).
 */
export function programmeTotals(costs: readonly DecisionCost[]): { heldDays: number; money: MoneyTotal[]; withoutCharges: number; goLives: number } {
  const holds = costs.filter((c) => c.type === "HOLD" || c.type === "POSTPONE");
  const byGoLive = new Map<number, GoLiveCost>();
  for (const c of holds) {
    for (const g of c.goLives) {
      const seen = byGoLive.get(g.goLiveId);
      const total = (x: GoLiveCost) => x.payments.reduce((n, p) => n + p.amount.max, 0);
      if (!seen || total(g) > total(seen)) byGoLive.set(g.goLiveId, g);
    }
  }
  const money: MoneyTotal[] = [];
  for (const g of byGoLive.values()) for (const p of g.payments) addMoney(money, p.payment.priceBasis, p.amount);
  return {
    heldDays: holds.reduce((n, c) => n + c.heldDays, 0),
    money,
    withoutCharges: [...byGoLive.values()].filter((g) => g.payments.length === 0).length,
    goLives: byGoLive.size,
  };
}
