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
import { RAG_RULES, type ProblemFact, type Rating } from "./rag";
import { buildOverviewRows, readRecord, type RolloutFacts } from "./rollout";
import { decisionEffectiveFrom, type Status } from "./status";

/** The first day of the first run: before any date the record holds. */
export const SPAN_START = "0001-01-01";

export interface SpanValue {
  status: Status;
  certainty: Certainty;
  rating: Rating;
}

export interface StatusSpan extends SpanValue {
  goLiveId: number;
  hindsight: boolean;
  /** the first day of the run */
  from: string;
  /** the first day after it; null: to the end of time */
  to: string | null;
}

/**
 * What a page for `asOf` shows for the go-live in this view: the overview's own row, or null when
 * the page does not show it (as it stood, before the record knew of it). `facts` hold this go-live
 * (and its trust, and at least the decisions that can cover it); `problems` at least its own.
 */
export function spanValueOn(facts: RolloutFacts, goLiveId: number, problems: readonly ProblemFact[], asOf: string, hindsight: boolean): SpanValue | null {
  const record = readRecord({ ...facts, goLives: facts.goLives.filter((g) => g.id === goLiveId) }, { asOf, hindsight });
  const [row] = buildOverviewRows(record, asOf, {}, problems.map((p) => asRead(p, hindsight)));
  if (!row) return null;
  return { status: row.derived.status, certainty: row.certainty, rating: row.rating?.rating ?? "NOT_RATED" };
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

const same = (a: SpanValue, b: SpanValue) => a.status === b.status && a.certainty === b.certainty && a.rating === b.rating;

/** The runs of days over which the go-live's page row stays the same, in one view, first to last. */
export function statusSpans(facts: RolloutFacts, goLiveId: number, problems: readonly ProblemFact[], hindsight: boolean): StatusSpan[] {
  const days = changeDays(facts, goLiveId, problems);
  // Before the first change day every comparison gives what it gives the day before it.
  const starts = [SPAN_START, ...days];
  const evaluateOn = (i: number) => (i === 0 ? (days[0] ? addDays(days[0], -1) : "2000-01-01") : starts[i]!);
  const spans: StatusSpan[] = [];
  for (let i = 0; i < starts.length; i++) {
    const value = spanValueOn(facts, goLiveId, problems, evaluateOn(i), hindsight);
    const last = spans.at(-1);
    const from = starts[i]!;
    if (last && last.to === null) {
      if (value && same(last, value)) continue;
      last.to = from;
    }
    if (value) spans.push({ goLiveId, hindsight, from, to: null, ...value });
  }
  return spans;
}

/** The run holding a day, if any (the page does not show the go-live on days outside every run). */
export function spanOn<S extends Pick<StatusSpan, "from" | "to">>(spans: readonly S[], asOf: string): S | null {
  return spans.find((s) => s.from <= asOf && (s.to === null || asOf < s.to)) ?? null;
}
