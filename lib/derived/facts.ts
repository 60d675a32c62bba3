// The rollout's facts read from the database as the pure rules take them (lib/domain): the whole
// record, or only what some go-lives need (their trusts, plans, go-lives, the decisions that can
// cover them, their problems). No session here: lib/data checks who may read, and the derived
// tables (lib/derived/status-spans.ts) read through the same functions inside a change's transaction.
import { Prisma } from "../generated/prisma/client";
import { certainFromSql, PLAN_ANNOUNCED_SQL as ANNOUNCED, PLAN_KNOWN_FROM_SQL as PLAN_KNOWN } from "../exports/filters";
import { isoFromDbDate, todayIso, type PartialDate, type Precision } from "../domain/dates";
import { knownFromOf } from "../domain/knowledge";
import type { ProblemFact } from "../domain/rag";
import type { DecisionCommitment } from "../domain/promises";
import type { DecisionRecord, GoLiveRecord, RolloutFacts, SourceRef, TrustInfo } from "../domain/rollout";
import { datedSource, knownSelect, rowKnowledge } from "./knowledge";
import { readAll } from "../db/reads";

const sourceSelect = { key: true, title: true, publisher: true, publishedOn: true, publishedPrecision: true, url: true } as const;
/** A fact's sources as the pages list them: oldest first. */
export const sourcesRelation = { select: sourceSelect, orderBy: { publishedOn: "asc" } } as const;

/** The app's client, or a transaction's (a change that reads the record in the transaction it writes in). */
export type Reader = Pick<Prisma.TransactionClient, "trust" | "goLive" | "decision" | "source" | "problem" | "$queryRaw">;

/** Which go-lives to read (and which trusts besides theirs); absent, the whole record. */
export interface FactScope {
  goLiveIds: readonly number[];
  trustIds?: readonly number[];
  /**
   * Only what an overview row reads on this view's date (lib/domain/rollout.ts buildOverviewRows):
   * of each go-live's plans known then, the first dated, the latest and the latest dated (the status,
   * slip, rating and cited sources read no other), and of the decisions those the status rules apply
   * (halts, withdrawals and lifts). The rows come out the same; `knownPlans` holds those plans only.
   */
  rowsOn?: {
    asOf: string;
    hindsight: boolean;
    /** false: leave out the plans an overview row reads (a cost reads no other plan) */
    rows?: boolean;
    /**
     * What a decision's cost reads besides (lib/domain/decision-cost.ts): for each halt, withdrawal and
     * postponement that can cover a go-live, the latest dated plan known on the day it took effect (its
     * "plan when it took effect"), the latest dated plan known on the date and one plan of the record
     * (whether it has any); and the postponements among the decisions
     */
    forCosts?: boolean;
    /** with forCosts: the latest dated plan known on these days too (the what-if's moved date) */
    alsoOn?: readonly string[];
    /** the plans a board pack lists as changed after this day and by `asOf` (lib/domain/board-pack.ts) */
    changedSince?: string;
    /** every decision of every kind */
    allDecisions?: boolean;
  };
}

/**
 * A plan `p` the status rules count on the day in the view, in SQL: in the record as the view reads it
 * (readRecord: as it stood, known by the day) and announced by then (isPlanKnownOn).
 */
export function planCountedOnSql(on: string, hindsight: boolean): Prisma.Sql {
  return Prisma.sql`(${hindsight} OR ${Prisma.raw(PLAN_KNOWN)} <= ${on}::date) AND (p."announcedOn" IS NULL OR ${Prisma.raw(ANNOUNCED)} <= ${on}::date)`;
}

