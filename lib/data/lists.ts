import "server-only";
// The record's lists (trusts, decisions, problems, contracts, payments, sources) for their pages,
// filtered exactly as their exports are: the same parsed filters, the same rules for the date.
import { assertCan, type Actor } from "../auth/permissions";
import type { Certainty } from "../domain/certainty";
import type { PaymentFact } from "../domain/decision-cost";
import type { PartialDate } from "../domain/dates";
import { asRead, isKnownOn, isPublishedBy, type Knowable } from "../domain/knowledge";
import { knownSelect, rowKnowledge } from "../derived/knowledge";
import type { DecisionRecord, SourceRef, TrustInfo } from "../domain/rollout";
import { decisionsMatching } from "../domain/decision-filters";
import { decisionsWhere, type DecisionFilters } from "../exports/definitions/decisions";
import type { RecordFilters } from "../exports/filters";
import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { loadDecisionRows } from "./rollout";
import { readDecisionRows, readTrusts, sourcesRelation, toPartial, toSourceRef } from "../derived/facts";
import { PAGE_SIZE, pageWithin } from "../validation/overview";
import { listSources, type SourceListing } from "./sources";
import { keptUntilTheRecordChanges, readKept } from "../server/record-cache";

/**
 * When a listed fact became known and whether the filters' view keeps it (lib/domain/knowledge.ts):
 * the same rule as the exports' SQL (lib/exports/filters.ts knownFromSql).
 */
const keeps = (filters: Pick<RecordFilters, "asOf" | "hindsight">) => (f: Knowable) => filters.hindsight === true || isKnownOn(f, filters.asOf);
const known = knownSelect;

/** A DATE column compares with the UTC midnight of the day. */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Every trust in the record, by name. */
export async function listTrusts(actor: Actor | null): Promise<TrustInfo[]> {
  return readKept(actor, "rollout.read", "trusts", { max: 1 }, null, () => readTrusts(getDb()));
}

/** Decisions taken by the date (the first day of their period), newest first; of a kind; covering a trust. */
export async function listDecisions(actor: Actor | null, filters: DecisionFilters): Promise<DecisionRecord[]> {
  const all = await loadDecisionRows(actor);
  if (!filters.trust) return decisionsMatching(all, filters);
  const trust = await getDb().trust.findUnique({ where: { slug: filters.trust }, select: { id: true, isRolloutTarget: true } });
  return trust ? decisionsMatching(all, filters, trust) : [];
}

/**
 * One page of the decision log: the decisions the filters keep counted and paged in SQL (newest
 * first, the export's own WHERE), then only the page's decisions read, with the ones that lift them
 * (`record`: a halt shows as lifted even when the filters hide its resume).
 */
export async function listDecisionPage(actor: Actor | null, filters: DecisionFilters, page: number) {
  return readKept(actor, "rollout.read", "decision-log", { max: 32 }, { filters, page }, () => readDecisionPage(filters, page));
}

async function readDecisionPage(filters: DecisionFilters, page: number) {
  const db = getDb();
  const { where, values } = decisionsWhere(filters);
  const idsOn = (p: number) =>
    db.$queryRawUnsafe<{ id: number }[]>(
      `SELECT d.id FROM "Decision" d ${where} ORDER BY d."decidedOn" DESC, d.id DESC LIMIT ${PAGE_SIZE} OFFSET ${(p - 1) * PAGE_SIZE}`,
      ...values,
    );
  // The count and the page asked for side by side; the page again only when it was past the last.
  const [[{ n }], asked] = await Promise.all([db.$queryRawUnsafe<[{ n: bigint }]>(`SELECT count(*) AS n FROM "Decision" d ${where}`, ...values), idsOn(page)]);
  const total = Number(n);
  const { page: current, pageCount } = pageWithin(total, page);
  const ids = current === page ? asked : await idsOn(current);
  const shown = ids.map((r) => r.id);
  const read = (d: DecisionRecord) => asRead(d, filters.hindsight === true);
  const [rows, lifting] = shown.length
    ? await Promise.all([readDecisionRows(db, { id: { in: shown } }), readDecisionRows(db, { liftsId: { in: shown } })])
    : [[], []];
  return { rows: rows.map(read), record: [...rows, ...lifting].map(read), total, page: current, pageCount };
}

