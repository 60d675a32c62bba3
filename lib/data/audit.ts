import "server-only";
import { assertCan, type Actor } from "../auth/permissions";
import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { AUDIT_PAGE_SIZE, type AuditFilters } from "../validation/audit";
import { keptUntilTheRecordChanges } from "../server/record-cache";
import type { AuditNames } from "../domain/audit-diff";
import { recordInWords, recordKey, type RecordInWords } from "../domain/record-names";
import { readRecordNames } from "./record-names";
import type { AuditRow } from "../domain/record-corrections";

/** An audit row as the pages show it: with the titles of the sources its before and after name by id. */
export interface AuditEntry extends AuditRow {
  outcome: string;
  names: AuditNames;
}

/** A row of the whole trail: also with the record it changed, in words. */
export interface AuditTrailEntry extends AuditEntry {
  record: RecordInWords;
}

const auditSelect = { id: true, occurredAt: true, actor: true, action: true, entity: true, entityId: true, outcome: true, before: true, after: true } as const;

/** A record's change history, newest first: who, when, what, before and after. */
export async function getRecordHistory(actor: Actor | null, records: { entity: string; entityId: string }[], limit = 200): Promise<AuditEntry[]> {
  assertCan(actor, "rollout.read");
  if (records.length === 0) return [];
  return keptUntilTheRecordChanges("record-history", { max: 64 }, { records, limit }, () => readRecordHistory(records, limit));
}

async function readRecordHistory(records: { entity: string; entityId: string }[], limit: number): Promise<AuditEntry[]> {
  const rows = await getDb().auditEvent.findMany({
    where: { OR: records.map((r) => ({ entity: r.entity, entityId: r.entityId })) },
    orderBy: { occurredAt: "desc" },
    take: limit,
    select: auditSelect,
  });
  return (await withNames(rows)).entries;
}

// ---------------------------------------------------------------------------------------------
// The whole trail, for admins: filtered by the query the page and the export share.

type StoredAuditRow = { id: bigint; occurredAt: Date } & Omit<AuditEntry, "id" | "occurredAt" | "names">;

/** Every id stored under `sourceId` or `sourceIds` in a before or after, at any depth. */
function sourceIdsIn(value: unknown, into: Set<number>): Set<number> {
  if (Array.isArray(value)) for (const v of value) sourceIdsIn(v, into);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "sourceId" || k === "sourceIds") for (const id of [v].flat()) if (Number.isSafeInteger(id)) into.add(id as number);
      if (k !== "sourceId") sourceIdsIn(v, into);
    }
  }
  return into;
}

/**
 * The rows as entries, each with the titles of the sources it names, and the names read: those sources' and, with
 * `recordsToo`, the records the rows changed. Each row's before and after are walked once; the names are read in one
 * query per kind of record (lib/data/record-names.ts), however many rows there are.
 */
async function withNames(rows: StoredAuditRow[], recordsToo = false): Promise<{ entries: AuditEntry[]; names: ReadonlyMap<string, string> }> {
  const sourceIds = rows.map((r) => [...sourceIdsIn([r.before, r.after], new Set())].map(String));
  const wanted = [...(recordsToo ? rows : []), ...sourceIds.flat().map((entityId) => ({ entity: "Source", entityId }))];
  const names = wanted.length ? await readRecordNames(getDb(), wanted) : new Map<string, string>();
  const entries = rows.map((r, i) => {
    const sources = sourceIds[i]!.flatMap((id) => {
      const title = names.get(recordKey("Source", id));
      return title ? [[id, title] as const] : [];
    });
    return { ...r, id: r.id.toString(), occurredAt: r.occurredAt.toISOString(), names: { sources: Object.fromEntries(sources) } };
  });
  return { entries, names };
}

/** The offset of London time from UTC at an instant, in minutes (0 in winter, 60 in summer). */
function londonOffsetMinutes(instant: Date): number {
  const name = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", timeZoneName: "shortOffset" })
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name ?? "");
  if (!match) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

/** Midnight at the start of an ISO day in London, as an instant (clocks change at 01:00 UTC). */
export function startOfLondonDay(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(y, m - 1, d);
  return new Date(utcMidnight - londonOffsetMinutes(new Date(utcMidnight)) * 60_000);
}

function nextIsoDay(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function auditWhere(filters: AuditFilters): Prisma.AuditEventWhereInput {
  const where: Prisma.AuditEventWhereInput = {};
  if (filters.actor) where.actor = { contains: filters.actor, mode: "insensitive" };
  if (filters.action) where.action = filters.action;
  if (filters.entity) where.entity = filters.entity;
  if (filters.outcome) where.outcome = filters.outcome;
  if (filters.from || filters.to) {
    where.occurredAt = {
      ...(filters.from ? { gte: startOfLondonDay(filters.from) } : {}),
      ...(filters.to ? { lt: startOfLondonDay(nextIsoDay(filters.to)) } : {}),
    };
  }
  return where;
}

const newestFirst: Prisma.AuditEventOrderByWithRelationInput[] = [{ occurredAt: "desc" }, { id: "desc" }];

export interface AuditPage {
  entries: AuditTrailEntry[];
  page: number;
  pageSize: number;
  total: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

/** One page of the trail, newest first, with the filters applied. */
export async function listAuditEvents(actor: Actor | null, filters: AuditFilters, page = 1): Promise<AuditPage> {
  assertCan(actor, "audit.read-all");
  return keptUntilTheRecordChanges("audit-trail", { max: 16 }, { filters, page }, () => readAuditEvents(filters, page));
}

async function readAuditEvents(filters: AuditFilters, page: number): Promise<AuditPage> {
  const db = getDb();
  const where = auditWhere(filters);
  const [total, rows] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({ where, orderBy: newestFirst, skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE, select: auditSelect }),
  ]);
  const { entries, names } = await withNames(rows, true);
  return {
    entries: entries.map((e) => ({ ...e, record: recordInWords(e.entity, e.entityId, names) })),
    page,
    pageSize: AUDIT_PAGE_SIZE,
    total,
    hasPrevious: page > 1,
    hasNext: page * AUDIT_PAGE_SIZE < total,
  };
}

/** The actions and kinds of record the trail holds, for the filters' lists. */
export async function listAuditFilterOptions(actor: Actor | null): Promise<{ actions: string[]; entities: string[] }> {
  assertCan(actor, "audit.read-all");
  return keptUntilTheRecordChanges("audit-filters", { max: 1 }, null, readAuditFilterOptions);
}

async function readAuditFilterOptions(): Promise<{ actions: string[]; entities: string[] }> {
  const db = getDb();
  // Each distinct value by one index probe after another (the next value above the last), not by
  // grouping a million rows: a trail of 1,000,000 changes holds a few dozen actions and kinds.
  const [actions, entities] = await Promise.all([
    db.$queryRaw<{ v: string }[]>`WITH RECURSIVE d AS (
        SELECT min(action) AS v FROM "AuditEvent"
        UNION ALL SELECT (SELECT min(action) FROM "AuditEvent" WHERE action > d.v) FROM d WHERE d.v IS NOT NULL
      ) SELECT v FROM d WHERE v IS NOT NULL`,
    db.$queryRaw<{ v: string }[]>`WITH RECURSIVE d AS (
        SELECT min(entity) AS v FROM "AuditEvent"
        UNION ALL SELECT (SELECT min(entity) FROM "AuditEvent" WHERE entity > d.v) FROM d WHERE d.v IS NOT NULL
      ) SELECT v FROM d WHERE v IS NOT NULL`,
  ]);
  return { actions: actions.map((a) => a.v), entities: entities.map((e) => e.v) };
}