/** The plans an overview row reads on the date, of these go-lives (see FactScope.rowsOn). */
async function rowPlanIds(db: Reader, goLiveIds: readonly number[], view: { asOf: string; hindsight: boolean }): Promise<number[]> {
  // In the record as the view reads it (readRecord: as it stood, known by the date); of those, the
  // status rules read the ones announced by then (isPlanKnownOn). One plan of the record is kept
  // besides, whatever its announcement: whether a go-live has any plan at all decides whether an
  // all-London halt covers it (decisionCovers).
  const rows = await db.$queryRaw<{ id: number }[]>`SELECT k.id FROM (
      SELECT p.id, p."plannedOn" IS NOT NULL AS dated, a.announced,
        row_number() OVER (PARTITION BY p."goLiveId" ORDER BY p.sequence) AS in_record,
        row_number() OVER (PARTITION BY p."goLiveId", a.announced ORDER BY p.sequence DESC) AS from_last,
        row_number() OVER (PARTITION BY p."goLiveId", a.announced, p."plannedOn" IS NOT NULL ORDER BY p.sequence ASC) AS from_first_alike,
        row_number() OVER (PARTITION BY p."goLiveId", a.announced, p."plannedOn" IS NOT NULL ORDER BY p.sequence DESC) AS from_last_alike
      FROM "GoLivePlan" p
      CROSS JOIN LATERAL (SELECT (p."announcedOn" IS NULL OR ${Prisma.raw(ANNOUNCED)} <= ${view.asOf}::date) AS announced) a
      WHERE p."goLiveId" = ANY(${[...goLiveIds]}::int[])
        AND (${view.hindsight} OR ${Prisma.raw(PLAN_KNOWN)} <= ${view.asOf}::date)
    ) k
    WHERE k.in_record = 1 OR (k.announced AND (k.from_last = 1 OR (k.dated AND (k.from_first_alike = 1 OR k.from_last_alike = 1))))`;
  return rows.map((r) => r.id);
}

const DECIDED = certainFromSql(`d."decidedOn"`, `d."decidedPrecision"`);
/** decisionEffectiveFrom (lib/domain/status.ts) in SQL, for a decision `d`: the end of the decided period, or the day it was reported if earlier. */
export const DECISION_EFFECTIVE_SQL = `LEAST(COALESCE(d."reportedOn", ${DECIDED}), ${DECIDED})`;

/**
 * Of these go-lives' plans in the record as the view reads it: the first, and the latest dated one
 * known on the view's date and on the day each halt, withdrawal or postponement that can cover the
 * go-live took effect (isPlanKnownOn: a plan with no announcement counts from the start). That is the
 * later of two: the latest dated plan with no announcement, the same for every day (one probe per
 * go-live), and the latest dated plan announced by that day (one date-ordered pass per go-live). A plan
 * announced by the day is in the record as it stood on any later date, and a decision not yet in force
 * adds a plan the rules then do not read: any plan of the record may be read besides.
 */
