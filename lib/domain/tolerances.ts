// Tolerances and exceptions (issue 12, docs/decisions/020): what the board agreed to tolerate, and the go-lives
// outside it on a date. Pure.
//
// A tolerance is for the whole programme or one go-live (whose own replaces the programme's of its kind):
// - SLIP: days of slip against a baseline (a baseline taken, or the record on a day);
// - DEADLINE: a day the go-live must be live by;
// - MONEY: pounds of charges deferred by the slip against a baseline.
// On a date, a go-live is outside its tolerance (an exception) when, as the record read on that date:
// - SLIP: the go-live, or its forecast, is certainly more days after the baseline's plan than tolerated (the
//   smallest slip the dates' precision allows). A forecast whose period has passed with no go-live, or a
//   postponement with no date, is at least the date itself;
// - DEADLINE: it was not live by the deadline, or its forecast certainly starts after it;
// - MONEY: the charges its slip certainly defers (decision-cost.ts's rule) are more than tolerated.
// An exception is open while the go-live is not live; once live outside tolerance it is closed, kept with the day
// it went live. "Since" is the first day of the run of days the go-live has been outside, as the record read on
// each of them.
import { movedPayments, type PaymentFact } from "./decision-cost";
import { formatDays, formatMoney, formatSlip } from "./format";
import { addDays, certainFrom, daysBetweenPartial, formatIsoDate, formatPartialDate, intervalOf, type DayRange, type PartialDate } from "./dates";
import { isKnownOn, type Knowable, type View } from "./knowledge";
import { type GoLiveRecord, type RolloutFacts, rolloutGoLives, type TrustInfo } from "./rollout";
import { actualsStandingOn, planInForceFrom } from "./status";

import type { ToleranceKind } from "./tolerance-kinds";

export { TOLERANCE_KIND_LABEL, TOLERANCE_KINDS, type ToleranceKind } from "./tolerance-kinds";

export interface ToleranceFact extends Knowable {
  id: number;
  key: string;
  kind: ToleranceKind;
  /** null: the whole programme */
  goLiveId: number | null;
  slipDays: number | null;
  /** pounds */
  amount: number | null;
  deadline: string | null;
  /** a baseline taken: its plan for each go-live (null: none, or the go-live was live by then) */
  baseline: { key: string; name: string; takenAsOf: string; plans: ReadonlyMap<number, PartialDate | null> } | null;
  /** the record as it stood on this day */
  baselineOn: string | null;
  cleared: boolean;
  agreedOn: string;
  reason: string;
  setByEmail: string;
}

export interface ToleranceException {
  kind: ToleranceKind;
  /** the tolerance in force on the date */
  toleranceKey: string;
  /** the tolerance in words: "90 days of slip against the record on 30 October 2008" */
  tolerance: string;
  programmeWide: boolean;
  goLiveId: number;
  trust: Pick<TrustInfo, "id" | "slug" | "name" | "shortName">;
  scope: string;
  /** OPEN: not live and outside; CLOSED: went live outside */
  state: "OPEN" | "CLOSED";
  /** CLOSED: the first day the go-live may have happened */
  wentLiveOn: string | null;
  /** the first day of the run of days it has been outside, to the date */
  since: string;
  /** as it stood, the run starts on `since` only because the tolerance was recorded then (it was agreed earlier) */
  sinceRecorded: boolean;
  /** why, in words */
  reason: string;
  slip: DayRange | null;
}

type Plan = GoLiveRecord["plans"][number];

/** The go-live as the view reads it on a day: the latest plan in force, and the go-live if it had happened. */
interface Reading {
  latest: Plan | null;
  live: PartialDate | null;
}

