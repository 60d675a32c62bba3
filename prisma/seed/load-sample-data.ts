// Writes the sample data inside the caller's transaction, once: an AuditEvent with action
// "sample-data.load" marks it loaded, so a second call (or a second process) is a no-op.
// Only `tx` is used: with the embedded database's single connection, anything else would wait on it.
import type { Certainty, DatePrecision, Prisma } from "../../lib/generated/prisma/client";
import { sampleData, type ContractKey, type GoLiveScope, type Known, type PartialDate, type SampleData, type SourceKey, type TrustSlug } from "./sample-data";
import type { CommitmentSeed } from "./data/types";

export const SAMPLE_DATA_ACTION = "sample-data.load";

type Tx = Prisma.TransactionClient;

/** A DATE column value for YYYY-MM-DD, at UTC midnight so no time zone can move the day. */
const toDbDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** Null where the partial date is missing, else the stored form of its half. */
type Column<D, T> = D extends PartialDate ? T : T | null;

/**
 * A partial date as its two columns, named as the table names them (e.g. "plannedOn" and "plannedPrecision");
 * both null when the record gives no date.
 */
function dateColumns<On extends string, Precision extends string, D extends PartialDate | null | undefined>(on: On, precision: Precision, date: D) {
  return { [on]: date ? toDbDate(date.on) : null, [precision]: date ? date.precision : null } as Record<On, Column<D, Date>> &
    Record<Precision, Column<D, DatePrecision>>;
}

/** The fields that are stored as the record gives them, under the same names. */
function copy<T, K extends keyof T>(fact: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, fact[key]])) as Pick<T, K>;
}

/** knownOn/knownPrecision: only where the record gives a knowledge date of its own. */
const known = (fact: Known) => dateColumns("knownOn", "knownPrecision", fact.known);

class Ids {
  private readonly maps = new Map<string, Map<string, number>>();
  set(kind: string, key: string, id: number) {
    if (!this.maps.has(kind)) this.maps.set(kind, new Map());
    this.maps.get(kind)!.set(key, id);
  }
  get(kind: string, key: string): number {
    const id = this.maps.get(kind)?.get(key);
    if (id === undefined) throw new Error(`Sample data names an unknown ${kind}: "${key}"`);
    return id;
  }
}

const goLiveKey = (trust: string, scope: string) => `${trust} / ${scope}`;

