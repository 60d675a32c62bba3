// What-if: move a halt's or a resume's date, or one go-live's planned date, and see the knock-on on
// the other go-lives and on the payments, beside the record. Nothing is saved. The rules are this
// product's, stated in words on every row:
//  - a go-live released by a resume keeps the days it took from the resume to go live: move the
//    resume and it moves by as much (never before the new resume);
//  - a halt that begins later does not hold a go-live whose plan in force fell before it: that
//    go-live goes live on its plan; a halt that begins earlier holds the go-lives it then covers
//    until its resume, at the earliest;
//  - a go-live moved to a new planned date goes live then, unless a halt covering it is in force on
//    that date, when it goes live at the halt's resume at the earliest; later go-lives of the same
//    trust (later phases) move with it;
//  - a go-live's payments (the deployment charge, due on acceptance, and the service charge after
//    it) move by as many days as the go-live.
import { addDays, daysBetween, formatPartialDate, intervalOf, type PartialDate } from "./dates";
import { decisionEffect } from "./decision-effect";
import type { PaymentFact } from "./decision-cost";
import { toGoLiveFacts, type DecisionRecord, type GoLiveRecord, type RolloutFacts, type TrustInfo } from "./rollout";
import { decisionCovers, decisionEffectiveFrom, decisionsByTrust, deriveGoLiveStatus, isPlanKnownOn } from "./status";

export type Scenario = { kind: "decision"; decisionId: number; date: string } | { kind: "plan"; goLiveId: number; date: PartialDate };

export interface Acceptance {
  goLiveId: number;
  accepted: PartialDate;
}

export interface PaymentMove {
  payment: PaymentFact;
  /** when it fell due in the record: on acceptance, if the record has one */
  recordDue: PartialDate | null;
  scenarioDue: PartialDate | null;
  /** days later (positive) or earlier (negative) than in the record */
  shiftDays: number;
}

export interface WhatIfRow {
  goLiveId: number;
  trust: Pick<TrustInfo, "id" | "slug" | "name" | "shortName">;
  scope: string;
  /** the go-live in the record: the actual day, or the latest dated plan */
  record: PartialDate | null;
  recordIsActual: boolean;
  scenario: PartialDate | null;
  /** true when the scenario's date is the earliest it could be, not a date anyone planned */
  atTheEarliest: boolean;
  /** scenario − record in days; 0 when unchanged; null when either date is not known */
  shiftDays: number | null;
  changed: boolean;
  /** why it moved or did not, in words */
  reason: string;
  payments: PaymentMove[];
}

export interface WhatIf {
  scenario: Scenario;
  /** what was moved, in words: "The resume of 11 February 2009 moved to 1 December 2008" */
  summary: string;
  asOf: string;
  rows: WhatIfRow[];
  /** go-live days gained (negative) or lost (positive) over the go-lives that moved */
  totalShiftDays: number;
}

export class ScenarioError extends Error {
  constructor(
    readonly field: "decision" | "date" | "goLive",
    message: string,
  ) {
    super(message);
  }
}

const dayOf = (date: string): PartialDate => ({ date, precision: "DAY" });

/** A date moved by days. The result is a day: a month moved by 72 days is no longer a month. */
function shift(pd: PartialDate, days: number): PartialDate {
  return days === 0 ? pd : dayOf(addDays(pd.date, days));
}

function recordDateOf(goLive: GoLiveRecord, trust: TrustInfo, decisions: readonly DecisionRecord[], asOf: string) {
  const derived = deriveGoLiveStatus(toGoLiveFacts(goLive, trust), decisions, asOf);
  const actual = derived.actuals[0]?.wentLive ?? null;
  const latestDated = [...derived.knownPlans].reverse().find((p) => p.planned !== null)?.planned ?? null;
  return { date: actual ?? latestDated, isActual: actual !== null };
}

function paymentMoves(goLiveId: number, payments: readonly PaymentFact[], acceptances: readonly Acceptance[], shiftDays: number | null): PaymentMove[] {
  const accepted = acceptances.filter((a) => a.goLiveId === goLiveId).sort((a, b) => a.accepted.date.localeCompare(b.accepted.date))[0]?.accepted ?? null;
  return payments
    .filter((p) => p.goLiveId === goLiveId && (p.kind === "DEPLOYMENT_CHARGE" || p.kind === "SERVICE_CHARGE"))
    .map((payment) => ({
      payment,
      recordDue: accepted,
      scenarioDue: accepted && shiftDays !== null ? shift(accepted, shiftDays) : null,
      shiftDays: shiftDays ?? 0,
    }));
}