function readerOf(g: GoLiveRecord, hindsight: boolean) {
  const plans = g.plans.map((p) => ({ p, from: planInForceFrom(p, hindsight) })).sort((a, b) => a.p.sequence - b.p.sequence);
  // the status rules' latest plan (deriveGoLiveStatus): the last in sequence of those known by `knownBy` and announced by `day`
  const latestOn = (day: string, knownBy: string = day) => {
    let latest: Plan | null = null;
    for (const { p } of plans) {
      if ((hindsight || isKnownOn(p, knownBy)) && (p.announced === null || certainFrom(p.announced) <= day)) latest = p;
    }
    return latest;
  };
  const liveOn = (day: string, knownBy: string = day): PartialDate | null => {
    const known = g.actuals.filter((a) => hindsight || isKnownOn(a, knownBy));
    const live = actualsStandingOn(known, knownBy).filter((a) => certainFrom(a.wentLive) <= day);
    return live.map((a) => a.wentLive).sort((a, b) => a.date.localeCompare(b.date))[0] ?? null;
  };
  return {
    on: (day: string): Reading => ({ latest: latestOn(day), live: liveOn(day) }),
    /** the plan the go-live stood on at `on`, as the record read on `knownBy`; null when it was live by then or had no dated plan */
    baselineOn: (on: string, knownBy: string): PartialDate | null => (liveOn(on, knownBy) ? null : (latestOn(on, knownBy)?.planned ?? null)),
    /** the days its reading can change: plans becoming known or passing, the go-live */
    days: (): string[] =>
      [
        ...plans.flatMap(({ p, from }) => [from, p.planned ? addDays(certainFrom(p.planned), 1) : null]),
        ...g.actuals.flatMap((a) => [certainFrom(a.wentLive), hindsight ? null : (a.knownFrom ?? null)]),
      ].filter((d): d is string => d !== null),
  };
}

/** The tolerance of a kind in force for a go-live on a day: its own, else the programme's; none when cleared. */
export function toleranceInForce(
  tolerances: readonly ToleranceFact[],
  kind: ToleranceKind,
  goLiveId: number,
  day: string,
  hindsight: boolean,
): ToleranceFact | null {
  const inForce = (t: ToleranceFact) => t.kind === kind && t.agreedOn <= day && (hindsight || isKnownOn(t, day));
  const latest = (list: ToleranceFact[]) => list.sort((a, b) => a.agreedOn.localeCompare(b.agreedOn) || a.id - b.id).at(-1) ?? null;
  const own = latest(tolerances.filter((t) => inForce(t) && t.goLiveId === goLiveId));
  const chosen = own ?? latest(tolerances.filter((t) => inForce(t) && t.goLiveId === null));
  return chosen && !chosen.cleared ? chosen : null;
}

export function toleranceWords(t: ToleranceFact): string {
  if (t.cleared) return "No tolerance";
  const against = t.baseline ? `the baseline “${t.baseline.name}”` : t.baselineOn ? `the record on ${formatIsoDate(t.baselineOn)}` : "no baseline";
  if (t.kind === "SLIP") return `${t.slipDays} ${t.slipDays === 1 ? "day" : "days"} of slip against ${against}`;
  if (t.kind === "MONEY") return `${formatMoney({ min: t.amount ?? 0, max: t.amount ?? 0 })} of charges deferred against ${against}`;
  return `Live by ${formatIsoDate(t.deadline!)}`;
}

interface Check {
  outside: boolean;
  /** the first day of the go-live, if it was live on the day */
  live: string | null;
  reason: string;
  slip: DayRange | null;
}

const days = formatDays;
const rangeWords = formatSlip;

function check(t: ToleranceFact, reader: ReturnType<typeof readerOf>, goLiveId: number, day: string, payments: readonly PaymentFact[]): Check {
  const { latest, live } = reader.on(day);
  const none = { outside: false, live: live ? live.date : null, reason: "", slip: null };
  if (t.kind === "DEADLINE") {
    const deadline = t.deadline!;
    const words = `the deadline of ${formatIsoDate(deadline)}`;
    if (live) return { ...none, outside: intervalOf(live).start > deadline, reason: `Went live ${formatPartialDate(live)}, after ${words}.` };
    if (day > deadline) return { ...none, outside: true, reason: `Not live by ${words}.` };
    if (latest?.planned && intervalOf(latest.planned).start > deadline) {
      return { ...none, outside: true, reason: `Its forecast, ${latest.plannedLabel ?? formatPartialDate(latest.planned)}, is after ${words}.` };
    }
    return none;
  }
  const base = t.baseline ? (t.baseline.plans.get(goLiveId) ?? null) : reader.baselineOn(t.baselineOn!, day);
  if (!base) return none;
  const baseWords = `the baseline's ${formatPartialDate(base)}`;
  // what it is compared with: the go-live; a forecast still ahead; or, passed or with no date, at least the day itself
  const forecastAhead = latest?.planned && intervalOf(latest.planned).end >= day ? latest.planned : null;
  const target: PartialDate = live ?? forecastAhead ?? { date: day, precision: "DAY" };
  const slip = daysBetweenPartial(base, target);
  const what = live
    ? `Went live ${formatPartialDate(live)}, ${rangeWords(slip)} after ${baseWords}`
    : forecastAhead
      ? `Its forecast, ${latest!.plannedLabel ?? formatPartialDate(forecastAhead)}, is ${rangeWords(slip)} after ${baseWords}`
      : `${latest?.planned ? `Its plan (${latest.plannedLabel ?? formatPartialDate(latest.planned)}) has passed with no go-live` : "Postponed with no date"}: at least ${days(slip.min)} after ${baseWords}`;
  if (t.kind === "SLIP") return { outside: slip.min > t.slipDays!, live: none.live, reason: `${what}; ${days(t.slipDays!)} tolerated.`, slip };
  const moved = movedPayments(payments, slip);
  const deferred = moved.reduce((sum, m) => ({ min: sum.min + m.amount.min, max: sum.max + m.amount.max }), { min: 0, max: 0 });
  if (moved.length === 0) return { ...none, slip, reason: `${what}; no charge for it is in the record, so the money deferred is not known.` };
  return {
    outside: deferred.min > t.amount!,
    live: none.live,
    reason: `${what}, deferring ${formatMoney(deferred)} of charges; ${formatMoney({ min: t.amount!, max: t.amount! })} tolerated.`,
    slip,
  };
}