async function holdStartPlanIds(
  db: Reader,
  goLiveIds: readonly number[],
  view: { asOf: string; hindsight: boolean; alsoOn?: readonly string[] },
): Promise<number[]> {
  const ids = [...goLiveIds];
  const [announced, unannounced, first] = await readAll(db, [
    // One pass in date order per go-live: each decision's day takes the highest sequence among the dated
    // plans announced by then (a plan announced on the day comes first), instead of a probe per decision.
    () => db.$queryRaw<{ id: number }[]>`WITH holds AS (
        SELECT d.id, d.scope, ${Prisma.raw(DECISION_EFFECTIVE_SQL)} AS starts FROM "Decision" d WHERE d.kind IN ('HALT', 'WITHDRAW', 'POSTPONE')
      ), pairs AS (
        SELECT g.id AS "goLiveId", h.starts FROM holds h JOIN "_DecisionTrusts" dt ON dt."A" = h.id JOIN "GoLive" g ON g."trustId" = dt."B"
          WHERE h.scope = 'NAMED_TRUSTS' AND g.id = ANY(${ids}::int[])
        UNION
        SELECT g.id, h.starts FROM holds h CROSS JOIN "GoLive" g WHERE h.scope = 'ALL_LONDON' AND g.id = ANY(${ids}::int[])
        UNION
        SELECT g.id, x.day FROM unnest(${ids}::int[]) AS g(id) CROSS JOIN unnest(${[view.asOf, ...(view.alsoOn ?? [])]}::text[]::date[]) AS x(day)
      ), steps AS (
        SELECT u."goLiveId", u.hold, max(u.sequence) OVER (PARTITION BY u."goLiveId" ORDER BY u.at, u.hold ROWS UNBOUNDED PRECEDING) AS best
        FROM (
          SELECT p."goLiveId", ${Prisma.raw(ANNOUNCED)} AS at, false AS hold, p.sequence FROM "GoLivePlan" p
            WHERE p."goLiveId" = ANY(${ids}::int[]) AND p."plannedOn" IS NOT NULL AND p."announcedOn" IS NOT NULL
          UNION ALL
          SELECT pairs."goLiveId", pairs.starts, true, NULL FROM pairs
        ) u
      )
      SELECT p.id FROM (SELECT DISTINCT "goLiveId", best FROM steps WHERE hold AND best IS NOT NULL) b
        JOIN "GoLivePlan" p ON p."goLiveId" = b."goLiveId" AND p.sequence = b.best`,
    () => db.$queryRaw<{ id: number }[]>`SELECT x.id FROM unnest(${ids}::int[]) AS g(id) CROSS JOIN LATERAL (
        SELECT p.id FROM "GoLivePlan" p
        WHERE p."goLiveId" = g.id AND p."plannedOn" IS NOT NULL AND p."announcedOn" IS NULL AND (${view.hindsight} OR ${Prisma.raw(PLAN_KNOWN)} <= ${view.asOf}::date)
        ORDER BY p.sequence DESC LIMIT 1) x`,
    () => db.$queryRaw<{ id: number }[]>`SELECT x.id FROM unnest(${ids}::int[]) AS g(id) CROSS JOIN LATERAL (
        SELECT p.id FROM "GoLivePlan" p WHERE p."goLiveId" = g.id AND (${view.hindsight} OR ${Prisma.raw(PLAN_KNOWN)} <= ${view.asOf}::date)
        ORDER BY p.sequence LIMIT 1) x`,
  ]);
  return [...announced, ...unannounced, ...first].map((r) => r.id);
}

/**
 * The plans a board pack for the meeting on `asOf` lists as changed after `since` (buildBoardPack):
 * as it stood, from the later of its announcement and the day it became known, or (no announcement)
 * from the day it became known; with hindsight, from its announcement (unannounced plans are not listed).
 */
async function changedPlanIds(db: Reader, goLiveIds: readonly number[], view: { asOf: string; hindsight: boolean; since: string }): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`SELECT c.id FROM (
      SELECT p.id, CASE
          WHEN p."announcedOn" IS NOT NULL AND ${view.hindsight} THEN ${Prisma.raw(ANNOUNCED)}
          WHEN p."announcedOn" IS NOT NULL THEN GREATEST(${Prisma.raw(ANNOUNCED)}, ${Prisma.raw(PLAN_KNOWN)})
          WHEN ${view.hindsight} THEN NULL
          ELSE ${Prisma.raw(PLAN_KNOWN)} END AS at
      FROM "GoLivePlan" p WHERE p."goLiveId" = ANY(${[...goLiveIds]}::int[])
    ) c WHERE c.at > ${view.since}::date AND c.at <= ${view.asOf}::date`;
  return rows.map((r) => r.id);
}

type SourceRow = { key: string; title: string; publisher: string; publishedOn: Date | null; publishedPrecision: Precision | null; url: string | null };

export function toSourceRef(s: SourceRow): SourceRef {
  return {
    key: s.key,
    title: s.title,
    publisher: s.publisher,
    published: s.publishedOn ? { date: isoFromDbDate(s.publishedOn), precision: s.publishedPrecision ?? "DAY" } : null,
    url: s.url,
  };
}

export function toPartial(date: Date | null, precision: Precision | null): PartialDate | null {
  return date ? { date: isoFromDbDate(date), precision: precision ?? "DAY" } : null;
}

/** Trusts as the pages show them, by name. */
export async function readTrusts(db: Reader, where?: Prisma.TrustWhereInput): Promise<TrustInfo[]> {
  const rows = await db.trust.findMany({
    where,
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      shortName: true,
      odsCode: true,
      isRolloutTarget: true,
      notes: true,
      certainty: true,
      certaintyNote: true,
      sites: { select: { name: true }, orderBy: { name: "asc" } },
      sources: sourcesRelation,
    },
  });
  return rows.map((t) => ({ ...t, sites: t.sites.map((s) => s.name), sources: t.sources.map(toSourceRef) }));
}

