// The timeline's address: the date and view, the page of go-lives, and the drill-down from a count
// to the go-lives behind it (`?series=live&quarter=2009-Q1`). Bad values get a message and are left
// out, never a failed page.
import { NOT_TO_A_QUARTER, SERIES, type QuarterKey, type Series } from "../domain/timeline";
import { parseViewParams, type ViewResult } from "./as-of";
import { parsePage, type SearchParams } from "./overview";

export interface TimelineQuery {
  asOf: ViewResult;
  page: number;
  drill: { series: Series; quarter: QuarterKey } | null;
  /** the drill-down as it goes back into links */
  params: { series?: string; quarter?: string };
  errors: { field: "series" | "quarter" | "page"; message: string }[];
}

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const text = (v: unknown) => {
  const value = first(v);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
};

export function parseTimelineQuery(params: SearchParams): TimelineQuery {
  const asOf = parseViewParams(params);
  const errors: TimelineQuery["errors"] = [];
  const { page, error } = parsePage(params.page);
  if (error) errors.push({ field: "page", message: error });
  const series = text(params.series);
  const quarter = text(params.quarter);
  let drill: TimelineQuery["drill"] = null;
  if (series !== undefined || quarter !== undefined) {
    const seriesOk = series !== undefined && (SERIES as readonly string[]).includes(series);
    const quarterOk = quarter !== undefined && (quarter === NOT_TO_A_QUARTER || /^(19|20)\d\d-Q[1-4]$/.test(quarter));
    if (!seriesOk) errors.push({ field: "series", message: `Choose which count to list: ${SERIES.join(", ")}` });
    if (!quarterOk)
      errors.push({ field: "quarter", message: `Choose a quarter such as 2009-Q1, or ${NOT_TO_A_QUARTER} for dates the record gives only as a longer period` });
    if (seriesOk && quarterOk) drill = { series: series as Series, quarter: quarter! };
  }
  return { asOf, page, drill, params: drill ? { series: drill.series, quarter: drill.quarter } : {}, errors };
}
