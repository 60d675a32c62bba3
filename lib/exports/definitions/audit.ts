import { sqlExport } from "../types";
import { parseAuditQuery, type AuditFilters } from "../../validation/audit";
import { col } from "../columns";

// The values before and after are written as the database's own JSON text: parsing them into
// objects only to write them out again would cost most of the export's time.
const SELECT = `SELECT a.id AS k, a."occurredAt" AS occurred_at, a.actor, a.action, a.entity, a."entityId" AS entity_id, a.outcome,
  NULLIF(a.before::text, 'null') AS before, NULLIF(a.after::text, 'null') AS after
FROM "AuditEvent" a`;

/** London days as UTC instants: the page's from/to filters are days in London. */
const londonDayStart = (param: string) => `((${param}::date)::timestamp AT TIME ZONE 'Europe/London')`;

/** The audit trail: who changed what, when, with the values before and after. Admins only. */
export const auditExport = sqlExport<AuditFilters>({
  name: "audit",
  title: "Audit trail",
  fileStem: "audit-trail",
  description:
    "Every change made through the dashboard, newest first, with who made it, when, and the values before and after. Refused attempts (conflicts) are included with outcome CONFLICT. Passwords, hashes and tokens are never recorded.",
  version: 1,
  page: "/admin/audit",
  permission: "audit.export",
  order: "desc",
  columns: [
    col.integer("audit_id", "The audit record's id (increases with time)", "1042", "k"),
    col.timestamp("occurred_at", "When, in UTC, ISO 8601", "2026-11-25T23:41:08.123Z"),
    col.text("actor", "Email of the person, or system", "manager@example.nhs.uk"),
    col.text("action", "What was done", "go-live.replan"),
    col.text("entity", "The kind of record changed", "GoLive"),
    col.text("entity_id", "The record's id", "6"),
    col.enumAsIs("outcome", "APPLIED, or CONFLICT when refused because someone else had changed the record", "APPLIED"),
    col.json("before", "The record's values before the change", '{"latestPlan":"due with Kingston"}'),
    col.json("after", "The values after the change (or, for a conflict, what was submitted)", '{"plan":{"sequence":3}}'),
  ],
  parseFilters(params) {
    const query = parseAuditQuery(Object.fromEntries(params));
    return { filters: query.filters, errors: query.errors.filter((e) => e.field !== "page").map((e) => `${e.field}: ${e.message}`) };
  },
  query(f) {
    const values: unknown[] = [];
    const where: string[] = [];
    const add = (sql: (n: string) => string, value: unknown) => {
      values.push(value);
      where.push(sql(`$${values.length}`));
    };
    if (f.actor) add((n) => `strpos(lower(a.actor), lower(${n})) > 0`, f.actor);
    if (f.action) add((n) => `a.action = ${n}`, f.action);
    if (f.entity) add((n) => `a.entity = ${n}`, f.entity);
    if (f.outcome) add((n) => `a.outcome = ${n}`, f.outcome);
    if (f.from) add((n) => `a."occurredAt" >= ${londonDayStart(n)}`, f.from);
    if (f.to) add((n) => `a."occurredAt" < (${londonDayStart(n)} + interval '1 day')`, f.to);
    return { text: `${SELECT}${where.length ? ` WHERE ${where.join(" AND ")}` : ""}`, values };
  },
  copySql: () => `${SELECT} ORDER BY a.id DESC`,
});