/** The facts the status rules need: of the whole record, or of the go-lives in `scope` only. */
export async function readRolloutFacts(db: Reader, scope?: FactScope): Promise<RolloutFacts> {
  const goLiveIds = scope ? [...scope.goLiveIds] : null;
  const trustIds = goLiveIds
    ? [
        ...new Set([
          ...(scope?.trustIds ?? []),
          ...(await db.goLive.findMany({ where: { id: { in: goLiveIds } }, select: { trustId: true } })).map((g) => g.trustId),
        ]),
      ]
    : null;
  const planIds = goLiveIds && scope?.rowsOn ? (scope.rowsOn.rows === false ? [] : await rowPlanIds(db, goLiveIds, scope.rowsOn)) : null;
  if (planIds && goLiveIds && scope?.rowsOn?.forCosts) planIds.push(...(await holdStartPlanIds(db, goLiveIds, scope.rowsOn)));
  if (planIds && goLiveIds && scope?.rowsOn?.changedSince !== undefined) {
    planIds.push(...(await changedPlanIds(db, goLiveIds, { ...scope.rowsOn, since: scope.rowsOn.changedSince })));
  }
  // A cost is listed for every halt, withdrawal, postponement and resume, whichever trusts it names.
  const trustDecisions: Prisma.DecisionWhereInput | undefined =
    trustIds && !scope?.rowsOn?.forCosts && !scope?.rowsOn?.allDecisions
      ? { OR: [{ scope: "ALL_LONDON" }, { trusts: { some: { id: { in: trustIds } } } }] }
      : undefined;
  const statusDecisions: Prisma.DecisionWhereInput = {
    OR: [{ kind: { in: scope?.rowsOn?.forCosts ? ["HALT", "WITHDRAW", "POSTPONE"] : ["HALT", "WITHDRAW"] } }, { liftsId: { not: null } }],
  };
  const [trustRows, goLiveRows, decisionRows, planSources] = await readAll(db, [
    () => readTrusts(db, trustIds ? { id: { in: trustIds } } : undefined),
    () =>
      db.goLive.findMany({
        where: goLiveIds ? { id: { in: goLiveIds } } : undefined,
        orderBy: { id: "asc" },
        select: {
          id: true,
          trustId: true,
          scope: true,
          notes: true,
          certainty: true,
          certaintyNote: true,
          createdAt: true,
          configuration: { select: { code: true, name: true } },
          sources: sourcesRelation,
          plans: {
            where: planIds ? { id: { in: planIds } } : undefined,
            orderBy: { sequence: "asc" },
            select: {
              id: true,
              sequence: true,
              plannedOn: true,
              plannedPrecision: true,
              plannedLabel: true,
              announcedOn: true,
              announcedPrecision: true,
              reason: true,
              madeBy: true,
              madeByKind: true,
              certainty: true,
              certaintyNote: true,
              createdAt: true,
            },
          },
          actuals: {
            orderBy: { wentLiveOn: "asc" },
            select: {
              id: true,
              wentLiveOn: true,
              precision: true,
              note: true,
              overrideReason: true,
              certainty: true,
              certaintyNote: true,
              supersededAt: true,
              createdAt: true,
              knownOn: true,
              knownPrecision: true,
              _count: { select: { supersedes: true } },
              sources: sourcesRelation,
            },
          },
        },
      }),
    () =>
      readDecisionRows(
        db,
        scope?.rowsOn && !scope.rowsOn.allDecisions ? { AND: [...(trustDecisions ? [trustDecisions] : []), statusDecisions] } : trustDecisions,
      ),
    () => readPlanSources(db, goLiveIds, planIds),
  ]);

  const trusts = trustRows;
  const goLives: GoLiveRecord[] = goLiveRows.map((g) => ({
    id: g.id,
    trustId: g.trustId,
    scope: g.scope,
    notes: g.notes,
    certainty: g.certainty,
    certaintyNote: g.certaintyNote,
    configuration: g.configuration,
    sources: g.sources.map(toSourceRef),
    knownFrom: knownFromOf({ known: null, sources: g.sources.map(toSourceRef), recordedOn: todayIso(g.createdAt) }),
    plans: g.plans.map((p) => {
      const announced = toPartial(p.announcedOn, p.announcedPrecision);
      const sources = planSources.get(p.id) ?? [];
      const knownFrom = knownFromOf({ known: announced, sources, recordedOn: todayIso(p.createdAt) });
      return {
        id: p.id,
        sequence: p.sequence,
        planned: toPartial(p.plannedOn, p.plannedPrecision),
        plannedLabel: p.plannedLabel,
        announced,
        reason: p.reason,
        madeBy: p.madeBy,
        madeByKind: p.madeByKind,
        certainty: p.certainty,
        certaintyNote: p.certaintyNote,
        sources,
        knownFrom,
        becameKnown: knownFrom,
      };
    }),
    actuals: g.actuals.map((a) => {
      const sources = a.sources.map(toSourceRef);
      const knownFrom = knownFromOf({ known: toPartial(a.knownOn, a.knownPrecision), sources, recordedOn: todayIso(a.createdAt) });
      return {
        id: a.id,
        wentLive: { date: isoFromDbDate(a.wentLiveOn), precision: a.precision },
        note: a.note,
        overrideReason: a.overrideReason,
        certainty: a.certainty,
        certaintyNote: a.certaintyNote,
        sourceNames: a.sources.map((s) => s.publisher),
        sources,
        supersededOn: a.supersededAt ? todayIso(a.supersededAt) : null,
        correctsFrom: a._count.supersedes > 0 ? todayIso(a.createdAt) : null,
        knownFrom,
        becameKnown: knownFrom,
      };
    }),
  }));
  return { trusts, goLives, decisions: decisionRows };
}

