// Milestone trend analysis (issue 12, docs/decisions/018): for each go-live, the forecast go-live date at
// each reporting date, from the plans as the record knew them on that day (readRecord as it stood), and the
// go-live itself. A flat line is on plan; a rising one is slipping; where a forecast meets the diagonal
// (forecast = reporting date) the milestone is due. A forecast the record gives only to the month (or the
// season, or the year) is its whole period, a band, never a point.
import { addDays, formatIsoDate, formatPartialDate, intervalOf, toIsoDate, type PartialDate, type Precision } from "./dates";
import { readRecord, toGoLiveFacts, type RolloutFacts } from "./rollout";
import { decisionEffectiveFrom, decisionsByTrust, deriveGoLiveStatus, type Status } from "./status";
import { labelled } from "./labelled";

export const [TREND_INTERVALS, TREND_INTERVAL_LABEL] = labelled({
  quarter: "Each quarter's end",
  month: "Each month's end",
  meeting: "Each board meeting",
});
export type TrendInterval = (typeof TREND_INTERVALS)[number];

/** A forecast as the record gave it: the first and last day it may mean, and its words. */
export interface Forecast {
  start: string;
  end: string;
  precision: Precision;
  /** the record's words for it ("autumn 2009"), else the date as people write it */
  label: string;
}

export interface TrendPoint {
  /** the reporting date */
  on: string;
  /** the go-live's status on the day, as the record stood then */
  status: Status | null;
  /** the latest plan's date as known on the day; null when live, or when the record knew no dated plan */
  forecast: Forecast | null;
  /** in words when there is no forecast: "Live", "No plan known yet", the plan's words ("postponed indefinitely") */
  note: string | null;
  /** the forecast's whole period had passed by the reporting date, and the go-live was not live: overdue */
  overdue: boolean;
}

export interface GoLiveTrend {
  goLiveId: number;
  trustId: number;
  trustSlug: string;
  /** "Kingston", or "Kingston: Phase 1" when the trust has more than one go-live */
  label: string;
  points: TrendPoint[];
  /** the go-live, as the record stood on the page's date */
  actual: Forecast | null;
}

/** The trends a board pack carries (lib/data/trends.ts loadPackTrends): its go-lives at its reporting dates. */
export interface PackTrends {
  dates: string[];
  rows: GoLiveTrend[];
}

/** A decision drawn on the chart: halts, resumes, withdrawals and postponements that cover a go-live shown. */
export interface TrendMarker {
  key: string;
  kind: "HALT" | "RESUME" | "WITHDRAW" | "POSTPONE";
  on: string;
  title: string;
}

const periodEnd = (iso: string, months: number) => {
  // the last day of the period of `months` months that starts on the first of iso's month
  const [y, m] = iso.split("-").map(Number) as [number, number];
  const next = new Date(Date.UTC(y, m - 1 + months, 1));
  return addDays(toIsoDate(next), -1);
};

/**
 * The reporting dates from `from` to `to`: the last day of each month or quarter that ends in the range,
 * or the board's meetings in it (the days given, sorted, once each).
 */
export function reportingDates(interval: TrendInterval, range: { from: string; to: string }, meetings: readonly string[] = []): string[] {
  if (range.from > range.to) return [];
  if (interval === "meeting") return [...new Set(meetings.filter((d) => d >= range.from && d <= range.to))].sort();
  const months = interval === "month" ? 1 : 3;
  const [y, m] = range.from.split("-").map(Number) as [number, number];
  // quarters run January-March, April-June…: start at the first month of from's quarter
  let start = `${y}-${String(interval === "quarter" ? m - ((m - 1) % 3) : m).padStart(2, "0")}-01`;
  const out: string[] = [];
  for (;;) {
    const end = periodEnd(start, months);
    if (end > range.to) break;
    if (end >= range.from) out.push(end);
    start = addDays(end, 1);
  }
  return out;
}

export function forecastOf(planned: PartialDate, label: string | null): Forecast {
  const { start, end } = intervalOf(planned);
  return { start, end, precision: planned.precision, label: label ?? formatPartialDate(planned) };
}

/**
 * Each go-live's forecast at each reporting date (those after `asOf` are left out: the page shows what was
 * known by its date), from the record as it stood on the reporting date.
 */
