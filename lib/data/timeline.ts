import "server-only";
// The timeline for a date, read from the stored runs of each go-live (lib/derived/status-spans.ts):
// one indexed read of each go-live's run on the date gives the counts per quarter and the page of
// go-lives; one more gives how many were halted and live at each quarter's end. Nothing here reads
// the plans themselves: a trust's page has its every plan.
import { getDb } from "../db";
import type { Actor } from "../auth/permissions";
import { spansOnSql } from "../derived/status-spans";
import { readDecisionRows } from "../derived/facts";
import { isoFromDbDate, intervalOf, type PartialDate, type Precision } from "../domain/dates";
import { isKnownOn, type View } from "../domain/knowledge";
import { decisionEffectiveFrom, type Status } from "../domain/status";
import { countByQuarter, inQuarter, quarterEnds, quarterOfDay, timelineLabel, type QuarterKey, type Series, type TimelineGoLive } from "../domain/timeline";
import { pageOf } from "../validation/overview";
import { readKept } from "../server/record-cache";

type SpanRow = {
  goLiveId: number;
  scope: string;
  slug: string;
  shortName: string;
  status: Status;
  firstPlannedOn: Date | null;
  firstPlannedPrecision: Precision | null;
  firstPlannedLabel: string | null;
  latestPlannedOn: Date | null;
  latestPlannedPrecision: Precision | null;
  latestPlannedLabel: string | null;
  wentLiveOn: Date | null;
  wentLivePrecision: Precision | null;
};

const partial = (on: Date | null, precision: Precision | null): PartialDate | null => (on && precision ? { date: isoFromDbDate(on), precision } : null);

/** A halt of every London trust, shaded across the timeline: from its decision to its lift, or still in force. */
export interface HaltWindow {
  key: string;
  title: string;
  from: string;
  to: string | null;
  fromText: PartialDate;
}

/** The timeline as of the view's date: counts per quarter, counts over time, and a page of go-lives (all, or a count's). */
export async function getTimeline(actor: Actor | null, view: View, query: TimelineQuery) {
  return readKept(actor, "rollout.read", "timeline", { max: 32 }, { asOf: view.asOf, hindsight: view.hindsight, ...query }, () => readTimeline(view, query));
}

type TimelineQuery = { page: number; drill: { series: Series; quarter: QuarterKey } | null };

async function readTimeline(view: View, query: TimelineQuery) {
  const db = getDb();
  const rows = await db.$queryRaw<SpanRow[]>`SELECT g.id AS "goLiveId", g.scope, t.slug, t."shortName", s.status,
      s."firstPlannedOn", s."firstPlannedPrecision", s."firstPlannedLabel", s."latestPlannedOn", s."latestPlannedPrecision", s."latestPlannedLabel",
      s."wentLiveOn", s."wentLivePrecision"
    ${spansOnSql(view.asOf, view.hindsight)}`;
  const goLives: TimelineGoLive[] = rows
    .map((r) => ({
      goLiveId: r.goLiveId,
      label: timelineLabel(r.shortName, r.scope),
      slug: r.slug,
      status: r.status,
      firstPlanned: r.firstPlannedOn ? { planned: partial(r.firstPlannedOn, r.firstPlannedPrecision)!, label: r.firstPlannedLabel } : null,
      latestPlanned: r.latestPlannedOn ? { planned: partial(r.latestPlannedOn, r.latestPlannedPrecision)!, label: r.latestPlannedLabel } : null,
      wentLive: partial(r.wentLiveOn, r.wentLivePrecision),
    }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.goLiveId - b.goLiveId);

  const counts = countByQuarter(goLives);
  const listed = query.drill ? goLives.filter((g) => inQuarter(g, query.drill!.series, query.drill!.quarter)) : goLives;
  const { rows: shown, page, pageCount } = pageOf(listed, query.page);
  const [overTime, halts] = await Promise.all([countsOverTime(view, counts.quarters[0]?.quarter ?? null), haltWindows(view)]);
  return { goLives: goLives.length, ...counts, overTime, shown, listed: listed.length, page, pageCount, halts };
}

/**
 * How many go-lives were halted and how many live at the end of each quarter, from the first
 * quarter the counts start in to the date (the date itself for its own quarter): each day's count
 * is each go-live's run on that day, as it stood then (or, with hindsight, as known now).
 */
async function countsOverTime(view: View, firstQuarter: QuarterKey | null): Promise<{ day: string; halted: number; live: number }[]> {
  if (!firstQuarter) return [];
  const start = firstQuarter <= quarterOfDay(view.asOf) ? firstQuarter : quarterOfDay(view.asOf);
  const days = quarterEnds(start, view.asOf);
  const rows = await getDb().$queryRaw<{ day: Date; halted: bigint; live: bigint }[]>`SELECT q.day,
      count(*) FILTER (WHERE s.status = 'HALTED') AS halted, count(*) FILTER (WHERE s.status = 'LIVE') AS live
    FROM unnest(${days}::date[]) AS q(day) CROSS JOIN "GoLive" g
    CROSS JOIN LATERAL (SELECT x.status, x."validTo" FROM "GoLiveStatusSpan" x WHERE x."goLiveId" = g.id AND x.hindsight = ${view.hindsight} AND x."validFrom" <= q.day
      ORDER BY x."validFrom" DESC LIMIT 1) s
    WHERE s."validTo" IS NULL OR s."validTo" > q.day
    GROUP BY q.day ORDER BY q.day`;
  const byDay = new Map(rows.map((r) => [isoFromDbDate(r.day), r]));
  return days.map((day) => ({ day, halted: Number(byDay.get(day)?.halted ?? 0), live: Number(byDay.get(day)?.live ?? 0) }));
}

/** The halts of all London that had taken effect by the date (and, as it stood, were known by it), with the lift that ended each. */
async function haltWindows(view: View): Promise<HaltWindow[]> {
  const db = getDb();
  const known = <D extends { knownFrom?: string | null }>(d: D) => view.hindsight || isKnownOn(d, view.asOf);
  const halts = (await readDecisionRows(db, { kind: "HALT", scope: "ALL_LONDON" })).filter((h) => known(h) && decisionEffectiveFrom(h) <= view.asOf);
  if (halts.length === 0) return [];
  const lifts = (await readDecisionRows(db, { liftsId: { in: halts.map((h) => h.id) } })).filter((d) => known(d) && decisionEffectiveFrom(d) <= view.asOf);
  return halts
    .map((h) => {
      const lift =
        lifts
          .filter((d) => d.liftsId === h.id)
          .map(decisionEffectiveFrom)
          .sort()[0] ?? null;
      return { key: h.key, title: h.title, from: intervalOf(h.decided).start, to: lift, fromText: h.decided };
    })
    .sort((a, b) => a.from.localeCompare(b.from));
}