/**
 * Each plan's sources, read from the link table in one pass. A nested Prisma load would send every
 * plan's id as a parameter, which at national scale (200,000 plans) passes PostgreSQL's limit.
 */
async function readPlanSources(db: Reader, goLiveIds: number[] | null, planIds: number[] | null = null): Promise<Map<number, SourceRef[]>> {
  const links = planIds
    ? await db.$queryRaw<
        { plan: number; source: number }[]
      >`SELECT l."A" AS plan, l."B" AS source FROM "_GoLivePlanToSource" l WHERE l."A" = ANY(${planIds}::int[])`
    : goLiveIds
      ? await db.$queryRaw<
          { plan: number; source: number }[]
        >`SELECT l."A" AS plan, l."B" AS source FROM "_GoLivePlanToSource" l JOIN "GoLivePlan" p ON p.id = l."A" WHERE p."goLiveId" = ANY(${goLiveIds}::int[])`
      : await db.$queryRaw<{ plan: number; source: number }[]>`SELECT "A" AS plan, "B" AS source FROM "_GoLivePlanToSource"`;
  const sourceIds = goLiveIds ? [...new Set(links.map((l) => l.source))] : null;
  const sources = await db.source.findMany({ where: sourceIds ? { id: { in: sourceIds } } : undefined, select: { id: true, ...sourceSelect } });
  const byId = new Map(sources.map((s) => [s.id, toSourceRef(s)]));
  const byPlan = new Map<number, SourceRef[]>();
  for (const link of links) {
    const source = byId.get(link.source);
    if (!source) continue;
    const list = byPlan.get(link.plan) ?? [];
    list.push(source);
    byPlan.set(link.plan, list);
  }
  for (const list of byPlan.values()) list.sort((a, b) => (a.published?.date ?? "").localeCompare(b.published?.date ?? ""));
  return byPlan;
}

/** A decision's own fields, as the record's reads and the audit row of a recorded decision hold them. */
export const decisionFields = {
  id: true,
  key: true,
  kind: true,
  title: true,
  decidedOn: true,
  decidedPrecision: true,
  reportedOn: true,
  body: true,
  scope: true,
  rationale: true,
  certainty: true,
  certaintyNote: true,
} as const;

