import "server-only";
// The go-lives outside tolerance on a date (decision 020), as /board/tolerances lists them.
import { loadExceptions } from "../../data/tolerances";
import { parseView, type ViewResult } from "../../validation/as-of";
import { viewErrors } from "../filters";
import { derivedColumn, derivedExport, lowerOf, viewCell, viewStamp, yesNo, type DerivedColumn } from "../derived-columns";

type Exception = Awaited<ReturnType<typeof loadExceptions>>["exceptions"][number];
interface Row {
  e: Exception;
  view: ViewResult;
}

const column = derivedColumn<Row>;

const COLUMNS: DerivedColumn<Row>[] = [
  column("trust", "text", "The trust's name", "Kingston Hospital NHS Trust", ({ e }) => e.trust.name),
  column("trust_slug", "text", "The trust's key", "kingston", ({ e }) => e.trust.slug),
  column("scope", "text", "The go-live's phase or scope", "Whole trust", ({ e }) => e.scope),
  column("go_live_id", "integer", "The go-live's id (stable)", "5", ({ e }) => e.goLiveId),
  column("kind", "enum", "slip, deadline or money: the tolerance it is outside", "slip", ({ e }) => lowerOf(e.kind)),
  column("state", "enum", "open (not live, outside tolerance) or closed (went live outside it)", "open", ({ e }) => lowerOf(e.state)),
  column("since", "date", "The first day of the run of days it has been outside, to as_of", "2008-12-31", ({ e }) => e.since),
  column(
    "since_when_recorded",
    "boolean",
    "true when, as the record stood, the run starts on `since` only because the tolerance was recorded then",
    "false",
    ({ e }) => yesNo(e.sinceRecorded),
  ),
  column(
    "reason",
    "text",
    "Why, in words",
    "Its forecast, April 2009 at the earliest, is 122 to 180 days after the baseline's November 2008; 90 days tolerated.",
    ({ e }) => e.reason,
  ),
  column("tolerance", "text", "The tolerance in words", "90 days of slip against the record on 30 October 2008", ({ e }) => e.tolerance),
  column("tolerance_key", "text", "The tolerance's key in the record", "slip-programme-2008-11-01", ({ e }) => e.toleranceKey),
  column("programme_wide", "boolean", "true for the programme's tolerance, false for the go-live's own", "true", ({ e }) => yesNo(e.programmeWide)),
  column("slip_days_min", "integer", "For slip and money: the fewest days of slip against the baseline the dates allow", "122", ({ e }) => e.slip?.min),
  column("slip_days_max", "integer", "The most days of slip the dates allow", "180", ({ e }) => e.slip?.max),
  column("went_live_on", "date", "Closed: the first day the go-live may have happened; empty while open", "", ({ e }) => e.wentLiveOn),
  column("as_of", "date", "The date the exceptions are of", "2009-02-11", ({ view }) => view.asOf),
  column("view", "enum", "as_it_stood or hindsight", "hindsight", ({ view }) => viewCell(view.hindsight)),
];

export const exceptionsExport = derivedExport<ViewResult, Row>({
  name: "exceptions",
  title: "Exceptions",
  description:
    "The go-lives outside what the board agreed to tolerate on the date (days of slip against a baseline, a deadline, money deferred), open or gone live outside it, with the reason in words and since when, as the record stood (or with hindsight: view=hindsight). The rules are in decision record 020.",
  version: 1,
  page: "/board/tolerances",
  columns: COLUMNS,
  parseFilters(params) {
    const view = parseView(params.getAll("asOf").length ? params.getAll("asOf") : undefined, params.getAll("view").length ? params.getAll("view") : undefined);
    return { filters: view, errors: viewErrors(view) };
  },
  async read(actor, view) {
    const { exceptions } = await loadExceptions(actor, view.view);
    return { rows: exceptions.map((e) => ({ e, view })) };
  },
  stamp: viewStamp,
});