export interface ProblemListing extends Knowable {
  id: number;
  trust: { slug: string; name: string; shortName: string };
  goLiveScope: string | null;
  reported: PartialDate;
  description: string;
  certainty: Certainty;
  certaintyNote: string | null;
  sources: SourceRef[];
}

/** Problems reported by the date (the first day of their period), oldest first. */
export async function listProblems(actor: Actor | null, filters: RecordFilters): Promise<ProblemListing[]> {
  return readKept(actor, "rollout.read", "problems", { max: 8 }, filters, () => readProblems(filters));
}

async function readProblems(filters: RecordFilters): Promise<ProblemListing[]> {
  const rows = await getDb().problem.findMany({
    where: { reportedOn: { lte: day(filters.asOf) }, ...(filters.trust ? { trust: { slug: filters.trust } } : {}) },
    orderBy: [{ reportedOn: "asc" }, { id: "asc" }],
    select: {
      id: true,
      reportedOn: true,
      precision: true,
      description: true,
      certainty: true,
      certaintyNote: true,
      trust: { select: { slug: true, name: true, shortName: true } },
      goLive: { select: { scope: true } },
      sources: sourcesRelation,
      ...known,
    },
  });
  return rows
    .map((p) => ({
      ...rowKnowledge(p, p.sources.map(toSourceRef), { own: toPartial(p.reportedOn, p.precision) }),
      id: p.id,
      trust: p.trust,
      goLiveScope: p.goLive?.scope ?? null,
      reported: toPartial(p.reportedOn, p.precision)!,
      description: p.description,
      certainty: p.certainty,
      certaintyNote: p.certaintyNote,
      sources: p.sources.map(toSourceRef),
    }))
    .filter(keeps(filters));
}

export interface ContractEventListing extends Knowable {
  id: number;
  kind: string;
  occurred: PartialDate;
  description: string;
  /** pounds as a decimal string; null when the event has no value */
  value: string | null;
  priceBasis: string | null;
  certainty: Certainty;
  certaintyNote: string | null;
  sources: SourceRef[];
}

export interface ContractListing {
  id: number;
  key: string;
  name: string;
  supplier: string;
  region: string;
  certainty: Certainty;
  certaintyNote: string | null;
  sources: SourceRef[];
  /** the events that had occurred by the date (first day of their period), oldest first */
  events: ContractEventListing[];
}

/** Every contract, with its events known by the date. */
export async function listContracts(actor: Actor | null, filters: Pick<RecordFilters, "asOf" | "hindsight">): Promise<ContractListing[]> {
  assertCan(actor, "rollout.read");
  const key = { asOf: filters.asOf, hindsight: filters.hindsight };
  return keptUntilTheRecordChanges("contracts", { max: 8 }, key, () => readContracts(key));
}

