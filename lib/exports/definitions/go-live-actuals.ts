import { sqlExport } from "../types";
import { certainFromSql, knownByCondition, knownFromSql, parseRecordFilters, type RecordFilters } from "../filters";
import { CERTAINTY, CERTAINTY_NOTE, GO_LIVE_ID, KNOWN_FROM, ODS_CODE, SCOPE, SOURCES, TRUST, TRUST_SLUG, col, dated, idColumn } from "../columns";
import { sourcesJoin } from "../format";

// As lib/derived/lean-record.ts reads an actual: known from its own knowledge date, else its sources, else the day
// it was recorded; a correction of an earlier actual counts only from the day it was recorded, and the actual it
// corrects counts until then.
const KNOWN = knownFromSql({
  own: certainFromSql(`a."knownOn"`, `a."knownPrecision"`),
  joinTable: "_GoLiveActualToSource",
  factColumn: "A",
  factId: "a.id",
  createdAt: `a."createdAt"`,
});
const CORRECTS = `(SELECT min(c.id) FROM "GoLiveActual" c WHERE c."supersededById" = a.id)`;

const select = (
  asOf: string,
  hindsight: string,
) => `SELECT a.id AS k, t.name AS trust, t."odsCode" AS ods_code, t.slug AS trust_slug, g.id AS go_live_id, g.scope,
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
export const goLiveActualsExport = sqlExport<RecordFilters>({
  name: "go-live-actuals",
  title: "Go-lives that happened",
  description:
    "Each go-live as it happened, with its note, the reason recorded where it went live while a halt covered the trust, and its sources. Two rows for one go-live where the sources disagree on the day (the Royal Free: 15 or 16 June 2008). A correction is a new row naming the row it corrects; the corrected row stays, marked superseded from the day of the correction.",
  version: 1,
  page: "/timeline",
  columns: [
    idColumn("actual_id", "The go-live event", "3"),
    TRUST,
    ODS_CODE,
    TRUST_SLUG,
    GO_LIVE_ID,
    SCOPE,
    ...dated("went_live_on", "When it went live (first day of the period), ISO 8601", "2008-06-15", "day", "went_live_on", "went_live_precision"),
    col.text("note", "What the record says of it", ""),
    col.text("override_reason", "Why it went live while a halt covered the trust; empty otherwise", ""),
    col.integer("corrects_actual_id", "The row this one corrects; empty when it corrects none", ""),
    col.integer("superseded_by_actual_id", "The row that corrected this one, by as_of (with view=hindsight, ever); empty when none", ""),
    col.date("superseded_on", "The day it was corrected, when superseded_by_actual_id is given", ""),
    CERTAINTY,
    CERTAINTY_NOTE,
    SOURCES,
    KNOWN_FROM,
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
});
