import { sqlExport } from "../types";
import { certainFromSql, knownByCondition, knownFromSql, parseRecordFilters, type RecordFilters } from "../filters";
import { CERTAINTY, CERTAINTY_NOTE, GO_LIVE_ID, KNOWN_FROM, ODS_CODE, SCOPE, SOURCES, TRUST, TRUST_SLUG, col, dated, idColumn } from "../columns";
import { sourcesJoin } from "../format";

// An acceptance is known from its own knowledge date, else its sources, else the day it was recorded (rowKnowledge, no own date).
const KNOWN = knownFromSql({
  own: certainFromSql(`a."knownOn"`, `a."knownPrecision"`),
  joinTable: "_AcceptanceToSource",
  factColumn: "A",
  factId: "a.id",
  createdAt: `a."createdAt"`,
});

const SELECT = `SELECT a.id AS k, t.name AS trust, t."odsCode" AS ods_code, t.slug AS trust_slug, g.id AS go_live_id, g.scope,
  a."acceptedOn" AS accepted_on, a.precision AS accepted_precision, a.note, a.certainty, a."certaintyNote" AS certainty_note,
  src.sources, ${KNOWN} AS known_from
FROM "Acceptance" a
JOIN "GoLive" g ON g.id = a."goLiveId"
JOIN "Trust" t ON t.id = g."trustId"
${sourcesJoin("_AcceptanceToSource", "a.id")}`;

/** Trusts certifying a deployment fit for purpose: the day the deployment charge fell due. */
export const acceptancesExport = sqlExport<RecordFilters>({
  name: "acceptances",
  title: "Acceptances",
  description:
    "Each time a trust certified a deployment fit for purpose (the deployment charge falls due then), with its sources. An acceptance is included from the first day of the period it happened in.",
  version: 1,
  page: "/payments",
  columns: [
    idColumn("acceptance_id", "The acceptance", "1"),
    TRUST,
    ODS_CODE,
    TRUST_SLUG,
    GO_LIVE_ID,
    SCOPE,
    ...dated("accepted_on", "When the trust accepted it (first day of the period), ISO 8601", "2009-03-01", "month", "accepted_on", "accepted_precision"),
    col.text("note", "What the record says of it", ""),
    CERTAINTY,
    CERTAINTY_NOTE,
    SOURCES,
    KNOWN_FROM,
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
});