export async function readDecisionRows(db: Reader, where?: Prisma.DecisionWhereInput): Promise<DecisionRecord[]> {
  const rows = await db.decision.findMany({
    where,
    orderBy: [{ decidedOn: "desc" }, { id: "desc" }],
    select: {
      ...decisionFields,
      liftsId: true,
      createdAt: true,
      commitment: true,
      commitmentDueOn: true,
      commitmentDuePrecision: true,
      commitmentDueLabel: true,
      commitmentByKind: true,
      commitmentMetOn: true,
      commitmentMetPrecision: true,
      commitmentMetNote: true,
      lifts: { select: { title: true } },
      trusts: { select: { id: true, name: true }, orderBy: { name: "asc" } },
      sources: sourcesRelation,
    },
  });
  return rows.map((d) => {
    const sources = d.sources.map(toSourceRef);
    const reportedOn = d.reportedOn ? isoFromDbDate(d.reportedOn) : null;
    const knownFrom = knownFromOf({ known: reportedOn, sources, recordedOn: todayIso(d.createdAt) });
    return {
      id: d.id,
      key: d.key,
      kind: d.kind,
      title: d.title,
      decided: { date: isoFromDbDate(d.decidedOn), precision: d.decidedPrecision },
      reportedOn,
      body: d.body,
      scope: d.scope,
      rationale: d.rationale,
      liftsId: d.liftsId,
      liftsTitle: d.lifts?.title ?? null,
      commitment: commitmentOf(d),
      certainty: d.certainty,
      certaintyNote: d.certaintyNote,
      trustIds: d.trusts.map((t) => t.id),
      trustNames: d.trusts.map((t) => t.name),
      sources,
      knownFrom,
      becameKnown: knownFrom,
    };
  });
}

/** A decision's dated commitment, when it has one with its due date (the database's check keeps them together). */
function commitmentOf(d: {
  commitment: string | null;
  commitmentDueOn: Date | null;
  commitmentDuePrecision: Precision | null;
  commitmentDueLabel: string | null;
  commitmentByKind: DecisionCommitment["byKind"];
  commitmentMetOn: Date | null;
  commitmentMetPrecision: Precision | null;
  commitmentMetNote: string | null;
}): DecisionCommitment | null {
  const due = toPartial(d.commitmentDueOn, d.commitmentDuePrecision);
  if (!d.commitment || !due) return null;
  return {
    what: d.commitment,
    due,
    dueLabel: d.commitmentDueLabel,
    byKind: d.commitmentByKind,
    met: toPartial(d.commitmentMetOn, d.commitmentMetPrecision),
    metNote: d.commitmentMetNote,
  };
}

/** What a problem fact is read from: its trust and go-live, when it was reported, what it was, and when it became known. */
export const PROBLEM_SELECT = {
  trustId: true,
  goLiveId: true,
  reportedOn: true,
  precision: true,
  description: true,
  ...knownSelect,
} as const;

/**
 * The problems of the go-lives in `scope` (their own, and those recorded against their trusts), or
 * of the whole record, as the rating takes them (lib/domain/rag.ts), read as it stood: each counts
 * from the day it became known (`asRead` turns it to hindsight).
 */
export async function readProblemFacts(db: Reader, scope?: FactScope): Promise<ProblemFact[]> {
  const goLiveIds = scope ? [...scope.goLiveIds] : null;
  const trustIds = goLiveIds
    ? [...new Set((await db.goLive.findMany({ where: { id: { in: goLiveIds } }, select: { trustId: true } })).map((g) => g.trustId))]
    : null;
  const rows = await db.problem.findMany({
    where: goLiveIds && trustIds ? { OR: [{ goLiveId: { in: goLiveIds } }, { goLiveId: null, trustId: { in: trustIds } }] } : undefined,
    orderBy: [{ reportedOn: "asc" }, { id: "asc" }],
    select: { ...PROBLEM_SELECT, sources: { select: { publishedOn: true, publishedPrecision: true } } },
  });
  return rows.map((p) => {
    const reported = { date: isoFromDbDate(p.reportedOn), precision: p.precision };
    return {
      trustId: p.trustId,
      goLiveId: p.goLiveId,
      reported,
      description: p.description,
      ...rowKnowledge(p, p.sources.map(datedSource), { own: reported }),
    };
  });
}
