import type { ExportDefinition } from "../types";
import { certainFromSql, knownByCondition, knownFromSql, parseRecordFilters, type RecordFilters } from "../filters";
import { integer, isoDay, lower, sourcesJoin, text } from "../format";

// As lib/derived/lean-record.ts reads an actual: known from its own knowledge date, else its sources, else the day
// it was recorded; a correction of an earlier actual counts only from the day it was recorded, and the actual it
// corrects counts until then.
const KNOWN = knownFromSql({ own: certainFromSql(`a."knownOn"`, `a."knownPrecision"`), joinTable: "_GoLiveActualToSource", factColumn: "A", factId: "a.id", createdAt: `a."createdAt"` });
const CORRECTS = `(SELECT min(c.id) FROM "GoLiveActual" c WHERE c."supersededById" = a.id)`;

const select = (asOf: string, hindsight: string) => `SELECT a.id AS k, t.name AS trust, t."odsCode" AS ods_code, t.slug AS trust_slug, g.id AS go_live_id, g.scope,
  a."wentLiveOn" AS went_live_on, a.precision AS went_live_precision, a.note, a."overrideReason" AS override_reason,
  ${CORRECTS} AS corrects_actual_id,
  CASE WHEN ${hindsight} OR a."supersededAt"::date <= ${asOf} THEN a."supersededById" END AS superseded_by_actual_id,
  CASE WHEN ${hindsight} OR a."supersededAt"::date <= ${asOf} THEN a."supersededAt"::date END AS superseded_on,
  a.certainty, a."certaintyNote" AS certainty_note, src.sources, ${KNOWN} AS known_from
FROM "GoLiveActual" a
JOIN "GoLive" g ON g.id = a."goLiveId"
JOIN "Trust" t ON t.id = g."trustId"
${sourcesJoin("_GoLiveActualToSource", "a.id")}`;

/** Go-lives as they happened: each actual, with its notes, its reason for going live during a halt, and its corrections. */
export const goLiveActualsExport: ExportDefinition<RecordFilters> = {
  name: "go-live-actuals",
  title: "Go-lives that happened",
  description: "Each go-live as it happened, with its note, the reason recorded where it went live while a halt covered the trust, and its sources. Two rows for one go-live where the sources disagree on the day (the Royal Free: 15 or 16 June 2008). A correction is a new row naming the row it corrects; the corrected row stays, marked superseded from the day of the correction.",
  version: 1,
  permission: "rollout.export",
  page: "/timeline",
  order: "asc",
  columns: [
    { name: "actual_id", type: "integer", meaning: "The go-live event's id in the record (stable)", example: "3" },
    { name: "trust", type: "text", meaning: "The trust's name", example: "Royal Free Hampstead NHS Trust" },
    { name: "ods_code", type: "text", meaning: "The trust's ODS code; empty where the record does not give it", example: "" },
    { name: "trust_slug", type: "text", meaning: "The trust's key, as in the dashboard's addresses and the trust filter", example: "royal-free" },
    { name: "go_live_id", type: "integer", meaning: "The go-live (stable id)", example: "3" },
    { name: "scope", type: "text", meaning: "The go-live's phase or scope", example: "Whole trust" },
    { name: "went_live_on", type: "date", meaning: "When it went live (first day of the period), ISO 8601", example: "2008-06-15" },
    { name: "went_live_on_precision", type: "date precision", meaning: "day, month, quarter or year: how much of went_live_on the record gives", example: "day" },
    { name: "note", type: "text", meaning: "What the record says of it", example: "" },
    { name: "override_reason", type: "text", meaning: "Why it went live while a halt covered the trust; empty otherwise", example: "" },
    { name: "corrects_actual_id", type: "integer", meaning: "The row this one corrects; empty when it corrects none", example: "" },
    { name: "superseded_by_actual_id", type: "integer", meaning: "The row that corrected this one, by as_of (with view=hindsight, ever); empty when none", example: "" },
    { name: "superseded_on", type: "date", meaning: "The day it was corrected, when superseded_by_actual_id is given", example: "" },
    { name: "certainty", type: "enum", meaning: "confirmed, single_source or uncertain", example: "uncertain" },
    { name: "certainty_note", type: "text", meaning: "Why the record is uncertain, where it is", example: "Sources disagree: 15 or 16 June 2008" },
    { name: "sources", type: "text", meaning: "Web addresses (or titles) of its sources, separated by spaces", example: "https://www.digitalhealth.net/2008/06/royal-free-goes-live/" },
    { name: "known_from", type: "date", meaning: "The day it became known: its own knowledge date, else its earliest dated source's publication, else the day it was recorded. As it stood (the default), a row is included only from this day (a correction, only from the day it was recorded); with view=hindsight, from the day it happened", example: "2008-06-16" },
  ],
  parseFilters: parseRecordFilters,
  query(filters) {
    const values: unknown[] = [filters.asOf];
    const hindsight = filters.hindsight ? "TRUE" : "FALSE";
    let where = `WHERE a."wentLiveOn" <= $1::date AND ${knownByCondition(KNOWN, "$1", filters.hindsight)}`;
    if (!filters.hindsight) where += ` AND (${CORRECTS} IS NULL OR a."createdAt"::date <= $1::date)`;
    if (filters.trust) {
      values.push(filters.trust);
      where += ` AND t.slug = $${values.length}`;
    }
    return { text: `${select("$1::date", hindsight)} ${where}`, values };
  },
  copySql: () => `${select("current_date", "TRUE")} ORDER BY a.id`,
  cells: [
    integer("k"), text("trust"), text("ods_code"), text("trust_slug"), integer("go_live_id"), text("scope"), isoDay("went_live_on"), lower("went_live_precision"),
    text("note"), text("override_reason"), integer("corrects_actual_id"), integer("superseded_by_actual_id"), isoDay("superseded_on"),
    lower("certainty"), text("certainty_note"), text("sources"), isoDay("known_from"),
  ],
};
