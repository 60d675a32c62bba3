import type { ExportDefinition } from "../types";
import { certainFromSql, knownByCondition, knownFromSql, parseRecordFilters, type RecordFilters } from "../filters";
import { integer, isoDay, lower, sourcesJoin, text } from "../format";

// An acceptance is known from its own knowledge date, else its sources, else the day it was recorded (rowKnowledge, no own date).
const KNOWN = knownFromSql({ own: certainFromSql(`a."knownOn"`, `a."knownPrecision"`), joinTable: "_AcceptanceToSource", factColumn: "A", factId: "a.id", createdAt: `a."createdAt"` });

const SELECT = `SELECT a.id AS k, t.name AS trust, t."odsCode" AS ods_code, t.slug AS trust_slug, g.id AS go_live_id, g.scope,
  a."acceptedOn" AS accepted_on, a.precision AS accepted_precision, a.note, a.certainty, a."certaintyNote" AS certainty_note,
  src.sources, ${KNOWN} AS known_from
FROM "Acceptance" a
JOIN "GoLive" g ON g.id = a."goLiveId"
JOIN "Trust" t ON t.id = g."trustId"
${sourcesJoin("_AcceptanceToSource", "a.id")}`;

/** Trusts certifying a deployment fit for purpose: the day the deployment charge fell due. */
export const acceptancesExport: ExportDefinition<RecordFilters> = {
  name: "acceptances",
  title: "Acceptances",
  description: "Each time a trust certified a deployment fit for purpose (the deployment charge falls due then), with its sources. An acceptance is included from the first day of the period it happened in.",
  version: 1,
  permission: "rollout.export",
  page: "/payments",
  order: "asc",
  columns: [
    { name: "acceptance_id", type: "integer", meaning: "The acceptance's id in the record (stable)", example: "1" },
    { name: "trust", type: "text", meaning: "The trust's name", example: "Barts and The London NHS Trust" },
    { name: "ods_code", type: "text", meaning: "The trust's ODS code; empty where the record does not give it", example: "" },
    { name: "trust_slug", type: "text", meaning: "The trust's key, as in the dashboard's addresses and the trust filter", example: "barts" },
    { name: "go_live_id", type: "integer", meaning: "The go-live accepted (stable id)", example: "2" },
    { name: "scope", type: "text", meaning: "The go-live's phase or scope", example: "Whole trust" },
    { name: "accepted_on", type: "date", meaning: "When the trust accepted it (first day of the period), ISO 8601", example: "2009-03-01" },
    { name: "accepted_on_precision", type: "date precision", meaning: "day, month, quarter or year: how much of accepted_on the record gives", example: "month" },
    { name: "note", type: "text", meaning: "What the record says of it", example: "" },
    { name: "certainty", type: "enum", meaning: "confirmed, single_source or uncertain", example: "single_source" },
    { name: "certainty_note", type: "text", meaning: "Why the record is uncertain, where it is", example: "" },
    { name: "sources", type: "text", meaning: "Web addresses (or titles) of its sources, separated by spaces", example: "https://www.computerweekly.com/news/2240088725/" },
    { name: "known_from", type: "date", meaning: "The day it became known: its own knowledge date, else its earliest dated source's publication, else the day it was recorded. As it stood (the default), a row is included only from this day; with view=hindsight, from the day it happened", example: "2009-03-31" },
  ],
  parseFilters: parseRecordFilters,
  query(filters) {
    const values: unknown[] = [filters.asOf];
    let where = `WHERE a."acceptedOn" <= $1::date AND ${knownByCondition(KNOWN, "$1", filters.hindsight)}`;
    if (filters.trust) {
      values.push(filters.trust);
      where += ` AND t.slug = $${values.length}`;
    }
    return { text: `${SELECT} ${where}`, values };
  },
  copySql: () => `${SELECT} ORDER BY a.id`,
  cells: [
    integer("k"), text("trust"), text("ods_code"), text("trust_slug"), integer("go_live_id"), text("scope"), isoDay("accepted_on"), lower("accepted_precision"),
    text("note"), lower("certainty"), text("certainty_note"), text("sources"), isoDay("known_from"),
  ],
};
