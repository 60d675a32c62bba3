import "server-only";
// What changed in the record, read from the audit trail (docs/decisions/023): the writes that change the record,
// newest first, with what each is about (its trust, decision, source or pack) resolved from the record in the same
// query. For /changes, "since you last looked" on the overview, and the Atom feed.
import { assertCan, type Actor } from "../auth/permissions";
import { getDb } from "../db";
import { addDays, formatIsoDate, formatRecordedAt } from "../domain/dates";
import type { ChangesQuery } from "../validation/changes";
import { startOfLondonDay } from "./audit";
import { CHANGE_KINDS, COUNT_CAP, RECORD_ACTIONS, viewChange, type ChangeKind, type ChangeRow, type ChangeView } from "../domain/changes";

export interface ChangeFilters {
  /** recorded at or after this instant */
  since?: Date;
  /** recorded before this instant */
  before?: Date;
  /** about this trust (a decision covering it, or every trust) */
  trust?: string;
  /** this decision, the decisions that lift it, and what was recorded about its trusts after it */
  decision?: string;
  kind?: ChangeKind;
  /** leave out what this person recorded */
  notBy?: string;
}

const ENTITY_ID = `CASE WHEN a."entityId" ~ '^[0-9]{1,9}$' THEN a."entityId"::int END`;

// A change's trust, by the kind of row its audit names: the forms audit a go-live or a trust, the national data
// generator the fact itself.
const TRUST_ID = `CASE a.entity
  WHEN 'Trust' THEN e.eid
  WHEN 'GoLive' THEN (SELECT g."trustId" FROM "GoLive" g WHERE g.id = e.eid)
  WHEN 'GoLivePlan' THEN (SELECT g."trustId" FROM "GoLivePlan" x JOIN "GoLive" g ON g.id = x."goLiveId" WHERE x.id = e.eid)
  WHEN 'GoLiveActual' THEN (SELECT g."trustId" FROM "GoLiveActual" x JOIN "GoLive" g ON g.id = x."goLiveId" WHERE x.id = e.eid)
  WHEN 'Acceptance' THEN (SELECT g."trustId" FROM "Acceptance" x JOIN "GoLive" g ON g.id = x."goLiveId" WHERE x.id = e.eid)
  WHEN 'Problem' THEN (SELECT x."trustId" FROM "Problem" x WHERE x.id = e.eid)
  WHEN 'Tolerance' THEN (SELECT g."trustId" FROM "Tolerance" x JOIN "GoLive" g ON g.id = x."goLiveId" WHERE x.id = e.eid)
END`;

const FROM = `FROM "AuditEvent" a
CROSS JOIN LATERAL (SELECT ${ENTITY_ID} AS eid) e
LEFT JOIN "Trust" t ON t.id = ${TRUST_ID}
LEFT JOIN "Decision" d ON a.entity = 'Decision' AND d.id = e.eid
LEFT JOIN "Source" s ON a.entity = 'Source' AND s.id = e.eid
LEFT JOIN "IssuedPack" ip ON a.entity = 'IssuedPack' AND ip.id = e.eid`;

function where(filters: ChangeFilters, values: unknown[]): string {
  const add = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  const kinds = filters.kind ? [CHANGE_KINDS[filters.kind].action] : RECORD_ACTIONS;
  const parts = [`a.action = ANY(${add(kinds)}::text[])`, `a.outcome = 'APPLIED'`];
  if (filters.since) parts.push(`a."occurredAt" >= ${add(filters.since)}`);
  if (filters.before) parts.push(`a."occurredAt" < ${add(filters.before)}`);
  if (filters.notBy) parts.push(`a."actorId" IS DISTINCT FROM ${add(filters.notBy)}`);
  if (filters.trust) {
    const slug = add(filters.trust);
    parts.push(`(t.slug = ${slug} OR (a.entity = 'Decision' AND (d.scope = 'ALL_LONDON' OR EXISTS (
      SELECT 1 FROM "_DecisionTrusts" dt JOIN "Trust" tt ON tt.id = dt."B" WHERE dt."A" = e.eid AND tt.slug = ${slug}))))`);
  }
  if (filters.decision) {
    const key = add(filters.decision);
    parts.push(`(d.key = ${key} OR d."liftsId" = (SELECT x.id FROM "Decision" x WHERE x.key = ${key})
      OR (a.entity <> 'Decision' AND t.id IS NOT NULL AND EXISTS (
        SELECT 1 FROM "Decision" x WHERE x.key = ${key} AND a."occurredAt" >= x."createdAt"
          AND (x.scope = 'ALL_LONDON' OR EXISTS (SELECT 1 FROM "_DecisionTrusts" dt WHERE dt."A" = x.id AND dt."B" = t.id)))))`);
  }
  return `WHERE ${parts.join(" AND ")}`;
}

type Raw = {
  id: bigint | string;
  occurredAt: Date;
  actorId: string | null;
  action: string;
  after: unknown;
  trust_slug: string | null;
  trust_name: string | null;
  trust_short: string | null;
  decision_key: string | null;
  decision_title: string | null;
  source_key: string | null;
  source_title: string | null;
  pack_key: string | null;
};

