import "server-only";
// The organisations in the record with their changes (renamed, new type, part of another trust), each
// change with its date, certainty and sources. Read beside loadRolloutFacts, which knows trusts only as
// they were first recorded; lib/domain/organisations.ts works out what each was on a date.
import type { Actor } from "../auth/permissions";
import { getDb } from "../db";
import type { Certainty } from "../domain/certainty";
import type { OrganisationChange, OrganisationInfo } from "../domain/organisations";
import type { PartialDate } from "../domain/dates";
import type { SourceRef } from "../domain/rollout";
import { toPartial, toSourceRef } from "../derived/facts";
import { readKept } from "../server/record-cache";

export interface OrganisationChangeRecord extends OrganisationChange {
  note: string | null;
  certainty: Certainty;
  certaintyNote: string | null;
  /** when the record gives a knowledge date of its own; else its sources' publication dates */
  known: PartialDate | null;
  sources: SourceRef[];
}

export interface OrganisationRecord {
  /** every trust as first recorded, by id */
  organisations: Map<number, OrganisationInfo>;
  /** each trust's own changes, oldest first, by trust id (a trust with none has no entry) */
  changesByTrust: Map<number, OrganisationChangeRecord[]>;
  /** every change, for the successor's side (which trusts became part of it) */
  changes: OrganisationChangeRecord[];
}

const sourcesRelation = {
  select: { key: true, title: true, publisher: true, publishedOn: true, publishedPrecision: true, url: true },
  orderBy: { publishedOn: "asc" },
} as const;

export async function loadOrganisations(actor: Actor | null): Promise<OrganisationRecord> {
  return readKept(actor, "rollout.read", "organisations", { max: 1 }, null, readOrganisations);
}

async function readOrganisations(): Promise<OrganisationRecord> {
  const db = getDb();
  const [trusts, rows] = await Promise.all([
    db.trust.findMany({ orderBy: { id: "asc" }, select: { id: true, slug: true, name: true, shortName: true, type: true } }),
    db.organisationChange.findMany({
      orderBy: [{ occurredOn: "asc" }, { id: "asc" }],
      select: {
        id: true,
        trustId: true,
        kind: true,
        occurredOn: true,
        precision: true,
        name: true,
        shortName: true,
        type: true,
        note: true,
        certainty: true,
        certaintyNote: true,
        knownOn: true,
        knownPrecision: true,
        successor: { select: { id: true, slug: true, name: true } },
        sources: sourcesRelation,
      },
    }),
  ]);
  const changes: OrganisationChangeRecord[] = rows.map((c) => ({
    id: c.id,
    trustId: c.trustId,
    kind: c.kind,
    occurred: toPartial(c.occurredOn, c.precision)!,
    name: c.name,
    shortName: c.shortName,
    type: c.type,
    successor: c.successor,
    note: c.note,
    certainty: c.certainty,
    certaintyNote: c.certaintyNote,
    known: toPartial(c.knownOn, c.knownPrecision),
    sources: c.sources.map(toSourceRef),
  }));
  const changesByTrust = new Map<number, OrganisationChangeRecord[]>();
  for (const c of changes) changesByTrust.set(c.trustId, [...(changesByTrust.get(c.trustId) ?? []), c]);
  return { organisations: new Map(trusts.map((t) => [t.id, t])), changesByTrust, changes };
}
