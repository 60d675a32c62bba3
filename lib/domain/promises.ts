// The promises ledger (issue 12, docs/decisions/019): every dated commitment in the record, who made it, and
// what became of it, as the record stood on a date. Pure: the same readRecord and status rules as every page.
//
// A commitment is a dated plan for a go-live (to be live by the end of its period: "late November 2008" by 30
// November 2008), or a decision's dated commitment ("fit to deploy by the end of January 2009"). Its outcome on
// a date, in this order:
// - kept: the go-live (or the thing committed to) happened by the end of the promised period;
// - not known: the record's dates are too coarse to tell (a go-live in July against "by 15 July");
// - superseded: a later plan became known before it fell due (re-planned in time);
// - broken: it fell due without the go-live and then a new plan replaced it, a halt, withdrawal or
//   postponement covering the go-live took effect after it was made and before the go-live, or the go-live has
//   still not happened;
// - kept late by N days: the go-live came after the promised period with no new plan and no halt between;
// - still open: not yet due.
// A decision's commitment the record does not say was met is "not known" once past due, never "broken": the
// record's silence is not a fact.
import type { Certainty } from "./certainty";
import { certainFrom, daysBetween, formatIsoDate, formatPartialDate, intervalOf, type DayRange, type PartialDate } from "./dates";
import { forecastOf, type Forecast } from "./milestone-trends";
import { readRecord, toGoLiveFacts, type GoLiveRecord, type RolloutFacts, type SourceRef, type TrustInfo } from "./rollout";
import { actualsStandingOn, planInForceFrom, decisionCovers, decisionEffectiveFrom, decisionsByTrust, type DecisionFact } from "./status";

import { MAKER_KIND_LABEL, type MakerKind } from "./makers";
import { formatSlip } from "./format";
import { labelled } from "./labelled";

export { MAKER_KIND_LABEL, MAKER_KINDS, type MakerKind } from "./makers";

export const [OUTCOMES, OUTCOME_LABEL] = labelled({
  KEPT: "Kept",
  KEPT_LATE: "Kept late",
  BROKEN: "Broken",
  SUPERSEDED: "Superseded",
  OPEN: "Still open",
  NOT_KNOWN: "Not known",
});
export type Outcome = (typeof OUTCOMES)[number];

/** A decision's dated commitment (Decision.commitment*). */
export interface DecisionCommitment {
  what: string;
  due: PartialDate;
  /** the record's words for the due date ("by the end of January 2009") */
  dueLabel: string | null;
  byKind: MakerKind | null;
  /** when the record says it was met; null: it does not say */
  met: PartialDate | null;
  metNote: string | null;
}

export interface PromiseRow {
  /** stable within the record: "plan-<id>" or "decision-<key>" */
  key: string;
  kind: "GO_LIVE" | "DECISION";
  /** what was promised, in words */
  what: string;
  trusts: { id: number; slug: string; name: string }[];
  goLiveId: number | null;
  decisionKey: string | null;
  due: Forecast;
  /** the day the record counts it from as it stood (announced, or became known); null: the record cannot date it */
  madeOn: string | null;
  madeBy: string | null;
  madeByKind: MakerKind | null;
  outcome: Outcome;
  /** kept late: how many days after the promised period's end (a range when the go-live's date is a month) */
  late: DayRange | null;
  /** the day the outcome was settled (the go-live, the re-plan, the day it fell due); null while open */
  settledOn: string | null;
  /** why, in words */
  because: string;
  certainty: Certainty;
  sources: SourceRef[];
}

type Plan = GoLiveRecord["plans"][number];

const before = (a: string | null, b: string) => a === null || a <= b;

/** The go-live as the record stood on the date: the first day it may have happened and the last (sources may disagree). */
function goLiveOn(g: GoLiveRecord, asOf: string): { start: string; end: string; words: string } | null {
  const live = actualsStandingOn(g.actuals, asOf).filter((a) => certainFrom(a.wentLive) <= asOf);
  if (live.length === 0) return null;
  const start = live.map((a) => a.wentLive.date).sort()[0]!;
  const end = live
    .map((a) => certainFrom(a.wentLive))
    .sort()
    .at(-1)!;
  const words = [...new Set(live.map((a) => formatPartialDate(a.wentLive)))].join(" or ");
  return { start, end, words };
}

const lateness = (dueEnd: string, happened: { start: string; end: string }): DayRange => ({
  min: daysBetween(dueEnd, happened.start),
  max: daysBetween(dueEnd, happened.end),
});

