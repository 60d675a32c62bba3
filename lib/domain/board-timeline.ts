// The board's timeline: per rollout go-live, a bar for its plan in each chosen baseline and one for
// its actual go-live, with the halt windows and the decisions, cut to a period (the whole programme,
// a year, a quarter or any two dates). Pure: RolloutFacts and baselines in, rows out. A bar is the
// interval the record allows ("November 2008" is 1 to 30 November), never a made-up day.
import type { Baseline, BaselinePlan } from "./baseline";
import { timelineLabel } from "./timeline";
import { addDays, daysBetween, formatIsoDate, formatPartialDate, intervalOf, type Interval, type PartialDate } from "./dates";
import { isFullyLifted } from "./decision-effect";
import { type RolloutFacts, rolloutGoLives, type TrustInfo } from "./rollout";
import { decisionEffectiveFrom, type DecisionKind } from "./status";

/** Inclusive ISO days. */
export interface DateRange {
  from: string;
  to: string;
}

export const PROGRAMME: DateRange = { from: "2003-01-01", to: "2015-12-31" };
const FIRST_YEAR = 2003;
const LAST_YEAR = 2015;
const QUARTER_START = ["01-01", "04-01", "07-01", "10-01"] as const;

export interface ZoomPreset extends DateRange {
  value: string;
  label: string;
}

/** The periods offered: the whole programme, each year 2003 to 2015, and each quarter of them. */
export function zoomPresets(): { programme: ZoomPreset; years: ZoomPreset[]; quarters: ZoomPreset[] } {
  const years: ZoomPreset[] = [];
  const quarters: ZoomPreset[] = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    years.push({ value: String(y), label: String(y), from: `${y}-01-01`, to: `${y}-12-31` });
    QUARTER_START.forEach((start, i) => {
      const period = intervalOf({ date: `${y}-${start}`, precision: "QUARTER" });
      quarters.push({
        value: `${y}-Q${i + 1}`,
        label: `Q${i + 1} ${y}: ${formatPartialDate({ date: period.start, precision: "QUARTER" })}`,
        from: period.start,
        to: period.end,
      });
    });
  }
  return { programme: { value: "all", label: `The whole programme, ${FIRST_YEAR} to ${LAST_YEAR}`, ...PROGRAMME }, years, quarters };
}

/** "all", "2008" or "2008-Q4" as a range; null for anything else. */
export function zoomRange(value: string): ZoomPreset | null {
  const { programme, years, quarters } = zoomPresets();
  return [programme, ...years, ...quarters].find((p) => p.value === value) ?? null;
}

/** A bar: the period the record gives, and the part of it inside the range (null: none of it). */
export interface TimelineBar {
  date: PartialDate;
  period: Interval;
  shown: Interval | null;
}

export interface BaselineCell {
  baselineId: string;
  /** null: no dated plan in the baseline (none yet, postponed with no date, or not in a stored baseline) */
  bar: TimelineBar | null;
  /** the plan's words ("late November 2008", "postponed indefinitely"); "live" when live by the baseline's date */
  label: string | null;
  inBaseline: boolean;
}

export interface BoardTimelineRow {
  goLiveId: number;
  trust: Pick<TrustInfo, "id" | "slug" | "name" | "shortName">;
  scope: string;
  label: string;
  baselines: BaselineCell[];
  /** the earliest actual go-live in the record */
  actual: TimelineBar | null;
  /** further actual dates when sources disagree */
  otherActuals: PartialDate[];
}

export interface TimelineHalt {
  key: string;
  title: string;
  decided: PartialDate;
  /** the day it took effect */
  from: string;
  /** the day it was lifted (for every go-live it held), or the end of the range while in force */
  until: string;
  liftedBy: { key: string; title: string } | null;
  shown: Interval;
}

export interface DecisionMarker {
  /** 1, 2, …: the marker's label on the chart, in date order */
  number: number;
  key: string;
  kind: DecisionKind;
  title: string;
  decided: PartialDate;
  /** the day it took effect: where the marker is drawn */
  date: string;
}

export interface TimelineBaselineInfo {
  id: string;
  key: string | null;
  name: string;
  takenAsOf: string;
}

export interface BoardTimeline {
  range: DateRange;
  baselines: TimelineBaselineInfo[];
  /** go-lives with a bar inside the range, by trust name */
  rows: BoardTimelineRow[];
  /** go-lives with nothing inside the range */
  outside: string[];
  halts: TimelineHalt[];
  decisions: DecisionMarker[];
}

/** A stored baseline by its key, one derived from the record by its date. */
export const baselineIdOf = (b: Pick<Baseline, "key" | "takenAsOf">) => (b.key ? `baseline:${b.key}` : `on:${b.takenAsOf}`);

export function clip(period: Interval, range: DateRange): Interval | null {
  const start = period.start > range.from ? period.start : range.from;
  const end = period.end < range.to ? period.end : range.to;
  return start <= end ? { start, end } : null;
}

function barOf(date: PartialDate, range: DateRange): TimelineBar {
  const period = intervalOf(date);
  return { date, period, shown: clip(period, range) };
}

/** What the timeline reads of a baseline: its name and date, and each go-live's planned date in it. */
export type TimelineBaseline = Pick<Baseline, "key" | "name" | "takenAsOf"> & { plans: Pick<BaselinePlan, "goLiveId" | "planned" | "plannedLabel">[] };

/** What the timeline reads of the record: trusts, go-lives with their actual go-lives, and decisions. */
export type TimelineFacts = Pick<RolloutFacts, "trusts" | "decisions"> & {
  goLives: (Pick<RolloutFacts["goLives"][number], "id" | "trustId" | "scope"> & { actuals: readonly { wentLive: PartialDate }[] })[];
};

