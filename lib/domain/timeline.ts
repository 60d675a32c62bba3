// The programme timeline for a date, counted per quarter so that it reads the same for ten go-lives
// or a thousand: how many go-lives were first planned for each quarter, how many of those still to
// go live were last planned for it, and how many went live in it; and how many were halted and live
// at each quarter's end. A count drills down to a page of the go-lives behind it. Pure: the stored
// runs of each go-live (lib/derived/status-spans.ts) in, counts and rows out.
import { formatPartialDate, intervalOf, type PartialDate } from "./dates";
import { describePlanned } from "./rollout";
import type { SpanPlan } from "./status-spans";
import type { Status } from "./status";
import { labelled } from "./labelled";

/** One go-live as the timeline reads it on the date. */
export interface TimelineGoLive {
  goLiveId: number;
  label: string;
  slug: string;
  status: Status;
  firstPlanned: SpanPlan | null;
  latestPlanned: SpanPlan | null;
  wentLive: PartialDate | null;
}

/** The three counts per quarter, and the drill-down's name for each. */
export const [SERIES, SERIES_NAMES] = labelled({
  first: "First planned for the quarter",
  latest: "Still to go live, latest plan in the quarter",
  live: "Went live in the quarter",
});
export type Series = (typeof SERIES)[number];

/** "2009-Q1", or NONE for a date the record gives only as a longer period (a year, or a season across two quarters). */
export type QuarterKey = string;
export const NOT_TO_A_QUARTER = "none";