export async function loadSampleData(tx: Tx, data: SampleData = sampleData): Promise<{ loaded: boolean }> {
  // Two loaders at once (the launcher and a test set-up) must not both see "not loaded".
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('sample-data.load'))`;
  const done = await tx.auditEvent.findFirst({ where: { action: SAMPLE_DATA_ACTION }, select: { id: true } });
  if (done) return { loaded: false };

  const ids = new Ids();
  const sources = (keys: readonly SourceKey[]) => ({ connect: keys.map((key) => ({ id: ids.get("source", key) })) });
  /** How sure the record is of a fact, why not, and its sources: as every fact stores them. */
  const provenance = (fact: { certainty: Certainty; certaintyNote?: string | null; sources: readonly SourceKey[] }) => ({
    certainty: fact.certainty,
    certaintyNote: fact.certaintyNote ?? null,
    sources: sources(fact.sources),
  });
  /** A fact that may also say when it became known: its provenance and its knowledge date. */
  const knownFact = (fact: Parameters<typeof provenance>[0] & Known) => ({ ...provenance(fact), ...known(fact) });
  /** A dated fact about a go-live (an actual, an acceptance): its day under the table's column name, its note. */
  const goLiveEvent = <On extends string>(on: On, date: PartialDate, fact: Parameters<typeof knownFact>[0] & { note: string | null }) => ({
    ...dateColumns(on, "precision", date),
    note: fact.note,
    ...knownFact(fact),
  });
  /** The go-live a fact names by its trust and scope, or null when it names none. */
  const goLiveOf = (fact: { trust: TrustSlug | null; goLiveScope: GoLiveScope | null }, what: string) => {
    if (!fact.goLiveScope) return null;
    if (!fact.trust) throw new Error(`Sample data: ${what} names a go-live without its trust`);
    return ids.get("goLive", goLiveKey(fact.trust, fact.goLiveScope));
  };
  /** The id of an optional name: null where the fact names none. */
  const idOf = (kind: string, key: string | null) => (key ? ids.get(kind, key) : null);
  /** What a payment or a conflict is about: a trust, one of its go-lives, a contract, each where it names one. */
  const subjectOf = (fact: { trust: TrustSlug | null; goLiveScope: GoLiveScope | null; contract: ContractKey | null }, what: string) => ({
    trustId: idOf("trust", fact.trust),
    goLiveId: goLiveOf(fact, what),
    contractId: idOf("contract", fact.contract),
  });

  for (const s of data.sources) {
    const row = await tx.source.create({
      data: { ...copy(s, "key", "title", "publisher", "url"), ...dateColumns("publishedOn", "publishedPrecision", s.published) },
    });
    ids.set("source", s.key, row.id);
  }

  for (const c of data.configurations) {
    const row = await tx.configuration.create({
      data: { ...copy(c, "code", "name", "description", "includesSmartcards", "includesSpineLink"), ...provenance(c) },
    });
    ids.set("configuration", c.code, row.id);
  }

  for (const t of data.trusts) {
    const row = await tx.trust.create({
      data: {
        ...copy(t, "slug", "name", "shortName", "odsCode", "isRolloutTarget", "type", "notes"),
        ...provenance(t),
        sites: { create: t.sites.map((name) => ({ name })) },
      },
    });
    ids.set("trust", t.slug, row.id);
  }

  for (const c of data.organisationChanges) {
    await tx.organisationChange.create({
      data: {
        trustId: ids.get("trust", c.trust),
        ...copy(c, "kind", "name", "shortName", "type", "note"),
        ...dateColumns("occurredOn", "precision", c.occurred),
        successorId: idOf("trust", c.successor),
        ...knownFact(c),
      },
    });
  }

  for (const g of data.goLives) {
    const row = await tx.goLive.create({
      data: {
        trustId: ids.get("trust", g.trust),
        configurationId: idOf("configuration", g.configuration),
        ...copy(g, "scope", "notes"),
        ...provenance(g),
        plans: {
          create: g.plans.map((p, index) => ({
            sequence: index + 1,
            ...copy(p, "plannedLabel", "reason"),
            ...dateColumns("plannedOn", "plannedPrecision", p.planned),
            ...dateColumns("announcedOn", "announcedPrecision", p.announced),
            madeBy: p.madeBy?.name ?? null,
            madeByKind: p.madeBy?.kind ?? null,
            ...provenance(p),
          })),
        },
        actuals: { create: g.actuals.map((a) => goLiveEvent("wentLiveOn", a.wentLive, a)) },
        acceptances: { create: g.acceptances.map((a) => goLiveEvent("acceptedOn", a.accepted, a)) },
      },
    });
    ids.set("goLive", goLiveKey(g.trust, g.scope), row.id);
  }

  // Decisions first, then the halts they lift, so the data's order does not matter.
  for (const d of data.decisions) {
    const row = await tx.decision.create({
      data: {
        ...copy(d, "key", "kind", "title", "body", "scope", "rationale"),
        ...dateColumns("decidedOn", "decidedPrecision", d.decided),
        reportedOn: d.reportedOn ? toDbDate(d.reportedOn) : null,
        ...commitmentOf(d.commitment),
        ...provenance(d),
        trusts: { connect: d.trusts.map((slug) => ({ id: ids.get("trust", slug) })) },
      },
    });
    ids.set("decision", d.key, row.id);
  }
  for (const d of data.decisions) {
    if (!d.liftsKey) continue;
    await tx.decision.update({ where: { id: ids.get("decision", d.key) }, data: { liftsId: ids.get("decision", d.liftsKey) } });
  }

  for (const p of data.problems) {
    await tx.problem.create({
      data: {
        trustId: ids.get("trust", p.trust),
        goLiveId: goLiveOf(p, "a problem"),
        description: p.description,
        ...dateColumns("reportedOn", "precision", p.reported),
        ...knownFact(p),
      },
    });
  }

  for (const s of data.suppliers) {
    const row = await tx.supplier.create({ data: copy(s, "key", "name") });
    ids.set("supplier", s.key, row.id);
  }

  for (const c of data.contracts) {
    const row = await tx.contract.create({
      data: { ...copy(c, "key", "name", "region"), supplierId: ids.get("supplier", c.supplier), ...provenance(c) },
    });
    ids.set("contract", c.key, row.id);
  }

  for (const e of data.contractEvents) {
    await tx.contractEvent.create({
      data: {
        contractId: ids.get("contract", e.contract),
        ...copy(e, "kind", "description", "value", "priceBasis"),
        ...dateColumns("occurredOn", "precision", e.occurred),
        ...knownFact(e),
      },
    });
  }

  for (const p of data.payments) {
    await tx.payment.create({
      data: {
        ...subjectOf(p, `a payment (${p.description})`),
        ...copy(p, "kind", "description", "amount", "period", "priceBasis"),
        ...dateColumns("asAt", "asAtPrecision", p.asAt),
        ...knownFact(p),
      },
    });
  }

  // Disputed facts, each side with its own source, linked to what they are about.
  for (const c of data.conflicts) {
    await tx.conflict.create({
      data: {
        ...copy(c, "key", "title", "question", "status", "note"),
        ...subjectOf(c, `a conflict (${c.key})`),
        claims: {
          create: c.claims.map((claim, index) => ({
            position: index + 1,
            ...copy(claim, "claim", "detail", "certainty"),
            sourceId: ids.get("source", claim.source),
          })),
        },
      },
    });
  }

  await tx.auditEvent.create({
    data: { actor: "system:sample-data", action: SAMPLE_DATA_ACTION, entity: "SampleData", after: countRows(data) },
  });
  return { loaded: true };
}

/** A decision's dated commitment as its columns (all null when it makes none). */
function commitmentOf(c: CommitmentSeed | null) {
  return {
    commitment: c?.what ?? null,
    ...dateColumns("commitmentDueOn", "commitmentDuePrecision", c?.due),
    commitmentDueLabel: c?.dueLabel ?? null,
    commitmentByKind: c?.byKind ?? null,
    ...dateColumns("commitmentMetOn", "commitmentMetPrecision", c?.met),
    commitmentMetNote: c?.metNote ?? null,
  };
}

/** The rows the sample data writes, by kind: one a seed, and one a site, plan, actual, acceptance or claim within it. */
function countRows(data: SampleData) {
  const total = <T>(seeds: readonly T[], rows: (seed: T) => number) => seeds.reduce((sum, seed) => sum + rows(seed), 0);
  return {
    source: data.sources.length,
    configuration: data.configurations.length,
    trust: data.trusts.length,
    site: total(data.trusts, (t) => t.sites.length),
    organisationChange: data.organisationChanges.length,
    goLive: data.goLives.length,
    goLivePlan: total(data.goLives, (g) => g.plans.length),
    goLiveActual: total(data.goLives, (g) => g.actuals.length),
    acceptance: total(data.goLives, (g) => g.acceptances.length),
    decision: data.decisions.length,
    problem: data.problems.length,
    supplier: data.suppliers.length,
    contract: data.contracts.length,
    contractEvent: data.contractEvents.length,
    payment: data.payments.length,
    conflict: data.conflicts.length,
    conflictClaim: total(data.conflicts, (c) => c.claims.length),
  };
}