/** Every dated commitment the record knew on the date, with its outcome then. */
export function promisesLedger(facts: RolloutFacts, asOf: string): PromiseRow[] {
  const record = readRecord(facts, { asOf, hindsight: false });
  const trusts = new Map(record.trusts.map((t) => [t.id, t]));
  const ref = (t: TrustInfo) => ({ id: t.id, slug: t.slug, name: t.name });
  const stopping = record.decisions.filter((d) => d.kind === "HALT" || d.kind === "WITHDRAW" || d.kind === "POSTPONE");
  const stoppingFor = decisionsByTrust(stopping);
  const rows: PromiseRow[] = [];

  for (const g of record.goLives) {
    const trust = trusts.get(g.trustId);
    if (!trust) continue;
    const goLiveFacts = toGoLiveFacts(g, trust);
    const plans = g.plans
      .map((p) => ({ p, from: planInForceFrom(p) }))
      .filter((x) => before(x.from, asOf))
      .sort((a, b) => a.p.sequence - b.p.sequence);
    const live = goLiveOn(g, asOf);
    const stops = stoppingFor(trust.id).filter((d) => decisionCovers(d, goLiveFacts));
    // the plan that replaced each: of the later ones, the first to become known (of several known the same day, the
    // last made, the one then in force); one pass from the last plan back
    const nextOf: ((typeof plans)[number] | null)[] = new Array(plans.length).fill(null);
    let best: (typeof plans)[number] | null = null;
    for (let i = plans.length - 1; i >= 0; i--) {
      nextOf[i] = best;
      const x = plans[i]!;
      if (!best || (x.from ?? "") < (best.from ?? "") || ((x.from ?? "") === (best.from ?? "") && x.p.sequence > best.p.sequence)) best = x;
    }
    for (const [i, { p, from }] of plans.entries()) {
      if (!p.planned) continue;
      const due = forecastOf(p.planned, p.plannedLabel);
      const next = nextOf[i] ?? null;
      const outcome = planOutcome({ due, from, next: next && { from: next.from, words: planWords(next.p) }, live, stops, asOf });
      rows.push({
        key: `plan-${p.id}`,
        kind: "GO_LIVE",
        what: `Go live: ${g.scope}`,
        trusts: [ref(trust)],
        goLiveId: g.id,
        decisionKey: null,
        due,
        madeOn: from,
        madeBy: p.madeBy,
        madeByKind: p.madeByKind,
        ...outcome,
        certainty: p.certainty,
        sources: p.sources,
      });
    }
  }

  for (const d of record.decisions) {
    if (!d.commitment) continue;
    const c = d.commitment;
    const due = forecastOf(c.due, c.dueLabel);
    rows.push({
      key: `decision-${d.key}`,
      kind: "DECISION",
      what: c.what,
      trusts: d.trustIds
        .map((id) => trusts.get(id))
        .filter((t): t is TrustInfo => t !== undefined)
        .map(ref),
      goLiveId: null,
      decisionKey: d.key,
      due,
      madeOn: d.knownFrom ?? null,
      madeBy: d.body,
      madeByKind: c.byKind,
      ...commitmentOutcome(c, due, asOf),
      certainty: d.certainty,
      sources: d.sources,
    });
  }
  // in the order they fell due: by the end of the promised period, then its start
  return rows.sort(
    (a, b) => a.due.end.localeCompare(b.due.end) || a.due.start.localeCompare(b.due.start) || a.what.localeCompare(b.what) || a.key.localeCompare(b.key),
  );
}

const planWords = (p: Plan) => (p.planned ? (p.plannedLabel ?? formatPartialDate(p.planned)) : `no date (${p.plannedLabel ?? "not known"})`);

type Settled = Pick<PromiseRow, "outcome" | "late" | "settledOn" | "because">;

function planOutcome(input: {
  due: Forecast;
  from: string | null;
  next: { from: string | null; words: string } | null;
  live: { start: string; end: string; words: string } | null;
  stops: readonly DecisionFact[];
  asOf: string;
}): Settled {
  const { due, from, next, live, stops, asOf } = input;
  const dueWords = formatIsoDate(due.end);
  if (live && live.end <= due.end) return { outcome: "KEPT", late: null, settledOn: live.end, because: `Live ${live.words}, by ${dueWords}.` };
  if (live && live.start <= due.end) {
    return {
      outcome: "NOT_KNOWN",
      late: null,
      settledOn: live.end,
      because: `Live ${live.words}: the record's dates are not precise enough to say whether that was by ${dueWords}.`,
    };
  }
  if (next && before(next.from, due.end)) {
    return {
      outcome: "SUPERSEDED",
      late: null,
      settledOn: next.from,
      because: `Re-planned to ${next.words}${next.from ? ` (known ${formatIsoDate(next.from)})` : ""} before it fell due.`,
    };
  }
  if (due.end >= asOf) return { outcome: "OPEN", late: null, settledOn: null, because: `Falls due by ${dueWords}.` };
  const fellDue = `Not live by ${dueWords}`;
  // what came between the promise and the go-live (or today): a new plan, or a decision that stopped it
  const until = live?.start ?? asOf;
  if (next && next.from !== null && next.from <= until) {
    return { outcome: "BROKEN", late: null, settledOn: next.from, because: `${fellDue}; re-planned to ${next.words} (known ${formatIsoDate(next.from)}).` };
  }
  const stop = stops.find((d) => {
    const on = decisionEffectiveFrom(d);
    return (from === null || on > from) && on <= until;
  });
  if (stop)
    return {
      outcome: "BROKEN",
      late: null,
      settledOn: decisionEffectiveFrom(stop),
      because: `${fellDue}; ${stop.title} (${formatIsoDate(decisionEffectiveFrom(stop))}).`,
    };
  if (!live) return { outcome: "BROKEN", late: null, settledOn: due.end, because: `${fellDue}, and not live since.` };
  const late = lateness(due.end, live);
  return { outcome: "KEPT_LATE", late, settledOn: live.end, because: `Live ${live.words}, ${formatSlip(late)} after ${dueWords}.` };
}

