import "server-only";
import { assertCan, type Actor } from "../auth/permissions";
import { getDb } from "../db";
import { readAll } from "../db/reads";
import { baselineFromRecord, baselinesBeforeHalts, compareWithBaseline, type Baseline, type Comparison, type DerivedBaseline } from "../domain/baseline";
import { isoFromDbDate } from "../domain/dates";
import { planCountedOnSql, readDecisionRows, type Reader } from "../derived/facts";
import type { View } from "../domain/knowledge";
import type { Status } from "../domain/status";
import { PAGE_SIZE, pageWithin } from "../validation/overview";
import { loadRecord } from "./rollout";
import { readKept } from "../server/record-cache";

export interface BaselineSummary {
  key: string;
  name: string;
  description: string | null;
  takenAsOf: string;
  takenBy: string;
  createdAt: Date;
  goLives: number;
}

export async function listBaselines(actor: Actor | null): Promise<BaselineSummary[]> {
  assertCan(actor, "rollout.read");
  const rows = await getDb().baseline.findMany({
    orderBy: [{ takenAsOf: "asc" }, { id: "asc" }],
    select: { key: true, name: true, description: true, takenAsOf: true, takenBy: true, createdAt: true, _count: { select: { entries: true } } },
  });
  return rows.map((b) => ({ ...b, takenAsOf: isoFromDbDate(b.takenAsOf), goLives: b._count.entries }));
}

export async function loadBaseline(actor: Actor | null, key: string): Promise<Baseline | null> {
  assertCan(actor, "rollout.read");
  const b = await getDb().baseline.findUnique({
    where: { key },
    select: {
      key: true,
      name: true,
      takenAsOf: true,
      entries: { select: { goLiveId: true, planId: true, plannedOn: true, plannedPrecision: true, plannedLabel: true, status: true, plansMade: true } },
    },
  });
  if (!b) return null;
  return {
    key: b.key,
    name: b.name,
    takenAsOf: isoFromDbDate(b.takenAsOf),
    plans: b.entries.map((e) => ({
      goLiveId: e.goLiveId,
      planId: e.planId,
      planned: e.plannedOn ? { date: isoFromDbDate(e.plannedOn), precision: e.plannedPrecision ?? "DAY" } : null,
      plannedLabel: e.plannedLabel,
      status: e.status as Status,
      plansMade: e.plansMade,
    })),
  };
}

/** The baselines any page can offer without one being taken (baselinesBeforeHalts), read from the programme's halts only. */
export async function loadDerivedBaselines(actor: Actor | null): Promise<DerivedBaseline[]> {
  assertCan(actor, "rollout.read");
  return baselinesBeforeHalts(await readDecisionRows(getDb(), { kind: "HALT", scope: "ALL_LONDON" }));
}

/** What a "compare with a baseline" form offers: the baselines kept and the record before each halt. */
export interface BaselineChoices {
  baselines: BaselineSummary[];
  derived: DerivedBaseline[];
}

export async function loadBaselineChoices(actor: Actor | null): Promise<BaselineChoices> {
  const [baselines, derived] = await Promise.all([listBaselines(actor), loadDerivedBaselines(actor)]);
  return { baselines, derived };
}

export type ComparisonResult =
  | {
      /** the rows of the page asked for; the slipped and re-plan counts are of every go-live */
      comparison: Comparison;
      /** every go-live compared */
      total: number;
      page: number;
      pageCount: number;
    }
  | { notFound: true };

/** How many plans each go-live had made by the date, as the view reads it (a baseline's `plansMade`). */
async function plansMadeBy(view: View, db: Reader): Promise<Map<number, number>> {
  const rows = await db.$queryRaw<{ goLiveId: number; made: number }[]>`
    SELECT p."goLiveId", count(*)::int AS made FROM "GoLivePlan" p WHERE ${planCountedOnSql(view.asOf, view.hindsight)} GROUP BY p."goLiveId"`;
  return new Map(rows.map((r) => [r.goLiveId, r.made]));
}

/** The plans made after the baseline (beyond its `plansMade`) that the record on the date counts, over every rollout go-live. */
async function replansSince(baseline: Baseline, view: View): Promise<number> {
  const ids = baseline.plans.map((p) => p.goLiveId);
  const made = baseline.plans.map((p) => p.plansMade);
  const [row] = await getDb().$queryRaw<{ replans: number }[]>`
    SELECT count(*)::int AS replans FROM "GoLivePlan" p
      JOIN "GoLive" g ON g.id = p."goLiveId" JOIN "Trust" t ON t.id = g."trustId" AND t."isRolloutTarget"
      LEFT JOIN unnest(${ids}::int[], ${made}::int[]) AS b("goLiveId", made) ON b."goLiveId" = p."goLiveId"
    WHERE ${planCountedOnSql(view.asOf, view.hindsight)} AND p.sequence > COALESCE(b.made, 0)`;
  return row?.replans ?? 0;
}

