import "server-only";
// The overview's table (decision 021): each go-live's status on the date as the page shows it, for the same filters.
import type { Actor } from "../../auth/permissions";
import { getOverview } from "../../data/overview";
import type { OverviewRow } from "../../domain/rollout";
import { parseOverviewQuery, type OverviewQuery } from "../../validation/overview";
import { viewErrors } from "../filters";
import { cellsOf, derivedColumn, problemsOf, viewCell, viewStamp, type DerivedColumn, derivedExport } from "../derived-columns";

/** An overview row with the date and view it was read for: the rows of this export and of the ratings. */
export interface GoLiveRow {
  r: OverviewRow;
  asOf: string;
  hindsight: boolean;
}

const actualOf = ({ r }: GoLiveRow) => r.derived.actuals[0]?.wentLive ?? null;
const column = derivedColumn<GoLiveRow>;

/** How sure the record is of an overview row, as the go-lives and the ratings give it. */
export const ROW_CERTAINTY = column(
  "certainty",
  "enum",
  "confirmed, single_source or uncertain: the weakest of the facts the row rests on",
  "confirmed",
  ({ r }) => r.certainty.toLowerCase(),
);

export const GO_LIVE_COLUMNS: DerivedColumn<GoLiveRow>[] = [
  column("trust", "text", "The trust's name", "Kingston Hospital NHS Trust", ({ r }) => r.trust.name),
  column("ods_code", "text", "The trust's ODS code; empty where the record does not give it", "", ({ r }) => r.trust.odsCode ?? ""),
  column("scope", "text", "The go-live's phase or scope", "Whole trust", ({ r }) => r.scope),
  column("configuration", "enum", "LC0, LC1, NDM (New Delivery Model) or OWN; empty if not known", "LC1", ({ r }) => r.configuration?.code ?? ""),
  column("status", "enum", "planned, next_in_line, halted, live, withdrawn or not_known, on as_of", "next_in_line", ({ r }) => r.derived.status.toLowerCase()),
  column(
    "status_reason",
    "text",
    "Why, in words",
    "Held by the halt of October 2008, lifted 11 February 2009; waiting to go live.",
    ({ r }) => r.derived.reason,
  ),
  column("planned_go_live", "date", "The latest dated plan known on as_of (first day of its period)", "2009-04-01", ({ r }) => r.latestPlanned?.date ?? ""),
  column("planned_go_live_precision", "date precision", "day, month, quarter or year", "month", ({ r }) => r.latestPlanned?.precision.toLowerCase() ?? ""),
  column(
    "actual_go_live",
    "date",
    "The go-live, if it had happened by as_of (the earliest where sources disagree)",
    "2009-11-30",
    (row) => actualOf(row)?.date ?? "",
  ),
  column("actual_go_live_precision", "date precision", "day, month, quarter or year", "day", (row) => actualOf(row)?.precision.toLowerCase() ?? ""),
  column("actual_go_live_disputed", "text", 'Where sources disagree, every date they give, joined by " or "', "2008-06-15 or 2008-06-16", (row) =>
    row.r.derived.isDisputed && actualOf(row) ? row.r.derived.actuals.map((a) => a.wentLive.date).join(" or ") || "yes" : "",
  ),
  column(
    "slip_days",
    "integer",
    "Days from the first plan to the go-live (or latest plan): the least the dates' precision allows",
    "365",
    ({ r }) => r.derived.slip?.min ?? "",
  ),
  column(
    "slip_days_max",
    "integer",
    "The most days of slip the dates' precision allows (equal to slip_days for exact days)",
    "394",
    ({ r }) => r.derived.slip?.max ?? "",
  ),
  ROW_CERTAINTY,
  column(
    "sources",
    "text",
    "Web addresses (or titles) of the sources, separated by spaces",
    "https://www.digitalhealth.net/2009/11/kingston-to-go-live-on-30-november",
    ({ r }) => r.sources.map((s) => s.url ?? s.title).join(" "),
  ),
  column("as_of", "date", "The date the row describes", "2009-02-11", ({ asOf }) => asOf),
  column(
    "view",
    "enum",
    "as_it_stood (only what was known on as_of; sources published by then) or hindsight (everything known now; view=hindsight in the address)",
    "as_it_stood",
    ({ hindsight }) => viewCell(hindsight),
  ),
  column(
    "reported_later",
    "date",
    "With hindsight: the day the latest fact behind the row became known, when after as_of; empty otherwise",
    "",
    ({ r }) => r.reportedLater ?? "",
  ),
];

const overviewRows = (rows: readonly OverviewRow[], asOf: string, hindsight: boolean): GoLiveRow[] => rows.map((r) => ({ r, asOf, hindsight }));

/** The overview's go-lives as this export's cells, column by column. */
export const goLiveCells = (rows: readonly OverviewRow[], asOf: string, hindsight: boolean) => cellsOf(GO_LIVE_COLUMNS, overviewRows(rows, asOf, hindsight));

/** Every go-live the overview lists for the query, on every page of it: the rows of this export and of the ratings. */
export async function readOverview(actor: Actor, query: OverviewQuery): Promise<{ rows: GoLiveRow[] }> {
  const overview = await getOverview(actor, query, { allRows: true });
  return { rows: overviewRows(overview.rows, overview.asOf, overview.hindsight) };
}

export const goLivesExport = derivedExport<OverviewQuery, GoLiveRow>({
  name: "go-lives",
  title: "Go-lives (the overview)",
  description: "Each go-live's status on the as-of date, as the overview's table shows it, for the same filters (status, configuration, certainty).",
  version: 2,
  page: "/",
  columns: GO_LIVE_COLUMNS,
  parseFilters(params) {
    const query = parseOverviewQuery(Object.fromEntries(params));
    return { filters: query, errors: [...viewErrors(query.asOf), ...problemsOf(query.errors)] };
  },
  read: readOverview,
  stamp: (query) => viewStamp(query.asOf),
});