export function buildBoardTimeline(facts: TimelineFacts, baselines: readonly TimelineBaseline[], range: DateRange): BoardTimeline {
  const all: BoardTimelineRow[] = [];
  for (const [goLive, trust] of rolloutGoLives(facts)) {
    const cells = baselines.map((b): BaselineCell => {
      const plan = b.plans.find((p) => p.goLiveId === goLive.id);
      return {
        baselineId: baselineIdOf(b),
        bar: plan?.planned ? barOf(plan.planned, range) : null,
        label: plan?.plannedLabel ?? null,
        inBaseline: plan !== undefined,
      };
    });
    const actuals = [...goLive.actuals].sort((a, b) => a.wentLive.date.localeCompare(b.wentLive.date)).map((a) => a.wentLive);
    const distinct = actuals.filter((d, i) => actuals.findIndex((e) => e.date === d.date && e.precision === d.precision) === i);
    all.push({
      goLiveId: goLive.id,
      trust: { id: trust.id, slug: trust.slug, name: trust.name, shortName: trust.shortName },
      scope: goLive.scope,
      label: timelineLabel(trust.shortName, goLive.scope),
      baselines: cells,
      actual: distinct[0] ? barOf(distinct[0], range) : null,
      otherActuals: distinct.slice(1),
    });
  }
  all.sort((a, b) => a.trust.name.localeCompare(b.trust.name) || a.scope.localeCompare(b.scope));
  const isShown = (r: BoardTimelineRow) => r.actual?.shown || r.baselines.some((c) => c.bar?.shown);
  return {
    range: { from: range.from, to: range.to },
    baselines: baselines.map((b) => ({ id: baselineIdOf(b), key: b.key, name: b.name, takenAsOf: b.takenAsOf })),
    rows: all.filter(isShown),
    outside: all.filter((r) => !isShown(r)).map((r) => r.label),
    halts: haltWindows(facts, range),
    decisions: facts.decisions
      .map((d) => ({ key: d.key, kind: d.kind, title: d.title, decided: d.decided, date: decisionEffectiveFrom(d) }))
      .filter((d) => d.date >= range.from && d.date <= range.to)
      .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title))
      .map((d, i) => ({ number: i + 1, ...d })),
  };
}

/** Each halt from the day it took effect to the day the last of its go-lives was released (or the range's end). */
function haltWindows(facts: Pick<RolloutFacts, "decisions">, range: DateRange): TimelineHalt[] {
  const halts: TimelineHalt[] = [];
  for (const halt of facts.decisions.filter((d) => d.kind === "HALT")) {
    const lifts = facts.decisions.filter((d) => d.liftsId === halt.id).sort((a, b) => decisionEffectiveFrom(a).localeCompare(decisionEffectiveFrom(b)));
    const lift = lifts.find((_, i) => isFullyLifted(halt, lifts.slice(0, i + 1))) ?? null;
    const from = decisionEffectiveFrom(halt);
    const until = lift ? decisionEffectiveFrom(lift) : range.to;
    const shown = clip({ start: from, end: until }, range);
    if (!shown) continue;
    halts.push({ key: halt.key, title: halt.title, decided: halt.decided, from, until, liftedBy: lift ? { key: lift.key, title: lift.title } : null, shown });
  }
  return halts.sort((a, b) => a.from.localeCompare(b.from));
}

/** Axis ticks that suit the range: years over three years, quarters over six months, months, then weeks. */
export function axisTicks(range: DateRange): { date: string; label: string }[] {
  const days = daysBetween(range.from, range.to);
  const ticks: { date: string; label: string }[] = [];
  if (days <= 62) {
    for (let d = range.from; d <= range.to; d = addDays(d, 7)) ticks.push({ date: d, label: formatIsoDate(d).replace(/ \d{4}$/, "") });
    return ticks;
  }
  const step = days > 3 * 366 ? 12 : days > 190 ? 3 : 1;
  let [y, m] = [Number(range.from.slice(0, 4)), Number(range.from.slice(5, 7))];
  for (;;) {
    const date = `${y}-${String(m).padStart(2, "0")}-01`;
    if (date > range.to) break;
    const onStep = step === 12 ? m === 1 : (m - 1) % step === 0;
    if (date >= range.from && onStep) ticks.push({ date, label: step === 12 ? String(y) : formatPartialDate({ date, precision: "MONTH" }) });
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return ticks;
}

/** "1 October 2008 to 31 December 2008" */
export const describeRange = (r: DateRange) => `${formatIsoDate(r.from)} to ${formatIsoDate(r.to)}`;

/** One sentence for the chart's label and the reader: what is drawn, in words. */
export function describeBoardTimeline(t: BoardTimeline, total = t.rows.length): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const halts = t.halts.length
    ? `${n(t.halts.length, "halt", "halts")} shaded (${t.halts.map((h) => `${formatIsoDate(h.from)} to ${h.liftedBy ? formatIsoDate(h.until) : `${formatIsoDate(h.until)}, still in force`}`).join("; ")})`
    : "no halt in this period";
  return (
    `Board timeline from ${describeRange(t.range)}: ${n(total, "go-live", "go-lives")} with a plan or go-live in this period${total > t.rows.length ? ` (${t.rows.length} drawn on this page)` : ""}, ` +
    (t.baselines.length
      ? `each with ${n(t.baselines.length, "bar", "bars")} for its planned date in ${t.baselines.length === 1 ? "the baseline" : "the baselines"} and one for the actual go-live; `
      : "each with a bar for the actual go-live; ") +
    `${halts}; ${n(t.decisions.length, "decision", "decisions")} marked. The table that follows gives every date.`
  );
}
