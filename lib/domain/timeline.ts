// The programme timeline for a date, counted per quarter so that it reads the same for ten go-lives
// or a thousand: how many go-lives were first planned for each quarter, how many of those still to
// go live were last planned for it, and how many went live in it; and how many were halted and live
// at each quarter's end. A count drills down to a page of the go-lives behind it. Pure: the stored
// runs of each go-live (lib/derived/status-spans.ts) in, counts and rows out.
import { formatPartialDate, intervalOf, type PartialDate } from "./dates";
import type { SpanPlan } from "./status-spans";
import type { Status } from "./status";

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
export const SERIES = ["first", "latest", "live"] as const;
export type Series = (typeof SERIES)[number];

export const SERIES_NAMES: Record<Series, string> = {
  first: "First planned for the quarter",
  latest: "Still to go live, latest plan in the quarter",
  live: "Went live in the quarter",
};

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
