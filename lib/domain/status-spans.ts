// A go-live's status over time, worked out once from its facts rather than on every request.
// Pure: the same rules the pages run (readRecord, buildOverviewRows, rateGoLive) evaluated on each
// day any of them can change their answer, and the runs of days between merged. A page for a date
// then reads one stored run per go-live instead of the whole record (lib/derived/status-spans.ts).
//
// Why the runs are exact: every rule compares a date from the facts with the page's date, as
// `x <= D` (true from x), `x < D` (true from the day after x), `x > D` (false from x), or counts
// days from a problem's report (`D - from < 90`, false from from + 90). Between two consecutive
// days of the set {x, x + 1, from + 90, from + 91} no comparison changes, so neither does any answer.
import type { Certainty } from "./certainty";
import { addDays, certainFrom, intervalOf, type PartialDate } from "./dates";
import { asRead } from "./knowledge";
import { RAG_RULES, rateGoLive, type ProblemFact, type Rating } from "./rag";
import { readRecord, rowCertainty, toGoLiveFacts, type RolloutFacts } from "./rollout";
import { decisionEffectiveFrom, deriveGoLiveStatus, type Status } from "./status";

/** The first day of the first run: before any date the record holds. */
export const SPAN_START = "0001-01-01";

/** A dated plan as the record gives it: the period, and the words when the record has them ("spring 2009"). */
export interface SpanPlan {
  planned: PartialDate;
  label: string | null;
}

export interface SpanValue {
  status: Status;
  certainty: Certainty;
  rating: Rating;
  /** the first dated plan known (the timeline's "first plan") */
  firstPlanned: SpanPlan | null;
  /** the latest dated plan known */
  latestPlanned: SpanPlan | null;
  /** the latest plan known, dated or not (what a baseline on the day holds): null when none was known */
  latestPlan: { dated: boolean; label: string | null } | null;
  /** the go-live, when it was live by the rules' reading of the day */
  wentLive: PartialDate | null;
}

export interface StatusSpan extends SpanValue {
  goLiveId: number;
  hindsight: boolean;
  /** the first day of the run */
  from: string;
  /** the first day after it; null: to the end of time */
  to: string | null;
}

/** One go-live's facts made ready to evaluate on many days (see `spanValueOn`). */
export interface SpanFacts {
  goLiveId: number;
  /** the go-live, its trust and (at least) the decisions that can cover it */
  facts: RolloutFacts;
  /** its problems as it stood, and with hindsight */
  problems: { asStood: ProblemFact[]; hindsight: ProblemFact[] };
  /** the record with hindsight does not depend on the date: read once */
  hindsightRecord: RolloutFacts;
}

export function prepareSpanFacts(facts: RolloutFacts, goLiveId: number, problems: readonly ProblemFact[]): SpanFacts {
  const mine = { ...facts, goLives: facts.goLives.filter((g) => g.id === goLiveId) };
  return {
    goLiveId,
    facts: mine,
    problems: { asStood: [...problems], hindsight: problems.map((p) => asRead(p, true)) },
    hindsightRecord: readRecord(mine, { asOf: SPAN_START, hindsight: true }),
  };
}

/**
 * What the overview for `asOf` shows for the go-live in this view, by the overview's own rules
 * (readRecord, then deriveGoLiveStatus, rateGoLive and rowCertainty as buildOverviewRows runs them,
 * without the sources a page cites), or null when the page does not show it (as it stood, before
 * the record knew of it). The rebuild test checks it against buildOverviewRows on every change day.
 */
export function spanValueOn(prepared: SpanFacts, asOf: string, hindsight: boolean): SpanValue | null {
  return evaluate(prepared, asOf, hindsight)?.value ?? null;
}

function evaluate(prepared: SpanFacts, asOf: string, hindsight: boolean): { value: SpanValue; watch: PartialDate[] } | null {
  const record = hindsight ? prepared.hindsightRecord : readRecord(prepared.facts, { asOf, hindsight: false });
  const goLive = record.goLives[0];
  const trust = goLive ? record.trusts.find((t) => t.id === goLive.trustId) : undefined;
  if (!goLive || !trust) return null;
  const facts = toGoLiveFacts(goLive, trust);
  const derived = deriveGoLiveStatus(facts, record.decisions, asOf);
  const rating = rateGoLive(facts, record.decisions, hindsight ? prepared.problems.hindsight : prepared.problems.asStood, asOf, derived);
  const latestDated = [...derived.knownPlans].reverse().find((p) => p.planned !== null) ?? null;
  const watch = [derived.firstPlan, derived.latestPlan, latestDated].map((p) => p?.planned ?? null).filter((d) => d !== null);
  const plan = (p: typeof latestDated): SpanPlan | null => (p?.planned ? { planned: p.planned, label: p.plannedLabel } : null);
  return {
    value: {
      status: derived.status,
      certainty: rowCertainty(derived),
      rating: rating.rating,
      firstPlanned: plan(derived.firstPlan),
      latestPlanned: plan(latestDated),
      latestPlan: derived.latestPlan ? { dated: derived.latestPlan.planned !== null, label: derived.latestPlan.plannedLabel } : null,
      wentLive: derived.actuals[0]?.wentLive ?? null,
    },
    watch,
  };
}