export function milestoneTrends(facts: RolloutFacts, dates: readonly string[], asOf: string): GoLiveTrend[] {
  const shownDates = dates.filter((d) => d <= asOf);
  const trusts = new Map(facts.trusts.map((t) => [t.id, t]));
  const perTrust = new Map<number, number>();
  for (const g of facts.goLives) perTrust.set(g.trustId, (perTrust.get(g.trustId) ?? 0) + 1);
  const on = (day: string) => {
    const record = readRecord(facts, { asOf: day, hindsight: false });
    const decisionsFor = decisionsByTrust(record.decisions);
    const byId = new Map(record.goLives.map((g) => [g.id, g]));
    return (goLiveId: number) => {
      const g = byId.get(goLiveId);
      if (!g) return null;
      const trust = trusts.get(g.trustId)!;
      return deriveGoLiveStatus(toGoLiveFacts(g, trust), decisionsFor(trust.id), day);
    };
  };
  const readings = shownDates.map((day) => ({ day, read: on(day) }));
  const now = on(asOf);
  // In the order people read them: by trust, then by go-live.
  const ordered = [...facts.goLives].sort((a, b) => trusts.get(a.trustId)!.name.localeCompare(trusts.get(b.trustId)!.name) || a.id - b.id);
  return ordered.map((g) => {
    const trust = trusts.get(g.trustId)!;
    const points: TrendPoint[] = readings.map(({ day, read }) => {
      const derived = read(g.id);
      if (!derived) return { on: day, status: null, forecast: null, note: "Not yet in the record", overdue: false };
      if (derived.status === "LIVE") return { on: day, status: derived.status, forecast: null, note: "Live", overdue: false };
      const latest = derived.latestPlan;
      if (!latest) return { on: day, status: derived.status, forecast: null, note: "No plan known yet", overdue: false };
      if (!latest.planned) return { on: day, status: derived.status, forecast: null, note: `No date: ${latest.plannedLabel ?? "not known"}`, overdue: false };
      const forecast = forecastOf(latest.planned, latest.plannedLabel);
      return { on: day, status: derived.status, forecast, note: null, overdue: forecast.end < day };
    });
    const live = now(g.id)?.actuals[0]?.wentLive ?? null;
    return {
      goLiveId: g.id,
      trustId: g.trustId,
      trustSlug: trust.slug,
      label: (perTrust.get(g.trustId) ?? 0) > 1 ? `${trust.shortName}: ${g.scope}` : trust.shortName,
      points,
      actual: live ? forecastOf(live, null) : null,
    };
  });
}

/** The halts, resumes, withdrawals and postponements known by `asOf` that cover any of the go-lives, by the day they took effect. */
export function trendMarkers(facts: RolloutFacts, asOf: string, range: { from: string; to: string }): TrendMarker[] {
  const record = readRecord(facts, { asOf, hindsight: false });
  const trustIds = new Set(facts.goLives.map((g) => g.trustId));
  return record.decisions
    .filter((d) => d.kind === "HALT" || d.kind === "RESUME" || d.kind === "WITHDRAW" || d.kind === "POSTPONE")
    .filter((d) => d.scope === "ALL_LONDON" || d.trustIds.some((id) => trustIds.has(id)))
    .map((d) => ({ key: d.key, kind: d.kind as TrendMarker["kind"], on: decisionEffectiveFrom(d), title: d.title }))
    .filter((m) => m.on >= range.from && m.on <= range.to)
    .sort((a, b) => a.on.localeCompare(b.on) || a.key.localeCompare(b.key));
}

/** A forecast in words for a table cell: its label, and the period it stands for when that is not one day. */
export function forecastWords(f: Forecast): string {
  return f.precision === "DAY" ? formatIsoDate(f.start) : `${f.label} (${formatIsoDate(f.start)} to ${formatIsoDate(f.end)})`;
}

/** What the chart draws (components/charts/milestone-trend-chart.tsx): days as numbers, each forecast as its band. */
export interface TrendChartData {
  /** one row per reporting date: x is its day number, and each series (g<goLiveId>) its band [first, last day] or null */
  rows: ({ x: number } & Record<string, number | [number, number] | null>)[];
  series: { key: string; label: string; actual: number | null }[];
  markers: { x: number; label: string; kind: TrendMarker["kind"] | "BASELINE" }[];
  domain: [number, number];
}

/** An ISO day as the number of days since 1 January 1970. */
export const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

const MARKER_WORDS: Record<TrendMarker["kind"], string> = { HALT: "Halt", RESUME: "Resume", WITHDRAW: "Withdrawn", POSTPONE: "Postponed" };

export function trendChartData(
  trends: readonly GoLiveTrend[],
  dates: readonly string[],
  markers: readonly TrendMarker[],
  baselines: readonly { name: string; on: string }[],
): TrendChartData {
  const shown = dates.filter((d) => trends.some((t) => t.points.some((p) => p.on === d)));
  const rows = shown.map((on) => {
    const row: { x: number } & Record<string, number | [number, number] | null> = { x: dayNumber(on) };
    for (const t of trends) {
      const f = t.points.find((p) => p.on === on)?.forecast ?? null;
      row[`g${t.goLiveId}`] = f ? [dayNumber(f.start), dayNumber(f.end)] : null;
    }
    return row;
  });
  const days = [
    ...rows.map((r) => r.x),
    ...trends.flatMap((t) => t.points.flatMap((p) => (p.forecast ? [dayNumber(p.forecast.start), dayNumber(p.forecast.end)] : []))),
    ...trends.flatMap((t) => (t.actual ? [dayNumber(t.actual.start)] : [])),
  ];
  const domain: [number, number] = days.length ? [Math.min(...days) - 15, Math.max(...days) + 15] : [0, 1];
  return {
    rows,
    series: trends.map((t) => ({ key: `g${t.goLiveId}`, label: t.label, actual: t.actual ? dayNumber(t.actual.start) : null })),
    markers: [
      ...markers.map((m) => ({ x: dayNumber(m.on), label: MARKER_WORDS[m.kind], kind: m.kind })),
      ...baselines.map((b) => ({ x: dayNumber(b.on), label: `Baseline: ${b.name}`, kind: "BASELINE" as const })),
    ].filter((m) => m.x >= domain[0] && m.x <= domain[1]),
    domain,
  };
}
