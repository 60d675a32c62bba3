import { parseRecordFilters, type RecordFilters } from "../filters";
import { GO_LIVE_COLUMNS, GO_LIVE_SELECT, col, dated, goLiveJoins } from "../columns";
import { recordExport } from "../record-export";

// As lib/derived/lean-record.ts reads an actual: known from its own knowledge date, else its sources, else the day it
// was recorded (the default); a correction of an earlier actual counts only from the day it was recorded, and the
// actual it corrects counts until then.
const CORRECTS = `(SELECT min(c.id) FROM "GoLiveActual" c WHERE c."supersededById" = a.id)`;

/** Go-lives as they happened: each actual, with its notes, its reason for going live during a halt, and its corrections. */
export const goLiveActualsExport = recordExport<RecordFilters>({
  name: "go-live-actuals",
  title: "Go-lives that happened",
  description:
    "Each go-live as it happened, with its note, the reason recorded where it went live while a halt covered the trust, and its sources. Two rows for one go-live where the sources disagree on the day (the Royal Free: 15 or 16 June 2008). A correction is a new row naming the row it corrects; the corrected row stays, marked superseded from the day of the correction.",
  version: 1,
  page: "/timeline",
  from: { table: "GoLiveActual", alias: "a", sourcesTable: "_GoLiveActualToSource" },
  joins: goLiveJoins("a"),
  id: ["actual_id", "The go-live event", "3"],
  columns: [
    ...GO_LIVE_COLUMNS,
    ...dated("went_live_on", "When it went live (first day of the period), ISO 8601", "2008-06-15", "day"),
    col.text("note", "What the record says of it", ""),
    col.text("override_reason", "Why it went live while a halt covered the trust; empty otherwise", ""),
    col.integer("corrects_actual_id", "The row this one corrects; empty when it corrects none", ""),
    col.integer("superseded_by_actual_id", "The row that corrected this one, by as_of (with view=hindsight, ever); empty when none", ""),
    col.date("superseded_on", "The day it was corrected, when superseded_by_actual_id is given", ""),
  ],
  select: ({ asOf, hindsight }) => `${GO_LIVE_SELECT},
  a."wentLiveOn" AS went_live_on, a.precision AS went_live_on_precision, a.note, a."overrideReason" AS override_reason,
  ${CORRECTS} AS corrects_actual_id,
  CASE WHEN ${hindsight} OR a."supersededAt"::date <= ${asOf} THEN a."supersededById" END AS superseded_by_actual_id,
  CASE WHEN ${hindsight} OR a."supersededAt"::date <= ${asOf} THEN a."supersededAt"::date END AS superseded_on`,
  parseFilters: parseRecordFilters,
  // as it stood, a correction counts only from the day it was recorded
  happened: (filters) => `a."wentLiveOn" <= $1::date${filters.hindsight ? "" : ` AND (${CORRECTS} IS NULL OR a."createdAt"::date <= $1::date)`}`,
});