function commitmentOutcome(c: DecisionCommitment, due: Forecast, asOf: string): Settled {
  const dueWords = formatIsoDate(due.end);
  const met = c.met ? intervalOf(c.met) : null;
  if (met && met.end <= due.end)
    return { outcome: "KEPT", late: null, settledOn: met.end, because: c.metNote ?? `Met ${formatPartialDate(c.met!)}, by ${dueWords}.` };
  if (met && met.start <= due.end)
    return {
      outcome: "NOT_KNOWN",
      late: null,
      settledOn: met.end,
      because: `Met ${formatPartialDate(c.met!)}: the record's dates are not precise enough to say whether that was by ${dueWords}.`,
    };
  if (met) {
    const late = lateness(due.end, met);
    return { outcome: "KEPT_LATE", late, settledOn: met.end, because: `Met ${formatPartialDate(c.met!)}, ${formatSlip(late)} after ${dueWords}.` };
  }
  if (due.end >= asOf) return { outcome: "OPEN", late: null, settledOn: null, because: `Falls due by ${dueWords}.` };
  return { outcome: "NOT_KNOWN", late: null, settledOn: null, because: `Due by ${dueWords}; the record does not say whether it was met.` };
}

export interface PromiseScore {
  /** the maker's name or the trust's; null: not known */
  label: string | null;
  kind: MakerKind | null;
  /** for a trust's row */
  slug: string | null;
  total: number;
  counts: Record<Outcome, number>;
  /** kept, kept late, broken and superseded: the promises whose outcome is settled */
  settled: number;
  /** kept on time as a share of those settled; null when none is */
  shareKept: number | null;
  /** the median of the days late of every promise met (kept: 0; kept late: its least lateness); null when none was */
  medianLateDays: number | null;
  /** how many promises the median is of */
  met: number;
}

/** Scores of a set of promises grouped by a key (a maker, a trust), in the order of the groups' labels. */
export function promiseScores(
  rows: readonly PromiseRow[],
  groupsOf: (row: PromiseRow) => { key: string; label: string | null; kind: MakerKind | null; slug: string | null }[],
): PromiseScore[] {
  const groups = new Map<string, { label: string | null; kind: MakerKind | null; slug: string | null; rows: PromiseRow[] }>();
  for (const row of rows) {
    for (const g of groupsOf(row)) {
      const entry = groups.get(g.key) ?? { label: g.label, kind: g.kind, slug: g.slug, rows: [] };
      entry.rows.push(row);
      groups.set(g.key, entry);
    }
  }
  return [...groups.values()]
    .map((g) => scoreOf(g.label, g.kind, g.slug, g.rows))
    .sort((a, b) => (a.label === null ? 1 : b.label === null ? -1 : a.label.localeCompare(b.label)));
}

export function scoreOf(label: string | null, kind: MakerKind | null, slug: string | null, rows: readonly PromiseRow[]): PromiseScore {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const r of rows) counts[r.outcome]++;
  const settled = counts.KEPT + counts.KEPT_LATE + counts.BROKEN + counts.SUPERSEDED;
  const days = rows
    .filter((r) => r.outcome === "KEPT" || r.outcome === "KEPT_LATE")
    .map((r) => r.late?.min ?? 0)
    .sort((a, b) => a - b);
  return {
    label,
    kind,
    slug,
    total: rows.length,
    counts,
    settled,
    shareKept: settled ? counts.KEPT / settled : null,
    medianLateDays: median(days),
    met: days.length,
  };
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Scores by who made the promise: each named maker (with its kind), and "not known". */
export const byMaker = (row: PromiseRow) => [{ key: `${row.madeByKind ?? ""}|${row.madeBy ?? ""}`, label: row.madeBy, kind: row.madeByKind, slug: null }];
/** Scores by trust: a decision naming two trusts counts for each. */
export const byTrust = (row: PromiseRow) => row.trusts.map((t) => ({ key: String(t.id), label: t.name, kind: null, slug: t.slug }));
/** Scores by the kind of maker. */
export const byMakerKind = (row: PromiseRow) => [
  { key: row.madeByKind ?? "", label: row.madeByKind ? MAKER_KIND_LABEL[row.madeByKind] : null, kind: row.madeByKind, slug: null },
];
