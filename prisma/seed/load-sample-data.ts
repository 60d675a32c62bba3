// Writes the sample data inside the caller's transaction, once: an AuditEvent with action
// "sample-data.load" marks it loaded, so a second call (or a second process) is a no-op.
// Only `tx` is used: with the embedded database's single connection, anything else would wait on it.
import type { Certainty, Prisma } from "../../lib/generated/prisma/client";
import { sampleData, type PartialDate, type SampleData, type SourceKey } from "./sample-data";
import type { CommitmentSeed } from "./data/types";

export const SAMPLE_DATA_ACTION = "sample-data.load";

type Tx = Prisma.TransactionClient;
type Counts = Record<
  | "source"
  | "configuration"
  | "trust"
  | "site"
  | "organisationChange"
  | "goLive"
  | "goLivePlan"
  | "goLiveActual"
  | "acceptance"
  | "decision"
  | "problem"
  | "supplier"
  | "contract"
  | "contractEvent"
  | "payment"
  | "conflict"
  | "conflictClaim",
  number
>;

/** A DATE column value for YYYY-MM-DD, at UTC midnight so no time zone can move the day. */
const toDbDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const dated = (pd: PartialDate | null) => (pd ? { on: toDbDate(pd.on), precision: pd.precision } : null);
/** knownOn/knownPrecision: only where the record gives a knowledge date of its own. */
const known = (fact: { known?: PartialDate }) => ({
  knownOn: fact.known ? toDbDate(fact.known.on) : null,
  knownPrecision: fact.known?.precision ?? null,
});

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
  const counts: Counts = {
    source: 0,
    configuration: 0,
    trust: 0,
    site: 0,
    organisationChange: 0,
    goLive: 0,
    goLivePlan: 0,
    goLiveActual: 0,
    acceptance: 0,
    decision: 0,
    problem: 0,
    supplier: 0,
    contract: 0,
    contractEvent: 0,
    payment: 0,
    conflict: 0,
    conflictClaim: 0,
  };

  for (const s of data.sources) {
    const published = dated(s.published);
    const row = await tx.source.create({
      data: {
        key: s.key,
        title: s.title,
        publisher: s.publisher,
        publishedOn: published?.on ?? null,
        publishedPrecision: published?.precision ?? null,
        url: s.url,
      },
    });
    ids.set("source", s.key, row.id);
    counts.source++;
  }

  for (const c of data.configurations) {
    const row = await tx.configuration.create({
      data: {
        code: c.code,
        name: c.name,
        description: c.description,
        includesSmartcards: c.includesSmartcards,
        includesSpineLink: c.includesSpineLink,
        ...provenance(c),
      },
    });
    ids.set("configuration", c.code, row.id);
    counts.configuration++;
  }

  for (const t of data.trusts) {
    const row = await tx.trust.create({
      data: {
        slug: t.slug,
        name: t.name,
        shortName: t.shortName,
        odsCode: t.odsCode,
        isRolloutTarget: t.isRolloutTarget,
        type: t.type,
        notes: t.notes,
        ...provenance(t),
        sites: { create: t.sites.map((name) => ({ name })) },
      },
    });
    ids.set("trust", t.slug, row.id);
    counts.trust++;
    counts.site += t.sites.length;
  }

  for (const c of data.organisationChanges) {
    await tx.organisationChange.create({
      data: {
        trustId: ids.get("trust", c.trust),
        kind: c.kind,
        occurredOn: toDbDate(c.occurred.on),
        precision: c.occurred.precision,
        name: c.name,
        shortName: c.shortName,
        type: c.type,
        successorId: c.successor ? ids.get("trust", c.successor) : null,
        note: c.note,
        ...provenance(c),
        ...known(c),
      },
    });
    counts.organisationChange++;
  }

  for (const g of data.goLives) {
    const row = await tx.goLive.create({
      data: {
        trustId: ids.get("trust", g.trust),
        configurationId: g.configuration ? ids.get("configuration", g.configuration) : null,
        scope: g.scope,
        notes: g.notes,
        ...provenance(g),
        plans: {
          create: g.plans.map((p, index) => {
            const planned = dated(p.planned);
            const announced = dated(p.announced);
            return {
              sequence: index + 1,
              plannedOn: planned?.on ?? null,
              plannedPrecision: planned?.precision ?? null,
              plannedLabel: p.plannedLabel,
              announcedOn: announced?.on ?? null,
              announcedPrecision: announced?.precision ?? null,
              reason: p.reason,
              madeBy: p.madeBy?.name ?? null,
              madeByKind: p.madeBy?.kind ?? null,
              ...provenance(p),
            };
          }),
        },
        actuals: {
          create: g.actuals.map((a) => ({
            wentLiveOn: toDbDate(a.wentLive.on),
            precision: a.wentLive.precision,
            note: a.note,
            ...provenance(a),
            ...known(a),
          })),
        },
        acceptances: {
          create: g.acceptances.map((a) => ({
            acceptedOn: toDbDate(a.accepted.on),
            precision: a.accepted.precision,
            note: a.note,
            ...provenance(a),
            ...known(a),
          })),
        },
      },
    });
    ids.set("goLive", goLiveKey(g.trust, g.scope), row.id);
    counts.goLive++;
    counts.goLivePlan += g.plans.length;
    counts.goLiveActual += g.actuals.length;
    counts.acceptance += g.acceptances.length;
  }

  // Decisions first, then the halts they lift, so the data's order does not matter.
  for (const d of data.decisions) {
    const row = await tx.decision.create({
      data: {
        key: d.key,
        kind: d.kind,
        title: d.title,
        decidedOn: toDbDate(d.decided.on),
        decidedPrecision: d.decided.precision,
        reportedOn: d.reportedOn ? toDbDate(d.reportedOn) : null,
        body: d.body,
        scope: d.scope,
        rationale: d.rationale,
        ...commitmentOf(d.commitment),
        ...provenance(d),
        trusts: { connect: d.trusts.map((slug) => ({ id: ids.get("trust", slug) })) },
      },
    });
    ids.set("decision", d.key, row.id);
    counts.decision++;
  }
  for (const d of data.decisions) {
    if (!d.liftsKey) continue;
    await tx.decision.update({ where: { id: ids.get("decision", d.key) }, data: { liftsId: ids.get("decision", d.liftsKey) } });
  }

  for (const p of data.problems) {
    await tx.problem.create({
      data: {
        trustId: ids.get("trust", p.trust),
        goLiveId: p.goLiveScope ? ids.get("goLive", goLiveKey(p.trust, p.goLiveScope)) : null,
        reportedOn: toDbDate(p.reported.on),
        precision: p.reported.precision,
        description: p.description,
        ...provenance(p),
        ...known(p),
      },
    });
    counts.problem++;
  }

  for (const s of data.suppliers) {
    const row = await tx.supplier.create({ data: { key: s.key, name: s.name } });
    ids.set("supplier", s.key, row.id);
    counts.supplier++;
  }

  for (const c of data.contracts) {
    const row = await tx.contract.create({
      data: {
        key: c.key,
        supplierId: ids.get("supplier", c.supplier),
        name: c.name,
        region: c.region,
        ...provenance(c),
      },
    });
    ids.set("contract", c.key, row.id);
    counts.contract++;
  }

  for (const e of data.contractEvents) {
    await tx.contractEvent.create({
      data: {
        contractId: ids.get("contract", e.contract),
        kind: e.kind,
        occurredOn: toDbDate(e.occurred.on),
        precision: e.occurred.precision,
        description: e.description,
        value: e.value,
        priceBasis: e.priceBasis,
        ...provenance(e),
        ...known(e),
      },
    });
    counts.contractEvent++;
  }

  for (const p of data.payments) {
    const asAt = dated(p.asAt);
    if (p.goLiveScope && !p.trust) throw new Error(`Sample data: a payment names a go-live without its trust: ${p.description}`);
    await tx.payment.create({
      data: {
        trustId: p.trust ? ids.get("trust", p.trust) : null,
        goLiveId: p.trust && p.goLiveScope ? ids.get("goLive", goLiveKey(p.trust, p.goLiveScope)) : null,
        contractId: p.contract ? ids.get("contract", p.contract) : null,
        kind: p.kind,
        description: p.description,
        amount: p.amount,
        period: p.period,
        priceBasis: p.priceBasis,
        asAt: asAt?.on ?? null,
        asAtPrecision: asAt?.precision ?? null,
        ...provenance(p),
        ...known(p),
      },
    });
    counts.payment++;
  }

  // Disputed facts, each side with its own source, linked to what they are about.
  for (const c of data.conflicts) {
    if (c.goLiveScope && !c.trust) throw new Error(`Sample data: a conflict names a go-live without its trust: ${c.key}`);
    await tx.conflict.create({
      data: {
        key: c.key,
        title: c.title,
        question: c.question,
        status: c.status,
        note: c.note,
        trustId: c.trust ? ids.get("trust", c.trust) : null,
        goLiveId: c.trust && c.goLiveScope ? ids.get("goLive", goLiveKey(c.trust, c.goLiveScope)) : null,
        contractId: c.contract ? ids.get("contract", c.contract) : null,
        claims: {
          create: c.claims.map((claim, index) => ({
            position: index + 1,
            claim: claim.claim,
            detail: claim.detail,
            certainty: claim.certainty,
            sourceId: ids.get("source", claim.source),
          })),
        },
      },
    });
    counts.conflict++;
    counts.conflictClaim += c.claims.length;
  }

  await tx.auditEvent.create({
    data: { actor: "system:sample-data", action: SAMPLE_DATA_ACTION, entity: "SampleData", after: counts },
  });
  return { loaded: true };
}

/** A decision's dated commitment as its columns (all null when it makes none). */
function commitmentOf(c: CommitmentSeed | null) {
  return {
    commitment: c?.what ?? null,
    commitmentDueOn: c ? toDbDate(c.due.on) : null,
    commitmentDuePrecision: c?.due.precision ?? null,
    commitmentDueLabel: c?.dueLabel ?? null,
    commitmentByKind: c?.byKind ?? null,
    commitmentMetOn: c?.met ? toDbDate(c.met.on) : null,
    commitmentMetPrecision: c?.met?.precision ?? null,
    commitmentMetNote: c?.metNote ?? null,
  };
}