/** The calendar quarter a date falls in, when the record's period lies inside one; else null. */
export function quarterOf(pd: PartialDate): QuarterKey | null {
  const { start, end } = intervalOf(pd);
  const key = (iso: string) => `${iso.slice(0, 4)}-Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
  return key(start) === key(end) ? key(start) : null;
}

/** "January to March 2009" for "2009-Q1". */
export function quarterName(key: QuarterKey): string {
  if (key === NOT_TO_A_QUARTER) return "Not to a quarter";
  const [year, q] = key.split("-Q");
  const month = String((Number(q) - 1) * 3 + 1).padStart(2, "0");
  return formatPartialDate({ date: `${year}-${month}-01`, precision: "QUARTER" });
}

/** The first day of a quarter and the last. */
export function quarterDays(key: QuarterKey): { start: string; end: string } {
  const [year, q] = key.split("-Q");
  const month = String((Number(q) - 1) * 3 + 1).padStart(2, "0");
  return intervalOf({ date: `${year}-${month}-01`, precision: "QUARTER" });
}

/** The date a go-live counts by in a series, or null when it does not count in it. */
function dateIn(g: TimelineGoLive, series: Series): PartialDate | null {
  if (series === "first") return g.firstPlanned?.planned ?? null;
  if (series === "live") return g.wentLive;
  // The latest plan counts only for go-lives still to go live: a live or withdrawn one's plan is spent.
  return g.status === "LIVE" || g.status === "WITHDRAWN" ? null : (g.latestPlanned?.planned ?? null);
}

/** Whether a go-live is behind the count of `series` in `quarter` (the drill-down). */
export function inQuarter(g: TimelineGoLive, series: Series, quarter: QuarterKey): boolean {
  const d = dateIn(g, series);
  if (!d) return false;
  return (quarterOf(d) ?? NOT_TO_A_QUARTER) === quarter;
}

export interface QuarterCount {
  quarter: QuarterKey;
  name: string;
  first: number;
  latest: number;
  live: number;
}

const nextQuarter = (key: QuarterKey) => {
  const [y, q] = key.split("-Q").map(Number) as [number, number];
  return q === 4 ? `${y + 1}-Q1` : `${y}-Q${q + 1}`;
};

/**
 * The counts per quarter, from the first quarter any count falls in to the last, each quarter in
 * between listed even when it counts nothing; then the dates not to a quarter, when there are any.
 */
export function countByQuarter(goLives: readonly TimelineGoLive[]): { quarters: QuarterCount[]; notToAQuarter: QuarterCount | null } {
  const counts = new Map<QuarterKey, QuarterCount>();
  const bucket = (key: QuarterKey) => {
    let c = counts.get(key);
    if (!c) counts.set(key, (c = { quarter: key, name: quarterName(key), first: 0, latest: 0, live: 0 }));
    return c;
  };
  for (const g of goLives) {
    for (const series of SERIES) {
      const d = dateIn(g, series);
      if (d) bucket(quarterOf(d) ?? NOT_TO_A_QUARTER)[series]++;
    }
  }
  const keys = [...counts.keys()].filter((k) => k !== NOT_TO_A_QUARTER).sort();
  const quarters: QuarterCount[] = [];
  if (keys.length) for (let k = keys[0]!; k <= keys.at(-1)!; k = nextQuarter(k)) quarters.push(counts.get(k) ?? bucket(k));
  return { quarters, notToAQuarter: counts.get(NOT_TO_A_QUARTER) ?? null };
}

/**
 * The days the "halted and live over time" counts are taken on: the end of each quarter from the
 * first quarter given to the one holding `asOf`, and `asOf` itself in place of its quarter's end.
 */
export function quarterEnds(firstQuarter: QuarterKey, asOf: string): string[] {
  const days: string[] = [];
  for (let k = firstQuarter; ; k = nextQuarter(k)) {
    const { end } = quarterDays(k);
    if (end >= asOf) {
      days.push(asOf);
      break;
    }
    days.push(end);
  }
  return days;
}

/** The quarter holding a day. */
export function quarterOfDay(iso: string): QuarterKey {
  return quarterOf({ date: iso, precision: "DAY" })!;
}

/** "Kingston" or "Barts (Whipps Cross)": a go-live as the timeline names it. */
export function timelineLabel(shortName: string, scope: string): string {
  return scope === "Whole trust" ? shortName : `${shortName} (${scope})`;
}

// ---------------------------------------------------------------------------------------------
// The chart of a page of go-lives: each one's first plan, latest plan and go-live, with the halts
// shaded and the page's date marked. Shaped here, so that the chart component only draws.

/** A go-live's day that the sources give differently (an open conflict about the go-live), with each side's claim. */
export interface DisputedDay {
  conflictKey: string;
  title: string;
  /** each source's claim, e.g. "15 June 2008" */
  claims: string[];
}

export interface ChartPoint {
  /** milliseconds since 1970, UTC midnight */
  x: number;
  /** the go-live's label: its row */
  y: string;
  /** the point in words, for the tooltip (the table says the same) */
  text: string;
}

/** A label above the plot for a reference line or area, in a row of its own where it would touch another. */
export interface ReferenceLabel {
  key: string;
  text: string;
  /** where the label starts, in milliseconds */
  x: number;
  /** 0 is the row nearest the plot */
  row: number;
}

export interface GoLiveChartShape {
  labels: string[];
  firstPlans: ChartPoint[];
  latestPlans: ChartPoint[];
  /** go-lives on a day the sources agree on */
  actuals: ChartPoint[];
  /** go-lives on a day the sources dispute: drawn with their own mark */
  disputedActuals: ChartPoint[];
  segments: { label: string; from: number; to: number }[];
  halts: { key: string; title: string; from: number; to: number }[];
  /** the page's date, when it falls inside the axis; null when the data ends before it */
  asOf: number | null;
  domain: [number, number];
  ticks: number[];
  referenceLabels: ReferenceLabel[];
  referenceRows: number;
}

export interface ChartHalt {
  key: string;
  title: string;
  from: string;
  /** null: still in force on the page's date */
  to: string | null;
}

const DAY_MS = 864e5;
const msOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const yearStart = (y: number) => Date.UTC(y, 0, 1);

/**
 * The axis: from the start of the year of the earliest date drawn to the start of the year after the
 * latest, so the data fill the chart. The page's date widens it only when a halt is still in force on it
 * (the shading runs to that date); otherwise a date long after the data is said in words, not drawn.
 */
export function fitTimeAxis(marks: readonly number[]): { domain: [number, number]; ticks: number[] } {
  if (marks.length === 0) return { domain: [0, 0], ticks: [] };
  const first = new Date(Math.min(...marks)).getUTCFullYear();
  const last = new Date(Math.max(...marks)).getUTCFullYear();
  const ticks: number[] = [];
  for (let y = first; y <= last + 1; y++) ticks.push(yearStart(y));
  return { domain: [yearStart(first), yearStart(last + 1)], ticks };
}

/**
 * Rows for the labels of reference lines and areas, so that no two touch: each label is given the lowest
 * row where it clears every label already there, measured as if the plot were `plotWidthPx` wide (its
 * narrowest) with `charPx` a character.
 */
export function placeReferenceLabels(
  labels: readonly Omit<ReferenceLabel, "row">[],
  domain: [number, number],
  { plotWidthPx = 360, charPx = 9, gapPx = 8 } = {},
): ReferenceLabel[] {
  const span = domain[1] - domain[0] || 1;
  const px = (x: number) => ((x - domain[0]) / span) * plotWidthPx;
  const rows: { from: number; to: number }[][] = [];
  return [...labels]
    .sort((a, b) => a.x - b.x || a.key.localeCompare(b.key))
    .map((l) => {
      const from = px(l.x);
      const to = from + l.text.length * charPx + gapPx;
      let row = rows.findIndex((taken) => taken.every((t) => to <= t.from || from >= t.to));
      if (row < 0) row = rows.push([]) - 1;
      rows[row]!.push({ from, to });
      return { ...l, row };
    });
}

/** What the chart draws for a page of go-lives, the halts and the page's date. */
export function shapeGoLiveChart(input: {
  rows: readonly TimelineGoLive[];
  halts: readonly ChartHalt[];
  asOf: string;
  disputes: ReadonlyMap<number, DisputedDay>;
}): GoLiveChartShape {
  const { rows, asOf, disputes } = input;
  const describePlan = (p: SpanPlan) => describePlanned(p.planned, p.label);
  const point = (y: string, date: string, text: string): ChartPoint => ({ x: msOf(date), y, text: `${y}: ${text}` });
  const firstPlans = rows
    .filter((r) => r.firstPlanned)
    .map((r) => point(r.label, r.firstPlanned!.planned.date, `first planned for ${describePlan(r.firstPlanned!)}`));
  const latestPlans = rows
    .filter((r) => r.latestPlanned && r.latestPlanned.planned.date !== r.firstPlanned?.planned.date)
    .map((r) => point(r.label, r.latestPlanned!.planned.date, `latest plan ${describePlan(r.latestPlanned!)}`));
  const live = rows.filter((r) => r.wentLive);
  const actualText = (r: TimelineGoLive) => {
    const dispute = disputes.get(r.goLiveId);
    return dispute ? `went live on a day the sources dispute: ${claimsInWords(dispute.claims)}` : `went live ${formatPartialDate(r.wentLive!)}`;
  };
  const actuals = live.filter((r) => !disputes.has(r.goLiveId)).map((r) => point(r.label, r.wentLive!.date, actualText(r)));
  const disputedActuals = live.filter((r) => disputes.has(r.goLiveId)).map((r) => point(r.label, r.wentLive!.date, actualText(r)));
  const segments = rows
    .filter((r) => r.firstPlanned && (r.wentLive ?? r.latestPlanned))
    .map((r) => ({ label: r.label, from: msOf(r.firstPlanned!.planned.date), to: msOf((r.wentLive ?? r.latestPlanned!.planned).date) }));
  const halts = input.halts.map((h) => ({ key: h.key, title: h.title, from: msOf(h.from), to: msOf(h.to ?? asOf) }));
  const marks = [...firstPlans, ...latestPlans, ...actuals, ...disputedActuals].map((p) => p.x);
  const { domain, ticks } = fitTimeAxis([...marks, ...halts.flatMap((h) => [h.from, h.to])]);
  const asOfMs = msOf(asOf);
  const asOfShown = marks.length > 0 && asOfMs >= domain[0] && asOfMs <= domain[1] + DAY_MS ? asOfMs : null;
  const referenceLabels = placeReferenceLabels(
    [...halts.map((h) => ({ key: `halt-${h.key}`, text: "Halt", x: h.from })), ...(asOfShown !== null ? [{ key: "as-of", text: "As of", x: asOfShown }] : [])],
    domain,
  );
  return {
    labels: rows.map((r) => r.label),
    firstPlans,
    latestPlans,
    actuals,
    disputedActuals,
    segments,
    halts,
    asOf: asOfShown,
    domain,
    ticks,
    referenceLabels,
    referenceRows: referenceLabels.reduce((n, l) => Math.max(n, l.row + 1), 0),
  };
}

/** The go-lives whose day the sources dispute, from the conflicts about a go-live: each one's claims, in their order. */
export function disputedDays(
  conflicts: readonly { key: string; title: string; goLive: { id: number } | null; claims: readonly { claim: string }[] }[],
): Map<number, DisputedDay> {
  const byGoLive = new Map<number, DisputedDay>();
  for (const c of conflicts) {
    if (!c.goLive || c.claims.length < 2 || byGoLive.has(c.goLive.id)) continue;
    byGoLive.set(c.goLive.id, { conflictKey: c.key, title: c.title, claims: c.claims.map((x) => x.claim) });
  }
  return byGoLive;
}

/** "15 June 2008, 16 June 2008 or 17 June 2008": the sides of a dispute in words. */
export function claimsInWords(claims: readonly string[]): string {
  return claims.length <= 1 ? (claims[0] ?? "") : `${claims.slice(0, -1).join(", ")} or ${claims.at(-1)}`;
}