const toRow = (r: Raw): ChangeRow => ({
  id: String(r.id),
  recordedAt: (r.occurredAt instanceof Date ? r.occurredAt : new Date(r.occurredAt)).toISOString(),
  actorId: r.actorId,
  action: r.action,
  after: r.after,
  trust: r.trust_slug ? { slug: r.trust_slug, name: r.trust_name!, shortName: r.trust_short! } : null,
  decision: r.decision_key ? { key: r.decision_key, title: r.decision_title! } : null,
  source: r.source_key ? { key: r.source_key, title: r.source_title! } : null,
  pack: r.pack_key ? { key: r.pack_key } : null,
});

/** A page of changes, newest first; `more` when there are older ones past it. */
export async function listChanges(
  actor: Actor | null,
  filters: ChangeFilters,
  page: { offset: number; limit: number },
): Promise<{ changes: ChangeView[]; more: boolean }> {
  assertCan(actor, "rollout.read");
  const values: unknown[] = [];
  const sql = `SELECT a.id, a."occurredAt", a."actorId", a.action, a.after, t.slug AS trust_slug, t.name AS trust_name, t."shortName" AS trust_short,
      d.key AS decision_key, d.title AS decision_title, s.key AS source_key, s.title AS source_title, ip.key AS pack_key
    ${FROM} ${where(filters, values)}
    ORDER BY a."occurredAt" DESC, a.id DESC LIMIT ${page.limit + 1} OFFSET ${page.offset}`;
  const rows = await getDb().$queryRawUnsafe<Raw[]>(sql, ...values);
  const changes = rows
    .slice(0, page.limit)
    .map((r) => viewChange(toRow(r), actor!.id))
    .filter((c): c is ChangeView => c !== null);
  return { changes, more: rows.length > page.limit };
}

/** How many changes of each kind (up to COUNT_CAP + 1 in all), and which trusts they touched: for "since you last looked" on the overview. */
export async function summariseChangesSince(
  actor: Actor,
  since: Date,
): Promise<{ total: number; byKind: Partial<Record<ChangeKind, number>>; trustSlugs: string[] }> {
  assertCan(actor, "rollout.read");
  const values: unknown[] = [];
  const filter = where({ since, notBy: actor.id }, values);
  const [counts, trusts] = await Promise.all([
    // counted up to a cap, newest first along the index: after a long absence at national scale there can be a
    // million, and "more than 10,000" says as much as the exact number
    getDb().$queryRawUnsafe<{ action: string; n: bigint | number }[]>(
      `SELECT c.action, count(*) AS n FROM (SELECT a.action FROM "AuditEvent" a CROSS JOIN LATERAL (SELECT ${ENTITY_ID} AS eid) e LEFT JOIN "Trust" t ON false LEFT JOIN "Decision" d ON false ${filter} ORDER BY a."occurredAt" DESC LIMIT ${COUNT_CAP + 1}) c GROUP BY c.action`,
      ...values,
    ),
    // the trusts of the latest thousand: enough to mark the rows of a page of the overview
    getDb().$queryRawUnsafe<{ slug: string }[]>(
      `SELECT DISTINCT c.slug FROM (SELECT t.slug ${FROM} ${filter} ORDER BY a."occurredAt" DESC LIMIT 1000) c WHERE c.slug IS NOT NULL`,
      ...values,
    ),
  ]);
  const byKind: Partial<Record<ChangeKind, number>> = {};
  let total = 0;
  for (const c of counts) {
    const kind = (Object.keys(CHANGE_KINDS) as ChangeKind[]).find((k) => CHANGE_KINDS[k].action === c.action);
    if (!kind) continue;
    byKind[kind] = Number(c.n);
    total += Number(c.n);
  }
  return { total, byKind, trustSlugs: trusts.map((t) => t.slug) };
}

/** Without a range asked for, a first visit lists this many days. */
export const FIRST_VISIT_DAYS = 30;

/** The instants a page of changes covers, and how to say it: the days asked for, else since the person last looked. */
export function changesRange(
  query: Pick<ChangesQuery, "from" | "to" | "decision">,
  previousSeenAt: Date | null,
  now: Date = new Date(),
): { since: Date | null; before: Date | null; words: string } {
  if (query.from || query.to) {
    const since = query.from ? startOfLondonDay(query.from) : null;
    const before = query.to ? startOfLondonDay(addDays(query.to, 1)) : null;
    const words =
      query.from && query.to
        ? query.from === query.to
          ? `on ${formatIsoDate(query.from)}`
          : `from ${formatIsoDate(query.from)} to ${formatIsoDate(query.to)}`
        : query.from
          ? `since the start of ${formatIsoDate(query.from)}`
          : `up to the end of ${formatIsoDate(query.to!)}`;
    return { since, before, words };
  }
  // a decision's changes are those since it was recorded, whenever the person last looked
  if (query.decision) return { since: null, before: null, words: "since the decision was recorded" };
  if (previousSeenAt) return { since: previousSeenAt, before: null, words: `since you last looked, at ${formatRecordedAt(previousSeenAt.toISOString())}` };
  return {
    since: new Date(now.getTime() - FIRST_VISIT_DAYS * 86_400_000),
    before: null,
    words: `in the last ${FIRST_VISIT_DAYS} days (you have not looked before)`,
  };
}