async function readContracts(filters: Pick<RecordFilters, "asOf" | "hindsight">): Promise<ContractListing[]> {
  const rows = await getDb().contract.findMany({
    orderBy: { id: "asc" },
    select: {
      id: true,
      key: true,
      name: true,
      region: true,
      certainty: true,
      certaintyNote: true,
      supplier: { select: { name: true } },
      sources: sourcesRelation,
      events: {
        where: { occurredOn: { lte: day(filters.asOf) } },
        orderBy: [{ occurredOn: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          occurredOn: true,
          precision: true,
          description: true,
          value: true,
          priceBasis: true,
          certainty: true,
          certaintyNote: true,
          sources: sourcesRelation,
          ...known,
        },
      },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    key: c.key,
    name: c.name,
    supplier: c.supplier.name,
    region: c.region,
    certainty: c.certainty,
    certaintyNote: c.certaintyNote,
    sources: c.sources.map(toSourceRef),
    events: c.events
      .map((e) => ({
        ...rowKnowledge(e, e.sources.map(toSourceRef)),
        id: e.id,
        kind: e.kind,
        occurred: toPartial(e.occurredOn, e.precision)!,
        description: e.description,
        value: e.value?.toString() ?? null,
        priceBasis: e.priceBasis,
        certainty: e.certainty,
        certaintyNote: e.certaintyNote,
        sources: e.sources.map(toSourceRef),
      }))
      .filter(keeps(filters)),
  }));
}

export interface PaymentListing extends Knowable {
  id: number;
  /** the go-live it is tied to, if any: a deployment charge falls due when that go-live is accepted */
  goLiveId: number | null;
  trust: { slug: string; name: string; shortName: string } | null;
  goLiveScope: string | null;
  contract: { key: string; name: string } | null;
  kind: string;
  description: string;
  /** pounds as a decimal string */
  amount: string;
  period: string | null;
  priceBasis: string | null;
  asAt: PartialDate | null;
  certainty: Certainty;
  certaintyNote: string | null;
  sources: SourceRef[];
}

/** A listed payment as the cost rules read it (lib/domain/decision-cost.ts). */
export const toPaymentFact = (p: PaymentListing): PaymentFact => ({
  id: p.id,
  goLiveId: p.goLiveId,
  kind: p.kind,
  description: p.description,
  amount: p.amount,
  period: p.period,
  priceBasis: p.priceBasis,
  sources: p.sources,
});

/** Payments with no "as at" date or one on or before the date; tied to a trust directly or through its go-live. */
export async function listPayments(actor: Actor | null, filters: RecordFilters, db?: Pick<Prisma.TransactionClient, "payment">): Promise<PaymentListing[]> {
  assertCan(actor, "rollout.read");
  // A read with a client of its own (issuing a board pack, the generator) is never shared.
  if (db) return readPayments(filters, db);
  return keptUntilTheRecordChanges("payments", { max: 8 }, filters, () => readPayments(filters, getDb()));
}

/** A payment's own fields, as the payments list and a trust's page read them. */
export const paymentSelect = {
  id: true,
  goLiveId: true,
  kind: true,
  description: true,
  amount: true,
  period: true,
  priceBasis: true,
  asAt: true,
  asAtPrecision: true,
  certainty: true,
  certaintyNote: true,
  sources: sourcesRelation,
  ...known,
} as const;

/** The fields of a payment read with `paymentSelect` that the payments list and a trust's page show alike. */
export function paymentFields(p: Prisma.PaymentGetPayload<{ select: typeof paymentSelect }>) {
  return {
    description: p.description,
    amount: p.amount.toString(),
    period: p.period,
    priceBasis: p.priceBasis,
    asAt: toPartial(p.asAt, p.asAtPrecision),
    certainty: p.certainty,
    certaintyNote: p.certaintyNote,
    sources: p.sources.map(toSourceRef),
  };
}

async function readPayments(filters: RecordFilters, db: Pick<Prisma.TransactionClient, "payment">): Promise<PaymentListing[]> {
  const trustSelect = { select: { slug: true, name: true, shortName: true } } as const;
  const rows = await db.payment.findMany({
    where: {
      AND: [
        { OR: [{ asAt: null }, { asAt: { lte: day(filters.asOf) } }] },
        ...(filters.trust ? [{ OR: [{ trust: { slug: filters.trust } }, { goLive: { trust: { slug: filters.trust } } }] }] : []),
      ],
    },
    orderBy: { id: "asc" },
    select: {
      ...paymentSelect,
      trust: trustSelect,
      goLive: { select: { scope: true, trust: trustSelect } },
      contract: { select: { key: true, name: true } },
    },
  });
  return rows
    .map((p) => ({
      ...rowKnowledge(p, p.sources.map(toSourceRef)),
      id: p.id,
      goLiveId: p.goLiveId,
      trust: p.trust ?? p.goLive?.trust ?? null,
      goLiveScope: p.goLive?.scope ?? null,
      contract: p.contract,
      kind: p.kind,
      ...paymentFields(p),
    }))
    .filter(keeps(filters));
}

/** As it stood, the sources certainly published by the date, or with no date (cited at every date); with hindsight, all. */
export async function listSourcesKnownBy(actor: Actor | null, filters: Pick<RecordFilters, "asOf" | "hindsight">): Promise<SourceListing[]> {
  assertCan(actor, "rollout.read");
  const sources = await keptUntilTheRecordChanges("sources", { max: 1 }, null, () => listSources(actor));
  return filters.hindsight ? sources : sources.filter((s) => isPublishedBy(s, filters.asOf));
}
