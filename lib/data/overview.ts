import "server-only";
// The overview for a date: which go-lives it shows, their counts and the page of rows asked for
// come from the stored status spans (lib/derived/status-spans.ts), an indexed read for the date;
// only the go-lives on the page are then derived in full (their reasons, sources and rating) by the
// same rules. The page and the CSV and Excel exports all read this.
import { Prisma } from "../generated/prisma/client";
import { getDb } from "../db";
import type { ProblemFact } from "../domain/rag";
import { asRead, type View } from "../domain/knowledge";
import type { Certainty } from "../domain/certainty";
import { buildOverviewRows, statusDecisionsOn, type OverviewFilters, type OverviewRow } from "../domain/rollout";
import { STATUSES, type Status } from "../domain/status";
import { PAGE_SIZE, pageOf, type OverviewQuery } from "../validation/overview";
import { assertCan, type Actor } from "../auth/permissions";
import { organisationOn } from "../domain/organisations";
import { DECISION_EFFECTIVE_SQL, readProblemFacts, readDecisionRows, readTrusts } from "../derived/facts";
import { DECISION_KNOWN_FROM_SQL } from "../exports/filters";
import { spansOnSql } from "../derived/status-spans";
import { loadOrganisations } from "./organisations";
import { loadRecord } from "./rollout";
import { keptUntilTheRecordChanges } from "../server/record-cache";

/** Rows on a page of the overview. */
export const OVERVIEW_PAGE_SIZE = PAGE_SIZE;
/** Halts, resumes and withdrawals listed on the overview, newest first; the decision log has the rest. */
export const OVERVIEW_DECISIONS_SHOWN = 20;

type SpanRow = {
  goLiveId: number;
  status: Status;
  certainty: Certainty;
  trustName: string;
  scope: string;
  code: string | null;
  configurationName: string | null;
};

/** The go-lives the overview shows on the date, in the view, as the stored spans give them. */
function spansOn(asOf: string, hindsight: boolean, filters: OverviewFilters) {
  const conditions = [
    ...(filters.status ? [Prisma.sql`s.status = ${filters.status}::"RolloutStatus"`] : []),
    ...(filters.certainty ? [Prisma.sql`s.certainty = ${filters.certainty}::"Certainty"`] : []),
    ...(filters.configuration ? [Prisma.sql`upper(c.code) = ${filters.configuration}`] : []),
  ];
  return spansOnSql(asOf, hindsight, conditions);
}

/**
 * The overview as of a date, filtered as the URL asks: the counts and one page of rows (or, for the
 * exports, every row the filters keep).
 */
export async function getOverview(
  actor: Actor | null,
  query: Pick<OverviewQuery, "asOf" | "filters"> & { page?: number },
  options: { allRows?: boolean } = {},
) {
  assertCan(actor, "rollout.read");
  if (options.allRows) return readOverview(actor, query, options);
  const key = { asOf: query.asOf.asOf, hindsight: query.asOf.view.hindsight, filters: query.filters, page: query.page ?? 1 };
  return keptUntilTheRecordChanges("overview", { max: 64 }, key, () => readOverview(actor, query, options));
}

