// The record as the board's whole-programme rules read it (the promises ledger, decision 019; the exceptions,
// decision 020): every go-live with every plan and go-live, their knowledge dates worked out in SQL by the same rule
// as lib/domain/knowledge.ts (knownFromSql), and the decisions that can stop a go-live; but none of the sources,
// reasons and notes a page of rows shows, which at national scale are most of what readRolloutFacts reads (200,000
// plans' source links). A page adds the sources of the rows it shows (planSources).
import { Prisma } from "../generated/prisma/client";
import { DECISION_KNOWN_FROM_SQL as DECISION_KNOWN, factKnownFromSql, PLAN_KNOWN_FROM_SQL as PLAN_KNOWN } from "../exports/filters";
import { isoFromDbDate, type Precision } from "../domain/dates";
import type { MakerKind } from "../domain/makers";
import type { Certainty } from "../domain/certainty";
import type { DecisionRecord, GoLiveRecord, RolloutFacts, SourceRef } from "../domain/rollout";
import type { DecisionKind } from "../domain/status";
import { readDecisionRows, readTrusts, toSourceRef, type Reader } from "./facts";
import { readAll } from "../db/reads";

const ACTUAL_KNOWN = factKnownFromSql("a", "_GoLiveActualToSource");
const GO_LIVE_KNOWN = factKnownFromSql("g", "_GoLiveToSource", null);

/** A database client that can run the lean record's text queries: the app's, or a change's transaction. */
export type LeanReader = Reader & Pick<Prisma.TransactionClient, "$queryRawUnsafe">;
/** Runs a query's text with its values: through the export pool where there is one (plain rows, no ORM), else Prisma. */
export type RowsOf = (sql: string, values: unknown[]) => Promise<Record<string, unknown>[]>;

const dayOf = (v: unknown): string | null => (v === null || v === undefined ? null : v instanceof Date ? isoFromDbDate(v) : String(v).slice(0, 10));

/**
 * Every go-live (or those named) with its plans and go-lives, and the halts, withdrawals, postponements and dated
 * commitments. `rows`: how to run the big queries (the export pool's plain rows where there is one); by default the
 * client given, so that a change reads inside its own transaction.
 */
