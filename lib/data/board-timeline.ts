import "server-only";
// The board timeline without reading the whole record: a baseline taken from the record on a date
// is each go-live's stored run on that date (lib/derived/status-spans.ts), a stored baseline its
// entries, and the actual go-lives one small table. The go-lives with something in the period are
// worked out for all of them (a few values each), then only a page of them is drawn, with the
// decisions of all London and of that page's trusts.
import { getDb } from "../db";
import type { Actor } from "../auth/permissions";
import { readDecisionRows, readTrusts } from "../derived/facts";
import { spansOnSql } from "../derived/status-spans";
import { Prisma } from "../generated/prisma/client";
import type { Baseline } from "../domain/baseline";
import { buildBoardTimeline, type DateRange, type TimelineBaseline, type TimelineFacts } from "../domain/board-timeline";
import { isoFromDbDate, type PartialDate, type Precision } from "../domain/dates";
import { pageOf } from "../validation/overview";
import { readKept } from "../server/record-cache";

type PlanRow = {
  goLiveId: number;
  wentLiveOn: Date | null;
  wentLivePrecision: Precision | null;
  latestPlanDated: boolean | null;
  latestPlanLabel: string | null;
  latestPlannedOn: Date | null;
  latestPlannedPrecision: Precision | null;
  latestPlannedLabel: string | null;
};

const partial = (on: Date | null, precision: Precision | null): PartialDate | null => (on && precision ? { date: isoFromDbDate(on), precision } : null);

/**
 * Every rollout go-live's plan as the record stood on `on` (or, with hindsight, as known now), as
 * baselineFromRecord (lib/domain/baseline.ts) gives it: the day it went live when it was live, else
 * its latest plan, dated or not.
 */
export async function baselineOn(on: string, hindsight: boolean, name: string): Promise<TimelineBaseline> {
  const rows = await getDb().$queryRaw<PlanRow[]>`SELECT g.id AS "goLiveId", s."wentLiveOn", s."wentLivePrecision", s."latestPlanDated", s."latestPlanLabel",
      s."latestPlannedOn", s."latestPlannedPrecision", s."latestPlannedLabel"
    ${spansOnSql(on, hindsight, [Prisma.sql`t."isRolloutTarget"`])}`;
  return {
    key: null,
    name,
    takenAsOf: on,
    plans: rows.map((r) => {
      const live = partial(r.wentLiveOn, r.wentLivePrecision);
      if (live) return { goLiveId: r.goLiveId, planned: live, plannedLabel: "live" };
      if (r.latestPlanDated) return { goLiveId: r.goLiveId, planned: partial(r.latestPlannedOn, r.latestPlannedPrecision), plannedLabel: r.latestPlannedLabel };
      return { goLiveId: r.goLiveId, planned: null, plannedLabel: r.latestPlanDated === false ? r.latestPlanLabel : null };
    }),
  };
}

/** The board timeline for the period, one page of go-lives drawn (50), with what is known of the rest. */
export async function loadBoardTimeline(actor: Actor | null, query: BoardTimelineQuery) {
  return readKept(actor, "rollout.read", "board-timeline", { max: 16 }, query, () => readBoardTimeline(query));
}

type BoardTimelineQuery = { baselines: readonly (Baseline | TimelineBaseline)[]; range: DateRange; page: number };

async function readBoardTimeline(query: BoardTimelineQuery) {
  const db = getDb();
  const [trusts, goLiveRows, actualRows] = await Promise.all([
    readTrusts(db, { isRolloutTarget: true }),
    db.goLive.findMany({ where: { trust: { isRolloutTarget: true } }, select: { id: true, trustId: true, scope: true }, orderBy: { id: "asc" } }),
    db.goLiveActual.findMany({ select: { goLiveId: true, wentLiveOn: true, precision: true }, orderBy: [{ wentLiveOn: "asc" }, { id: "asc" }] }),
  ]);
  const actuals = new Map<number, { wentLive: PartialDate }[]>();
  for (const a of actualRows)
    actuals.set(a.goLiveId, [...(actuals.get(a.goLiveId) ?? []), { wentLive: { date: isoFromDbDate(a.wentLiveOn), precision: a.precision } }]);
  const goLives: TimelineFacts["goLives"] = goLiveRows.map((g) => ({ ...g, actuals: actuals.get(g.id) ?? [] }));

  // Which go-lives have something in the period: of all of them, without the decisions.
  const all = buildBoardTimeline({ trusts, goLives, decisions: [] }, query.baselines, query.range);
  const { rows, page, pageCount } = pageOf(all.rows, query.page);
  const onPage = new Set(rows.map((r) => r.goLiveId));
  const trustIds = [...new Set(rows.map((r) => r.trust.id))];
  const decisions = await readDecisionRows(db, { OR: [{ scope: "ALL_LONDON" }, { trusts: { some: { id: { in: trustIds } } } }] });
  const timeline = buildBoardTimeline({ trusts, goLives: goLives.filter((g) => onPage.has(g.id)), decisions }, query.baselines, query.range);
  return { timeline: { ...timeline, outside: all.outside }, total: all.rows.length, page, pageCount };
}
