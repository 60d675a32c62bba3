import "server-only";
// Each go-live's red, amber or green rating on the date, with its reasons (lib/domain/rag.ts, decision 008), as the
// overview's table shows it, for the same filters.
import type { OverviewQuery } from "../../validation/overview";
import { derivedColumn, derivedExport, goLiveColumns, sourcesCell, viewColumns, type DerivedColumn } from "../derived-columns";
import { goLivesExport, readOverview, ROW_CERTAINTY, type GoLiveRow } from "./go-lives";

const column = derivedColumn<GoLiveRow>;

const RATING_COLUMNS: DerivedColumn<GoLiveRow>[] = [
  ...goLiveColumns<GoLiveRow>(({ r }) => r),
  column("status", "enum", "planned, next_in_line, halted, live, withdrawn or not_known, on as_of", "halted", ({ r }) => r.derived.status.toLowerCase()),
  column(
    "rating",
    "enum",
    "red, amber, green or not_rated, on as_of, by the dashboard's own rules (decision record 008); empty where the record gives no rating",
    "red",
    ({ r }) => (r.rating ? r.rating.rating.toLowerCase() : ""),
  ),
  column(
    "reasons",
    "text",
    'Why, in words, the reasons behind the rating first, separated by " | "',
    "Halted by the October 2008 halt.",
    ({ r }) => r.rating?.reasons.join(" | ") ?? "",
  ),
  ROW_CERTAINTY,
  column(
    "sources",
    "text",
    "Web addresses (or titles) of the sources of the facts the row rests on, separated by spaces",
    "https://www.digitalhealth.net/2008/10/london-cerner-go-lives-halted/",
    ({ r }) => sourcesCell(r.sources),
  ),
  ...viewColumns<GoLiveRow>("The date the rating is for", (row) => row),
];

export const ratingsExport = derivedExport<OverviewQuery, GoLiveRow>({
  name: "ratings",
  title: "Ratings",
  description:
    "Each go-live's red, amber or green rating on the as-of date with its reasons in words, as the overview shows it, for the same filters (status, configuration, certainty). The rules are the dashboard's own, not an NHS standard: decision record 008.",
  version: 1,
  page: "/",
  columns: RATING_COLUMNS,
  parseFilters: goLivesExport.parseFilters,
  read: readOverview,
  stamp: goLivesExport.stamp,
});