async function readOverview(actor: Actor | null, query: Pick<OverviewQuery, "asOf" | "filters"> & { page?: number }, options: { allRows?: boolean }) {
  const db = getDb();
  const view = query.asOf.view;
  const asOf = query.asOf.asOf;
  const hindsight = view.hindsight;
  const filtered = spansOn(asOf, hindsight, query.filters);

  const [light, byStatus, byConfiguration, configurations, decisions, organisations, otherTrusts] = await Promise.all([
    db.$queryRaw<SpanRow[]>`SELECT s."goLiveId", s.status, s.certainty, t.name AS "trustName", g.scope, c.code, c.name AS "configurationName" ${filtered}`,
    db.$queryRaw<{ status: Status; n: bigint }[]>`SELECT s.status, count(*) AS n ${filtered} GROUP BY s.status`,
    db.$queryRaw<
      { code: string | null; name: string | null; n: bigint }[]
    >`SELECT c.code, c.name, count(*) AS n ${filtered} GROUP BY c.code, c.name ORDER BY c.code`,
    db.$queryRaw<{ code: string; name: string }[]>`SELECT DISTINCT c.code, c.name ${spansOn(asOf, hindsight, {})} AND c.code IS NOT NULL ORDER BY c.code`,
    decisionsOn(asOf, hindsight),
    loadOrganisations(actor),
    readTrusts(db, { isRolloutTarget: false }),
  ]);

  // The order the rules give (trust name, then scope, as people read them), then one page of it.
  const ordered = light.sort((a, b) => a.trustName.localeCompare(b.trustName) || a.scope.localeCompare(b.scope));
  const { rows: shown, page, pageCount } = options.allRows ? { rows: ordered, page: 1, pageCount: 1 } : pageOf(ordered, query.page ?? 1);
  const rows = await rowsFor(
    actor,
    view,
    query.filters,
    shown.map((r) => r.goLiveId),
  );

  const statusCounts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const r of byStatus) statusCounts[r.status] = Number(r.n);
  return {
    asOf,
    rows,
    total: ordered.length,
    page,
    pageCount,
    pageSize: OVERVIEW_PAGE_SIZE,
    statusCounts,
    configurationCounts: byConfiguration.map((c) => ({ code: c.code ?? "NOT_KNOWN", name: c.name ?? "Not known", count: Number(c.n) })),
    configurations,
    decisions: decisions.items,
    decisionsTotal: decisions.total,
    hindsight,
    /** each trust as it stood on the date: its name then, and the trust it had become part of */
    organisationsOn: new Map(
      [...organisations.organisations.values()].map((o) => [o.id, organisationOn(o, organisations.changesByTrust.get(o.id) ?? [], asOf)] as const),
    ),
    otherTrusts,
  };
}

/** The rows of these go-lives, derived in full from their own facts, in the overview's order. */
async function rowsFor(actor: Actor | null, view: View, filters: OverviewFilters, goLiveIds: number[]): Promise<OverviewRow[]> {
  if (goLiveIds.length === 0) return [];
  const rows: OverviewRow[] = [];
  // The exports ask for every row: read their facts a few hundred go-lives at a time.
  for (let i = 0; i < goLiveIds.length; i += 200) {
    const scope = { goLiveIds: goLiveIds.slice(i, i + 200) };
    // Of each go-live's plans, only the ones a row reads (lib/derived/facts.ts, FactScope.rowsOn).
    const [facts, problems] = await Promise.all([loadRecord(actor, view, getDb(), { ...scope, rowsOn: view }), loadProblemFacts(actor, view, scope)]);
    rows.push(...buildOverviewRows(facts, view.asOf, filters, problems));
  }
  return rows;
}

/**
 * The halts, resumes and withdrawals that had taken effect by the date (and, as it stood, were
 * known by it), the newest OVERVIEW_DECISIONS_SHOWN of them, with the decisions that lifted them.
 */
async function decisionsOn(asOf: string, hindsight: boolean) {
  const db = getDb();
  const known = DECISION_KNOWN_FROM_SQL;
  const standing = Prisma.sql`(d.kind IN ('HALT', 'WITHDRAW') OR d."liftsId" IS NOT NULL)
    AND ${Prisma.raw(DECISION_EFFECTIVE_SQL)} <= ${asOf}::date
    AND (${hindsight} OR ${Prisma.raw(known)} <= ${asOf}::date)`;
  const newest = await db.$queryRaw<{ id: number; total: bigint }[]>`SELECT d.id, count(*) OVER () AS total FROM "Decision" d WHERE ${standing}
    ORDER BY d."decidedOn" DESC, d.id DESC LIMIT ${OVERVIEW_DECISIONS_SHOWN}`;
  const ids = newest.map((d) => d.id);
  if (ids.length === 0) return { items: [], total: 0 };
  const lifting = await db.$queryRaw<{ id: number }[]>`SELECT d.id FROM "Decision" d WHERE ${standing} AND d."liftsId" = ANY(${ids}::int[])`;
  const loaded = (await readDecisionRows(db, { id: { in: [...ids, ...lifting.map((d) => d.id)] } })).map((d) => asRead(d, hindsight));
  const shown = new Set(ids);
  return { items: statusDecisionsOn(loaded, asOf, hindsight).filter((s) => shown.has(s.decision.id)), total: Number(newest[0]!.total) };
}

/**
 * The problems the rating needs (lib/domain/rag.ts), of the go-lives in `scope` or of the whole
 * record: as it stood each counts from the day it became known; with hindsight from the day it was reported.
 */
export async function loadProblemFacts(actor: Actor | null, view: View, scope?: { goLiveIds: readonly number[] }): Promise<ProblemFact[]> {
  assertCan(actor, "rollout.read");
  return (await readProblemFacts(getDb(), scope)).map((p) => asRead(p, view.hindsight));
}
