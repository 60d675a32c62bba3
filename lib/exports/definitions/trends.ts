import "server-only";
// Milestone trends (decision 018): each go-live's forecast at each reporting date, as /board/trends draws them.
import { loadMilestoneTrends } from "../../data/trends";
import { parseTrendsQuery, type TrendsQuery } from "../../validation/trends";
import { lowerOf, problemsOf, yesNo } from "../derived";
import { derivedExport } from "../derived-columns";

export const trendsExport = derivedExport<TrendsQuery>({
  name: "trends", title: "Milestone trends",
  description: "For each go-live drawn on the milestone trend chart (the trusts chosen, or the go-lives re-planned most), its forecast go-live at each reporting date as the record stood on it, one row per go-live and reporting date, with the go-live where it happened. A forecast the record gives to the month or season is its whole period.",
  version: 1, page: "/board/trends",
  columns: [
    { name: "trust", type: "text", meaning: "The go-live's label on the chart: the trust, and its scope where it has more than one go-live", example: "Kingston" },
    { name: "trust_slug", type: "text", meaning: "The trust's key", example: "kingston" },
    { name: "go_live_id", type: "integer", meaning: "The go-live's id (stable)", example: "5" },
    { name: "reporting_date", type: "date", meaning: "The reporting date (a quarter's or month's end, or a board meeting)", example: "2008-12-31" },
    { name: "status", type: "enum", meaning: "The go-live's status on the reporting date as the record stood (planned, next_in_line, halted, live, withdrawn, not_known); empty when not yet in the record", example: "halted" },
    { name: "forecast_start", type: "date", meaning: "The first day of the forecast's period; empty when there is no dated forecast", example: "2009-04-01" },
    { name: "forecast_end", type: "date", meaning: "The last day of the forecast's period", example: "2009-04-30" },
    { name: "forecast_precision", type: "date precision", meaning: "day, month, quarter (a season) or year", example: "month" },
    { name: "forecast_words", type: "text", meaning: "The record's words for the forecast", example: "April 2009 at the earliest" },
    { name: "overdue", type: "boolean", meaning: "true when the forecast's whole period had passed by the reporting date and the go-live was not live", example: "false" },
    { name: "note", type: "text", meaning: "Where there is no forecast, why: Live, No plan known yet, Not yet in the record, or the plan's words", example: "" },
    { name: "went_live_start", type: "date", meaning: "The go-live, as the record stood on as_of (first day of its period); empty when not live", example: "2009-11-30" },
    { name: "went_live_precision", type: "date precision", meaning: "Precision of went_live_start", example: "day" },
    { name: "interval", type: "enum", meaning: "quarter, month or meeting: how often the forecasts were read", example: "quarter" },
    { name: "as_of", type: "date", meaning: "The page's date: no reporting date after it is read", example: "2010-06-01" },
  ],
  parseFilters(params) {
    const query = parseTrendsQuery({ asOf: params.getAll("asOf").length ? params.getAll("asOf") : undefined, interval: params.getAll("interval").length ? params.getAll("interval") : undefined, trust: params.getAll("trust") });
    return { filters: query, errors: [...(query.asOf.error ? [`asOf: ${query.asOf.error}`] : []), ...problemsOf(query.errors)] };
  },
  async rows(actor, q) {
    const result = await loadMilestoneTrends(actor, { asOf: q.asOf.asOf, interval: q.interval, trusts: q.trusts });
    const rows = result.trends.flatMap((t) =>
      t.points.map((p) => [
        t.label, t.trustSlug, t.goLiveId, p.on, lowerOf(p.status), p.forecast?.start, p.forecast?.end, lowerOf(p.forecast?.precision), p.forecast?.label, yesNo(p.overdue), p.note,
        t.actual?.start, lowerOf(t.actual?.precision), q.interval, q.asOf.asOf,
      ]),
    );
    return { rows, errors: result.unknown.length ? [`trust: No trust in the rollout is called ${result.unknown.join(", ")}: choose trusts from the list`] : [] };
  },
  stamp: (q) => q.asOf.asOf,
});
