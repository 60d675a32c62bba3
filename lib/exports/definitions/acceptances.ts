import { sqlExport } from "../types";
import { factKnownFromSql, parseRecordFilters, recordWhere, type RecordFilters } from "../filters";
import { GO_LIVE_COLUMNS, GO_LIVE_SELECT, PROVENANCE_COLUMNS, col, dated, idColumn, provenanceSelect } from "../columns";
import { sourcesJoin } from "../format";

// An acceptance is known from its own knowledge date, else its sources, else the day it was recorded (rowKnowledge, no own date).
const KNOWN = factKnownFromSql("a", "_AcceptanceToSource");

const SELECT = `SELECT a.id AS k, ${GO_LIVE_SELECT},
  a."acceptedOn" AS accepted_on, a.precision AS accepted_precision, a.note, ${provenanceSelect("a", KNOWN)}
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
    ...GO_LIVE_COLUMNS,
    ...dated("accepted_on", "When the trust accepted it (first day of the period), ISO 8601", "2009-03-01", "month", "accepted_on", "accepted_precision"),
    col.text("note", "What the record says of it", ""),
    ...PROVENANCE_COLUMNS,
  ],
  parseFilters: parseRecordFilters,
  query(filters) {
    const { where, values } = recordWhere(filters, `a."acceptedOn" <= $1::date`, KNOWN);
    return { text: `${SELECT} ${where}`, values };
  },
  copySql: () => `${SELECT} ORDER BY a.id`,
});
