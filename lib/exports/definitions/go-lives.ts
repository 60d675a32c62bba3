import "server-only";
// The overview's table (decision 021): each go-live's status on the date as the page shows it, for the same filters.
import { getOverview } from "../../data/overview";
import type { OverviewRow } from "../../domain/rollout";
import { parseOverviewQuery, type OverviewQuery } from "../../validation/overview";
import { cellsOf, derivedColumn, problemsOf, type DerivedColumn, derivedExport } from "../derived-columns";

interface GoLiveRow {
  r: OverviewRow;
  asOf: string;
  hindsight: boolean;
}

const actualOf = ({ r }: GoLiveRow) => r.derived.actuals[0]?.wentLive ?? null;
const column = derivedColumn<GoLiveRow>;

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
  column("certainty", "enum", "confirmed, single_source or uncertain: the weakest of the facts the row rests on", "confirmed", ({ r }) =>
    r.certainty.toLowerCase(),
  ),
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
    ({ hindsight }) => (hindsight ? "hindsight" : "as_it_stood"),
  ),
  column(
    "reported_later",
    "date",
    "With hindsight: the day the latest fact behind the row became known, when after as_of; empty otherwise",
    "",
    ({ r }) => r.reportedLater ?? "",
  ),
];

/** The overview's go-lives as cells, column by column: the file, the workbook and the read API's overview collection. */
export const goLiveCells = (rows: readonly OverviewRow[], asOf: string, hindsight: boolean) =>
  cellsOf(
    GO_LIVE_COLUMNS,
    rows.map((r) => ({ r, asOf, hindsight })),
  );

export const goLivesExport = derivedExport<OverviewQuery>({
  name: "go-lives",
  title: "Go-lives (the overview)",
  description: "Each go-live's status on the as-of date, as the overview's table shows it, for the same filters (status, configuration, certainty).",
  version: 2,
  page: "/",
  columns: GO_LIVE_COLUMNS,
  parseFilters(params) {
    const query = parseOverviewQuery(Object.fromEntries(params));
    const errors = [
      ...(query.asOf.error ? [`asOf: ${query.asOf.error}`] : []),
      ...(query.asOf.viewError ? [`view: ${query.asOf.viewError}`] : []),
      ...problemsOf(query.errors),
    ];
    return { filters: query, errors };
  },
  async rows(actor, query) {
    const overview = await getOverview(actor, query, { allRows: true });
    return { rows: goLiveCells(overview.rows, overview.asOf, overview.hindsight), errors: [] };
  },
  stamp: (query) => `${query.asOf.asOf}${query.asOf.hindsight ? "-hindsight" : ""}`,
});