/** Apply a scenario to the record as it stood on `asOf`. */
export function runWhatIf(facts: RolloutFacts, payments: readonly PaymentFact[], acceptances: readonly Acceptance[], scenario: Scenario, asOf: string): WhatIf {
  const trusts = new Map(facts.trusts.map((t) => [t.id, t]));
  const targets = facts.goLives.filter((g) => trusts.get(g.trustId)?.isRolloutTarget);
  const covering = decisionsByTrust(facts.decisions);
  const base = new Map(targets.map((g) => [g.id, recordDateOf(g, trusts.get(g.trustId)!, covering(g.trustId), asOf)]));
  const moves = new Map<number, { to: PartialDate | null; atTheEarliest: boolean; reason: string }>();
  let summary: string;

  if (scenario.kind === "decision") {
    const decision = facts.decisions.find((d) => d.id === scenario.decisionId);
    if (!decision) throw new ScenarioError("decision", "Choose a halt or resume from the list");
    const from = decisionEffectiveFrom(decision);
    if (decision.liftsId !== null) {
      const halt = facts.decisions.find((d) => d.id === decision.liftsId)!;
      const haltFrom = decisionEffectiveFrom(halt);
      if (scenario.date <= haltFrom)
        throw new ScenarioError("date", `The resume must come after the halt it lifts, which took effect on ${formatPartialDate(dayOf(haltFrom))}`);
      const delta = daysBetween(from, scenario.date);
      summary = `“${decision.title}” in effect from ${formatPartialDate(dayOf(scenario.date))} instead of ${formatPartialDate(dayOf(from))}`;
      const released = decisionEffect(decision, facts, asOf).goLives;
      for (const g of released) {
        const known = base.get(g.goLiveId);
        const record = known?.date ?? null;
        if (!record) {
          moves.set(g.goLiveId, { to: null, atTheEarliest: false, reason: "Released by this resume; the record gives no date for its go-live" });
          continue;
        }
        if (!known!.isActual && intervalOf(record).end < asOf) {
          moves.set(g.goLiveId, {
            to: null,
            atTheEarliest: false,
            reason: `Released by this resume, but the record gives no go-live: its last plan (${formatPartialDate(record)}) passed, so when it would have gone live is not known`,
          });
          continue;
        }
        const moved = shift(record, delta);
        const floor = intervalOf(moved).start < scenario.date ? dayOf(scenario.date) : moved;
        moves.set(g.goLiveId, {
          to: floor,
          atTheEarliest: floor !== moved,
          reason: `Released by this resume: keeps the days it took from the resume to go live, so moves ${delta < 0 ? "earlier" : "later"} by ${Math.abs(delta)} days`,
        });
      }
    } else if (decision.kind === "HALT") {
      const lift =
        facts.decisions
          .filter((d) => d.liftsId === decision.id)
          .map(decisionEffectiveFrom)
          .sort()[0] ?? null;
      if (lift && scenario.date >= lift)
        throw new ScenarioError("date", `The halt must begin before its resume, which took effect on ${formatPartialDate(dayOf(lift))}`);
      summary = `“${decision.title}” in effect from ${formatPartialDate(dayOf(scenario.date))} instead of ${formatPartialDate(dayOf(from))}`;
      const heldNow = new Set(decisionEffect(decision, facts, asOf).goLives.map((g) => g.goLiveId));
      for (const goLive of targets) {
        const trust = trusts.get(goLive.trustId)!;
        if (!decisionCovers(decision, { trustId: trust.id, isRolloutTarget: trust.isRolloutTarget })) continue;
        const record = base.get(goLive.id)!;
        // the plan in force when the halt would now begin
        const planThen =
          [...goLive.plans].filter((p) => isPlanKnownOn(p, scenario.date) && p.planned !== null).sort((a, b) => b.sequence - a.sequence)[0]?.planned ?? null;
        // Released only if its plan fell between the halt's date in the record and the new one: a plan
        // already past when the halt began in the record was not what the halt held back.
        if (heldNow.has(goLive.id) && scenario.date > from && planThen && intervalOf(planThen).start >= from && intervalOf(planThen).end < scenario.date) {
          moves.set(goLive.id, {
            to: planThen,
            atTheEarliest: false,
            reason: `Its plan in force (${formatPartialDate(planThen)}) fell before the halt would have begun, so it is not held and goes live as planned`,
          });
        } else if (
          !heldNow.has(goLive.id) &&
          scenario.date < from &&
          record.date &&
          intervalOf(record.date).start >= scenario.date &&
          intervalOf(record.date).start < from &&
          lift
        ) {
          moves.set(goLive.id, {
            to: dayOf(lift),
            atTheEarliest: true,
            reason: `Its go-live would have fallen inside the halt, so it is held until the resume on ${formatPartialDate(dayOf(lift))} at the earliest`,
          });
        }
      }
    } else {
      throw new ScenarioError("decision", "Choose a halt or a resume: only their dates move go-lives");
    }
  } else {
    const goLive = targets.find((g) => g.id === scenario.goLiveId);
    if (!goLive) throw new ScenarioError("goLive", "Choose a go-live from the list");
    const trust = trusts.get(goLive.trustId)!;
    const record = base.get(goLive.id)!;
    summary = `${trust.name} (${goLive.scope}) planned for ${formatPartialDate(scenario.date)}${record.date ? ` instead of ${formatPartialDate(record.date)}` : ""}`;
    const covering = facts.decisions.filter((d) => d.kind === "HALT" && decisionCovers(d, { trustId: trust.id, isRolloutTarget: trust.isRolloutTarget }));
    const start = intervalOf(scenario.date).start;
    const halt = covering.find((h) => {
      const lift = facts.decisions
        .filter((d) => d.liftsId === h.id)
        .map(decisionEffectiveFrom)
        .sort()[0];
      return decisionEffectiveFrom(h) <= start && (!lift || start < lift);
    });
    const lift = halt
      ? (facts.decisions
          .filter((d) => d.liftsId === halt.id)
          .map(decisionEffectiveFrom)
          .sort()[0] ?? null)
      : null;
    const to = halt ? (lift ? dayOf(lift) : null) : scenario.date;
    moves.set(goLive.id, {
      to,
      atTheEarliest: halt !== undefined,
      reason: halt
        ? lift
          ? `The new date falls inside “${halt.title}”, so it is held until the resume on ${formatPartialDate(dayOf(lift))} at the earliest`
          : `The new date falls inside “${halt.title}”, which has not been lifted: it could not go live`
        : "Moved to the new planned date",
    });
    // Later phases at the same trust move with it.
    const delta = record.date && to ? daysBetween(record.date.date, to.date) : null;
    if (delta !== null && record.date) {
      for (const other of targets.filter((g) => g.trustId === goLive.trustId && g.id !== goLive.id)) {
        const o = base.get(other.id)!;
        if (o.date && o.date.date > record.date.date) {
          moves.set(other.id, { to: shift(o.date, delta), atTheEarliest: false, reason: `A later phase at ${trust.shortName}: moves with ${goLive.scope}` });
        }
      }
    }
  }

  const rows: WhatIfRow[] = targets.map((goLive) => {
    const trust = trusts.get(goLive.trustId)!;
    const record = base.get(goLive.id)!;
    const move = moves.get(goLive.id);
    const scenarioDate = move ? move.to : record.date;
    const shiftDays = record.date && scenarioDate ? daysBetween(record.date.date, scenarioDate.date) : null;
    const changed = move !== undefined && (shiftDays !== 0 || scenarioDate?.precision !== record.date?.precision);
    return {
      goLiveId: goLive.id,
      trust: { id: trust.id, slug: trust.slug, name: trust.name, shortName: trust.shortName },
      scope: goLive.scope,
      record: record.date,
      recordIsActual: record.isActual,
      scenario: scenarioDate,
      atTheEarliest: move?.atTheEarliest ?? false,
      shiftDays: move ? shiftDays : 0,
      changed,
      reason: move?.reason ?? "Not affected",
      payments: paymentMoves(goLive.id, payments, acceptances, move ? shiftDays : 0),
    };
  });
  rows.sort((a, b) => Number(b.changed) - Number(a.changed) || a.trust.name.localeCompare(b.trust.name) || a.scope.localeCompare(b.scope));
  return { scenario, summary, asOf, rows, totalShiftDays: rows.filter((r) => r.changed).reduce((n, r) => n + (r.shiftDays ?? 0), 0) };
}

/** The decisions whose dates a what-if can move: halts and the resumes that lift them. */
export function movableDecisions(decisions: readonly DecisionRecord[]): DecisionRecord[] {
  return decisions.filter((d) => d.kind === "HALT" || d.liftsId !== null).sort((a, b) => decisionEffectiveFrom(a).localeCompare(decisionEffectiveFrom(b)));
}