/**
 * The go-lives outside a tolerance on the view's date. `payments`: each go-live's charges known on the date (for
 * tolerances of money).
 */
export function exceptionsOn(
  facts: RolloutFacts,
  tolerances: readonly ToleranceFact[],
  payments: ReadonlyMap<number, readonly PaymentFact[]>,
  view: View,
): ToleranceException[] {
  const { asOf, hindsight } = view;
  const applying = tolerances.filter((t) => t.agreedOn <= asOf && (hindsight || isKnownOn(t, asOf)));
  if (applying.length === 0) return [];
  const out: ToleranceException[] = [];
  // the days a tolerance came into force, or a deadline or a slip crossed its limit
  const toleranceDays = applying
    .flatMap((t) => [t.agreedOn, hindsight ? null : (t.knownFrom ?? null), t.deadline ? addDays(t.deadline, 1) : null])
    .filter((d): d is string => d !== null);
  for (const [g, trust] of rolloutGoLives(facts)) {
    const reader = readerOf(g, hindsight);
    const charges = payments.get(g.id) ?? [];
    for (const kind of new Set(applying.map((t) => t.kind))) {
      const t = toleranceInForce(applying, kind, g.id, asOf, hindsight);
      if (!t) continue;
      const now = check(t, reader, g.id, asOf, charges);
      if (!now.outside) continue;
      // Walk back over the days the answer can change, to the first of this run of days outside.
      const slipLimits = applying
        .filter((x) => x.kind === "SLIP" && x.slipDays !== null)
        .flatMap((x) =>
          [...g.plans.map((p) => p.planned), x.baseline?.plans.get(g.id) ?? null]
            .filter((d): d is PartialDate => d !== null)
            .map((d) => addDays(certainFrom(d), x.slipDays! + 1)),
        );
      const candidates = [...new Set([...reader.days(), ...toleranceDays, ...slipLimits])]
        .filter((d) => d < asOf)
        .sort()
        .reverse();
      let since = asOf;
      let sinceRecorded = false;
      for (const day of candidates) {
        const inForce = toleranceInForce(applying, kind, g.id, day, hindsight);
        if (!inForce) {
          // agreed earlier but recorded only later: as it stood, the run starts when the record knew the tolerance
          const agreed = hindsight ? null : toleranceInForce(applying, kind, g.id, day, true);
          sinceRecorded = agreed !== null && check(agreed, reader, g.id, day, charges).outside;
          break;
        }
        if (!check(inForce, reader, g.id, day, charges).outside) break;
        since = day;
      }
      out.push({
        kind,
        toleranceKey: t.key,
        tolerance: toleranceWords(t),
        programmeWide: t.goLiveId === null,
        goLiveId: g.id,
        trust: { id: trust.id, slug: trust.slug, name: trust.name, shortName: trust.shortName },
        scope: g.scope,
        state: now.live ? "CLOSED" : "OPEN",
        wentLiveOn: now.live,
        since,
        sinceRecorded,
        reason: now.reason,
        slip: now.slip,
      });
    }
  }
  return out.sort(
    (a, b) =>
      (a.state === b.state ? 0 : a.state === "OPEN" ? -1 : 1) ||
      a.since.localeCompare(b.since) ||
      a.trust.name.localeCompare(b.trust.name) ||
      a.kind.localeCompare(b.kind),
  );
}
