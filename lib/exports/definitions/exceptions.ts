import "server-only";
// The go-lives outside tolerance on a date (decision 020), as /board/tolerances lists them.
import { loadExceptions } from "../../data/tolerances";
import { parseView, type ViewResult } from "../../validation/as-of";
import { lowerOf, yesNo } from "../derived";
import { derivedExport } from "../derived-columns";

export const exceptionsExport = derivedExport<ViewResult>({
  name: "exceptions", title: "Exceptions",
  description: "The go-lives outside what the board agreed to tolerate on the date (days of slip against a baseline, a deadline, money deferred), open or gone live outside it, with the reason in words and since when, as the record stood (or with hindsight: view=hindsight). The rules are in decision record 020.",
  version: 1, page: "/board/tolerances",
  columns: [
    { name: "trust", type: "text", meaning: "The trust's name", example: "Kingston Hospital NHS Trust" },
    { name: "trust_slug", type: "text", meaning: "The trust's key", example: "kingston" },
    { name: "scope", type: "text", meaning: "The go-live's phase or scope", example: "Whole trust" },
    { name: "go_live_id", type: "integer", meaning: "The go-live's id (stable)", example: "5" },
    { name: "kind", type: "enum", meaning: "slip, deadline or money: the tolerance it is outside", example: "slip" },
    { name: "state", type: "enum", meaning: "open (not live, outside tolerance) or closed (went live outside it)", example: "open" },
    { name: "since", type: "date", meaning: "The first day of the run of days it has been outside, to as_of", example: "2008-12-31" },
    { name: "since_when_recorded", type: "boolean", meaning: "true when, as the record stood, the run starts on `since` only because the tolerance was recorded then", example: "false" },
    { name: "reason", type: "text", meaning: "Why, in words", example: "Its forecast, April 2009 at the earliest, is 122 to 180 days after the baseline's November 2008; 90 days tolerated." },
    { name: "tolerance", type: "text", meaning: "The tolerance in words", example: "90 days of slip against the record on 30 October 2008" },
    { name: "tolerance_key", type: "text", meaning: "The tolerance's key in the record", example: "slip-programme-2008-11-01" },
    { name: "programme_wide", type: "boolean", meaning: "true for the programme's tolerance, false for the go-live's own", example: "true" },
    { name: "slip_days_min", type: "integer", meaning: "For slip and money: the fewest days of slip against the baseline the dates allow", example: "122" },
    { name: "slip_days_max", type: "integer", meaning: "The most days of slip the dates allow", example: "180" },
    { name: "went_live_on", type: "date", meaning: "Closed: the first day the go-live may have happened; empty while open", example: "" },
    { name: "as_of", type: "date", meaning: "The date the exceptions are of", example: "2009-02-11" },
    { name: "view", type: "enum", meaning: "as_it_stood or hindsight", example: "hindsight" },
  ],
  parseFilters(params) {
    const view = parseView(params.getAll("asOf").length ? params.getAll("asOf") : undefined, params.getAll("view").length ? params.getAll("view") : undefined);
    return { filters: view, errors: [...(view.error ? [`asOf: ${view.error}`] : []), ...(view.viewError ? [`view: ${view.viewError}`] : [])] };
  },
  async rows(actor, view) {
    const result = await loadExceptions(actor, view.view);
    return {
      rows: result.exceptions.map((e) => [
        e.trust.name, e.trust.slug, e.scope, e.goLiveId, lowerOf(e.kind), lowerOf(e.state), e.since, yesNo(e.sinceRecorded), e.reason, e.tolerance, e.toleranceKey,
        yesNo(e.programmeWide), e.slip?.min, e.slip?.max, e.wentLiveOn, view.asOf, view.hindsight ? "hindsight" : "as_it_stood",
      ]),
      errors: [],
    };
  },
  stamp: (view) => `${view.asOf}${view.hindsight ? "-hindsight" : ""}`,
});