/**
 * Every rollout go-live's plan as the record stood on the view's date (baselineFromRecord), read from
 * the plans a row states (FactScope.rowsOn) and each go-live's count of plans made by then. `db` is a
 * transaction's client when a baseline is taken, so that what is kept is what this read saw.
 */
export async function baselineOnRecord(actor: Actor | null, view: View, name: string, db: Reader = getDb()): Promise<Baseline> {
  const goLiveIds = (await db.goLive.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((g) => g.id);
  const [facts, made] = await readAll(db, [() => loadRecord(actor, view, db, { goLiveIds, rowsOn: view }), () => plansMadeBy(view, db)]);
  const fromRecord = baselineFromRecord(facts, view.asOf, name);
  return { ...fromRecord, plans: fromRecord.plans.map((p) => ({ ...p, plansMade: made.get(p.goLiveId) ?? 0 })) };
}

/**
 * The record on `asOf` against a stored baseline, or against the record on another date, a page of
 * go-lives at a time. Each side is read as the record stood on its own date (or both with hindsight:
 * lib/domain/knowledge.ts). Every go-live's slip reads only the plans a row states (FactScope.rowsOn):
 * whether it slipped does not depend on the re-plans between (a plan compared with one of the same
 * start never slipped). The re-plans are counted in SQL, and listed with their sources for the page's
 * go-lives only, from their whole history.
 */
export async function loadComparison(actor: Actor | null, query: ComparisonQuery): Promise<ComparisonResult> {
  return readKept(actor, "rollout.read", "comparison", { max: 16 }, query, () => readComparison(actor, query));
}

type ComparisonQuery = { baseline?: string; on?: string; asOf: string; hindsight?: boolean; page?: number };

/** The baseline a comparison is with: a stored one by its key, or the record on a date. */
async function readComparedBaseline(actor: Actor | null, query: ComparisonQuery): Promise<Baseline | null> {
  if (query.baseline) return loadBaseline(actor, query.baseline);
  const derived = await loadDerivedBaselines(actor);
  return baselineOnRecord(
    actor,
    { asOf: query.on!, hindsight: query.hindsight ?? false },
    derived.find((d) => d.on === query.on)?.name ?? `The record on ${query.on}`,
  );
}

/**
 * Every go-live compared, for the export (lib/exports/definitions/baseline-comparison.ts): the rows of every page of
 * loadComparison, each read as the pages read them, without the re-plans each page lists.
 */
export async function loadWholeComparison(actor: Actor | null, query: Omit<ComparisonQuery, "page">): Promise<{ notFound: true } | { comparison: Comparison }> {
  return readKept(actor, "rollout.read", "comparison-whole", { max: 8 }, query, async () => {
    const view = { asOf: query.asOf, hindsight: query.hindsight ?? false };
    const db = getDb();
    const goLiveIds = (await db.goLive.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((g) => g.id);
    const [baseline, now] = await Promise.all([readComparedBaseline(actor, query), loadRecord(actor, view, db, { goLiveIds, rowsOn: view })]);
    if (!baseline) return { notFound: true as const };
    return { comparison: compareWithBaseline(now, baseline, query.asOf) };
  });
}

async function readComparison(actor: Actor | null, query: ComparisonQuery): Promise<ComparisonResult> {
  const db = getDb();
  const hindsight = query.hindsight ?? false;
  const view = { asOf: query.asOf, hindsight };
  const goLiveIds = (await db.goLive.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((g) => g.id);
  // The two sides are read side by side; the re-plans since and the page's history once the baseline is known.
  const [baseline, now] = await Promise.all([readComparedBaseline(actor, query), loadRecord(actor, view, db, { goLiveIds, rowsOn: view })]);
  if (!baseline) return { notFound: true };
  // Every go-live's row, but for its re-plans (which only the page's rows list).
  const all = compareWithBaseline(now, baseline, query.asOf);
  const { page, pageCount } = pageWithin(all.rows.length, query.page ?? 1);
  const pageIds = all.rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((r) => r.goLiveId);
  const [replans, shown] = await Promise.all([
    replansSince(baseline, view),
    pageIds.length > 0 ? loadRecord(actor, view, db, { goLiveIds: pageIds }).then((facts) => compareWithBaseline(facts, baseline, query.asOf).rows) : [],
  ]);
  return { comparison: { ...all, rows: shown, replans }, total: all.rows.length, page, pageCount };
}