export async function readLeanRecord(db: LeanReader, goLiveIds?: readonly number[], rows?: RowsOf): Promise<RolloutFacts> {
  const run: RowsOf = rows ?? ((sql, values) => db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...values));
  const ids = goLiveIds ? [[...goLiveIds]] : [];
  const only = goLiveIds ? `WHERE g.id = ANY($1::int[])` : "";
  const [trusts, goLives, plans, actuals, stopping, committed] = await readAll(db, [
    () => readTrusts(db),
    () =>
      run(`SELECT g.id, g."trustId", g.scope, g.certainty, ${GO_LIVE_KNOWN} AS known FROM "GoLive" g ${only} ORDER BY g.id`, ids) as Promise<
        { id: number; trustId: number; scope: string; certainty: Certainty; known: unknown }[]
      >,
    () =>
      run(
        `SELECT p.id, p."goLiveId", p.sequence, p."plannedOn", p."plannedPrecision", p."plannedLabel", p."announcedOn", p."announcedPrecision", p."madeBy", p."madeByKind", p.certainty,
        ${PLAN_KNOWN} AS known
      FROM "GoLivePlan" p JOIN "GoLive" g ON g.id = p."goLiveId" ${only} ORDER BY p."goLiveId", p.sequence`,
        ids,
      ) as Promise<
        {
          id: number;
          goLiveId: number;
          sequence: number;
          plannedOn: unknown;
          plannedPrecision: Precision | null;
          plannedLabel: string | null;
          announcedOn: unknown;
          announcedPrecision: Precision | null;
          madeBy: string | null;
          madeByKind: MakerKind | null;
          certainty: Certainty;
          known: unknown;
        }[]
      >,
    () =>
      run(
        `SELECT a.id, a."goLiveId", a."wentLiveOn", a.precision, a.certainty, a."supersededAt"::date AS "supersededOn",
        CASE WHEN EXISTS (SELECT 1 FROM "GoLiveActual" s WHERE s."supersededById" = a.id) THEN a."createdAt"::date END AS "correctsFrom",
        ${ACTUAL_KNOWN} AS known
      FROM "GoLiveActual" a JOIN "GoLive" g ON g.id = a."goLiveId" ${only} ORDER BY a."goLiveId", a."wentLiveOn"`,
        ids,
      ) as Promise<
        {
          id: number;
          goLiveId: number;
          wentLiveOn: unknown;
          precision: Precision;
          certainty: Certainty;
          supersededOn: unknown;
          correctsFrom: unknown;
          known: unknown;
        }[]
      >,
    () =>
      run(
        `SELECT d.id, d.key, d.kind, d.title, d."decidedOn", d."decidedPrecision", d."reportedOn", d.scope, d."liftsId", d.body, d.certainty, ${DECISION_KNOWN} AS known,
        ARRAY(SELECT dt."B" FROM "_DecisionTrusts" dt WHERE dt."A" = d.id ORDER BY dt."B") AS "trustIds"
      FROM "Decision" d WHERE d.kind IN ('HALT', 'WITHDRAW', 'POSTPONE') AND d.commitment IS NULL ORDER BY d."decidedOn" DESC, d.id DESC`,
        [],
      ) as Promise<
        {
          id: number;
          key: string;
          kind: DecisionKind;
          title: string;
          decidedOn: unknown;
          decidedPrecision: Precision;
          reportedOn: unknown;
          scope: "ALL_LONDON" | "NAMED_TRUSTS";
          liftsId: number | null;
          body: string;
          certainty: Certainty;
          known: unknown;
          trustIds: number[];
        }[]
      >,
    () => readDecisionRows(db, { commitment: { not: null } }),
  ]);
  const partial = (date: unknown, precision: Precision | null) => {
    const d = dayOf(date);
    return d ? { date: d, precision: precision ?? "DAY" } : null;
  };
  const plansOf = new Map<number, GoLiveRecord["plans"]>();
  for (const p of plans) {
    const knownFrom = dayOf(p.known);
    const list = plansOf.get(p.goLiveId) ?? [];
    list.push({
      id: p.id,
      sequence: p.sequence,
      planned: partial(p.plannedOn, p.plannedPrecision),
      plannedLabel: p.plannedLabel,
      announced: partial(p.announcedOn, p.announcedPrecision),
      reason: null,
      madeBy: p.madeBy,
      madeByKind: p.madeByKind,
      certainty: p.certainty,
      certaintyNote: null,
      sources: [],
      knownFrom,
      becameKnown: knownFrom,
    });
    plansOf.set(p.goLiveId, list);
  }
  const actualsOf = new Map<number, GoLiveRecord["actuals"]>();
  for (const a of actuals) {
    const knownFrom = dayOf(a.known);
    const list = actualsOf.get(a.goLiveId) ?? [];
    list.push({
      id: a.id,
      wentLive: { date: dayOf(a.wentLiveOn)!, precision: a.precision },
      note: null,
      overrideReason: null,
      certainty: a.certainty,
      certaintyNote: null,
      sourceNames: [],
      sources: [],
      supersededOn: dayOf(a.supersededOn),
      correctsFrom: dayOf(a.correctsFrom),
      knownFrom,
      becameKnown: knownFrom,
    });
    actualsOf.set(a.goLiveId, list);
  }
  const decisions: DecisionRecord[] = [
    ...stopping.map((d): DecisionRecord => {
      const knownFrom = dayOf(d.known);
      return {
        id: d.id,
        key: d.key,
        kind: d.kind,
        title: d.title,
        decided: { date: dayOf(d.decidedOn)!, precision: d.decidedPrecision },
        reportedOn: dayOf(d.reportedOn),
        scope: d.scope,
        trustIds: d.trustIds,
        liftsId: d.liftsId,
        body: d.body,
        commitment: null,
        rationale: null,
        certainty: d.certainty,
        certaintyNote: null,
        trustNames: [],
        liftsTitle: null,
        sources: [],
        knownFrom,
        becameKnown: knownFrom,
      };
    }),
    ...committed,
  ];
  return {
    trusts,
    goLives: goLives.map((g) => {
      const knownFrom = dayOf(g.known);
      return {
        id: g.id,
        trustId: g.trustId,
        scope: g.scope,
        configuration: null,
        certainty: g.certainty,
        certaintyNote: null,
        notes: null,
        sources: [],
        knownFrom,
        plans: plansOf.get(g.id) ?? [],
        actuals: actualsOf.get(g.id) ?? [],
      };
    }),
    decisions,
  };
}

/** The sources of these plans, by plan id, oldest first: for the rows a page or an export shows. */
export async function planSources(db: Reader, planIds: readonly number[]): Promise<Map<number, SourceRef[]>> {
  if (planIds.length === 0) return new Map();
  const rows = await db.$queryRaw<
    { plan: number; key: string; title: string; publisher: string; publishedOn: Date | null; publishedPrecision: Precision | null; url: string | null }[]
  >`
    SELECT l."A" AS plan, s.key, s.title, s.publisher, s."publishedOn", s."publishedPrecision", s.url
    FROM "_GoLivePlanToSource" l JOIN "Source" s ON s.id = l."B" WHERE l."A" = ANY(${[...planIds]}::int[])
    ORDER BY l."A", s."publishedOn" ASC NULLS FIRST, s.id`;
  const byPlan = new Map<number, SourceRef[]>();
  for (const r of rows) byPlan.set(r.plan, [...(byPlan.get(r.plan) ?? []), toSourceRef(r)]);
  return byPlan;
}
