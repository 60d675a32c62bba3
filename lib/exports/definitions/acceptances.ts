import { parseRecordFilters, type RecordFilters } from "../filters";
import { GO_LIVE_COLUMNS, GO_LIVE_SELECT, col, dated, goLiveJoins } from "../columns";
import { recordExport } from "../record-export";

/** Trusts certifying a deployment fit for purpose: the day the deployment charge fell due. */
export const acceptancesExport = recordExport<RecordFilters>({
  name: "acceptances",
  title: "Acceptances",
  description:
    "Each time a trust certified a deployment fit for purpose (the deployment charge falls due then), with its sources. An acceptance is included from the first day of the period it happened in.",
  version: 1,
  page: "/payments",
  // known as rowKnowledge reads it: its own knowledge date, else its sources, else the day it was recorded (the default)
  from: { table: "Acceptance", alias: "a", sourcesTable: "_AcceptanceToSource" },
  joins: goLiveJoins("a"),
  id: ["acceptance_id", "The acceptance", "1"],
  columns: [
    ...GO_LIVE_COLUMNS,
    ...dated("accepted_on", "When the trust accepted it (first day of the period), ISO 8601", "2009-03-01", "month"),
    col.text("note", "What the record says of it", ""),
  ],
  select: `${GO_LIVE_SELECT},
  a."acceptedOn" AS accepted_on, a.precision AS accepted_on_precision, a.note`,
  parseFilters: parseRecordFilters,
  happened: `a."acceptedOn" <= $1::date`,
});