/** Every day on which a rule reading this go-live's facts can change its answer (see the top of this file). */
export function changeDays(facts: RolloutFacts, goLiveId: number, problems: readonly ProblemFact[]): string[] {
  const days = new Set<string>();
  const add = (d: string | null | undefined) => {
    if (!d) return;
    days.add(d);
    days.add(addDays(d, 1));
  };
  const addPartial = (pd: PartialDate | null | undefined) => {
    if (!pd) return;
    add(intervalOf(pd).start);
    add(certainFrom(pd));
  };
  const known = (f: { knownFrom?: string | null; becameKnown?: string | null }) => {
    add(f.knownFrom);
    add(f.becameKnown);
  };
  const goLive = facts.goLives.find((g) => g.id === goLiveId);
  if (!goLive) return [];
  known(goLive);
  for (const p of goLive.plans) {
    known(p);
    addPartial(p.planned);
    addPartial(p.announced);
  }
  for (const a of goLive.actuals) {
    known(a);
    addPartial(a.wentLive);
    add(a.supersededOn);
    add(a.correctsFrom);
  }
  for (const d of facts.decisions) {
    known(d);
    addPartial(d.decided);
    add(d.reportedOn);
    add(decisionEffectiveFrom(d));
  }
  for (const p of problems) {
    known(p);
    addPartial(p.reported);
    const from = certainFrom(p.reported);
    add(addDays(from, RAG_RULES.problemWindowDays));
  }
  return [...days].sort();
}

const samePartial = (a: PartialDate | null, b: PartialDate | null) => a === b || (a !== null && b !== null && a.date === b.date && a.precision === b.precision);
const samePlan = (a: SpanPlan | null, b: SpanPlan | null) => a === b || (a !== null && b !== null && samePartial(a.planned, b.planned) && a.label === b.label);
const same = (a: SpanValue, b: SpanValue) =>
  a.status === b.status &&
  a.certainty === b.certainty &&
  a.rating === b.rating &&
  samePlan(a.firstPlanned, b.firstPlanned) &&
  samePlan(a.latestPlanned, b.latestPlanned) &&
  samePartial(a.wentLive, b.wentLive) &&
  a.latestPlan?.dated === b.latestPlan?.dated &&
  a.latestPlan?.label === b.latestPlan?.label;

/**
 * The days on which the answer can change whatever the plans say (see the top of this file): when
 * each fact became known, when each plan's announcement, each go-live, each decision's effect and
 * each problem's report are certain, and when a problem leaves the rating's window. Comparisons with
 * these are all `x <= D` or `x > D`, so the day itself is enough. Planned dates are left out: the
 * rules read only the first, the latest and the latest dated plan's, which the sweep watches.
 */
function factDays(prepared: SpanFacts): string[] {
  const days = new Set<string>();
  const add = (d: string | null | undefined) => {
    if (d) days.add(d);
  };
  const goLive = prepared.facts.goLives[0];
  if (!goLive) return [];
  add(goLive.knownFrom);
  for (const p of goLive.plans) {
    add(p.knownFrom);
    if (p.announced) add(certainFrom(p.announced));
  }
  for (const a of goLive.actuals) {
    add(a.knownFrom);
    add(intervalOf(a.wentLive).start);
    add(certainFrom(a.wentLive));
    add(a.supersededOn);
    add(a.correctsFrom);
  }
  for (const d of prepared.facts.decisions) {
    add(d.knownFrom);
    add(decisionEffectiveFrom(d));
  }
  for (const p of prepared.problems.asStood) {
    add(p.knownFrom);
    add(p.reported.date);
    add(certainFrom(p.reported));
    add(addDays(certainFrom(p.reported), RAG_RULES.problemWindowDays));
  }
  return [...days].sort();
}

/**
 * The runs of days over which the go-live's page row stays the same, in one view, first to last: a
 * sweep through the fact days in order that, at each day it evaluates, also watches the planned
 * dates the answer read (a plan's start, the day it is certainly past, and the day after, when it
 * becomes overdue), since no other plan's planned date can change the answer before the next fact day.
 */
export function statusSpans(facts: RolloutFacts, goLiveId: number, problems: readonly ProblemFact[], hindsight: boolean): StatusSpan[] {
  const prepared = prepareSpanFacts(facts, goLiveId, problems);
  const fixed = factDays(prepared);
  const watched = new Set<string>();
  const spans: StatusSpan[] = [];
  let next = 0;
  // Before the first day of any fact or plan every comparison gives what it gives the day before it.
  const plannedStarts = (prepared.facts.goLives[0]?.plans ?? []).flatMap((p) => (p.planned ? [p.planned.date] : []));
  const earliest = [...fixed.slice(0, 1), ...plannedStarts].sort()[0];
  let from = SPAN_START;
  let on = earliest ? addDays(earliest, -1) : "2000-01-01";
  for (;;) {
    const result = evaluate(prepared, on, hindsight);
    const last = spans.at(-1);
    if (last && last.to === null && !(result && same(last, result.value))) last.to = from;
    if (result && !(last && last.to === null)) spans.push({ goLiveId, hindsight, from, to: null, ...result.value });
    for (const pd of result?.watch ?? []) for (const d of [intervalOf(pd).start, certainFrom(pd), addDays(certainFrom(pd), 1)]) if (d > on) watched.add(d);
    while (next < fixed.length && fixed[next]! <= on) next++;
    let upcoming = fixed[next] ?? null;
    for (const d of watched) if (d > on && (upcoming === null || d < upcoming)) upcoming = d;
    if (upcoming === null) break;
    for (const d of watched) if (d <= upcoming) watched.delete(d);
    from = upcoming;
    on = upcoming;
  }
  return spans;
}

/** The run holding a day, if any (the page does not show the go-live on days outside every run). */
export function spanOn<S extends Pick<StatusSpan, "from" | "to">>(spans: readonly S[], asOf: string): S | null {
  return spans.find((s) => s.from <= asOf && (s.to === null || asOf < s.to)) ?? null;
}
