import "server-only";
// Milestone trends (decision 018): each go-live's forecast at each reporting date, as /board/trends draws them.
import { loadMilestoneTrends } from "../../data/trends";
import { parseTrendsQuery, type TrendsQuery } from "../../validation/trends";
import { viewErrors } from "../filters";
import { derivedColumn, derivedExport, lowerOf, problemsOf, yesNo, type DerivedColumn } from "../derived-columns";

type Trend = Awaited<ReturnType<typeof loadMilestoneTrends>>["trends"][number];
interface Row {
  t: Trend;
  p: Trend["points"][number];
  q: TrendsQuery;
}

const column = derivedColumn<Row>;

const COLUMNS: DerivedColumn<Row>[] = [
  column("trust", "text", "The go-live's label on the chart: the trust, and its scope where it has more than one go-live", "Kingston", ({ t }) => t.label),
  column("trust_slug", "text", "The trust's key", "kingston", ({ t }) => t.trustSlug),
  column("go_live_id", "integer", "The go-live's id (stable)", "5", ({ t }) => t.goLiveId),
  column("reporting_date", "date", "The reporting date (a quarter's or month's end, or a board meeting)", "2008-12-31", ({ p }) => p.on),
  column(
    "status",
    "enum",
    "The go-live's status on the reporting date as the record stood (planned, next_in_line, halted, live, withdrawn, not_known); empty when not yet in the record",
    "halted",
    ({ p }) => lowerOf(p.status),
  ),
  column("forecast_start", "date", "The first day of the forecast's period; empty when there is no dated forecast", "2009-04-01", ({ p }) => p.forecast?.start),
  column("forecast_end", "date", "The last day of the forecast's period", "2009-04-30", ({ p }) => p.forecast?.end),
  column("forecast_precision", "date precision", "day, month, quarter (a season) or year", "month", ({ p }) => lowerOf(p.forecast?.precision)),
  column("forecast_words", "text", "The record's words for the forecast", "April 2009 at the earliest", ({ p }) => p.forecast?.label),
  column("overdue", "boolean", "true when the forecast's whole period had passed by the reporting date and the go-live was not live", "false", ({ p }) =>
    yesNo(p.overdue),
  ),
  column("note", "text", "Where there is no forecast, why: Live, No plan known yet, Not yet in the record, or the plan's words", "", ({ p }) => p.note),
  column(
    "went_live_start",
    "date",
    "The go-live, as the record stood on as_of (first day of its period); empty when not live",
    "2009-11-30",
    ({ t }) => t.actual?.start,
  ),
  column("went_live_precision", "date precision", "Precision of went_live_start", "day", ({ t }) => lowerOf(t.actual?.precision)),
  column("interval", "enum", "quarter, month or meeting: how often the forecasts were read", "quarter", ({ q }) => q.interval),
  column("as_of", "date", "The page's date: no reporting date after it is read", "2010-06-01", ({ q }) => q.asOf.asOf),
];

export const trendsExport = derivedExport<TrendsQuery, Row>({
  name: "trends",
  title: "Milestone trends",
  description:
    "For each go-live drawn on the milestone trend chart (the trusts chosen, or the go-lives re-planned most), its forecast go-live at each reporting date as the record stood on it, one row per go-live and reporting date, with the go-live where it happened. A forecast the record gives to the month or season is its whole period.",
  version: 1,
  page: "/board/trends",
  columns: COLUMNS,
  parseFilters(params) {
    const query = parseTrendsQuery({
      asOf: params.getAll("asOf").length ? params.getAll("asOf") : undefined,
      interval: params.getAll("interval").length ? params.getAll("interval") : undefined,
      trust: params.getAll("trust"),
    });
    return { filters: query, errors: [...viewErrors(query.asOf), ...problemsOf(query.errors)] };
  },
  async read(actor, q) {
    const result = await loadMilestoneTrends(actor, { asOf: q.asOf.asOf, interval: q.interval, trusts: q.trusts });
    return {
      rows: result.trends.flatMap((t) => t.points.map((p) => ({ t, p, q }))),
      errors: result.unknown.length ? [`trust: No trust in the rollout is called ${result.unknown.join(", ")}: choose trusts from the list`] : [],
    };
  },
  stamp: (q) => q.asOf.asOf,
});
