// The milestone trend page's address (/board/trends): the date, how often the forecasts are read, and the
// trusts drawn. Every problem comes back as a message for the error summary; the page still draws.
import { TREND_INTERVALS, type TrendInterval } from "../domain/milestone-trends";
import { parseAsOf, type AsOfResult } from "./as-of";

/** Lines on one chart: more than this and no one can tell them apart. */
export const TRENDS_MAX_TRUSTS = 8;

export type TrendsField = "interval" | "trust";

export interface TrendsQuery {
  asOf: AsOfResult;
  interval: TrendInterval;
  /** the trusts asked for, by slug, once each, at most TRENDS_MAX_TRUSTS */
  trusts: string[];
  errors: { field: TrendsField; message: string }[];
}

const SLUG = /^[a-z0-9-]{1,100}$/;

export function parseTrendsQuery(sp: { asOf?: string | string[]; interval?: string | string[]; trust?: string | string[] }): TrendsQuery {
  const errors: TrendsQuery["errors"] = [];
  const rawInterval = (Array.isArray(sp.interval) ? sp.interval[0] : sp.interval)?.trim() ?? "";
  let interval: TrendInterval = "quarter";
  if (rawInterval !== "") {
    if ((TREND_INTERVALS as readonly string[]).includes(rawInterval)) interval = rawInterval as TrendInterval;
    else errors.push({ field: "interval", message: "Choose how often to read the forecasts: at each quarter's end, each month's end or each board meeting" });
  }
  const asked = (Array.isArray(sp.trust) ? sp.trust : sp.trust === undefined ? [] : [sp.trust]).map((s) => s.trim()).filter((s) => s !== "");
  const wellFormed = asked.filter((s) => SLUG.test(s));
  if (wellFormed.length < asked.length) errors.push({ field: "trust", message: "Choose trusts from the list" });
  let trusts = [...new Set(wellFormed)];
  if (trusts.length > TRENDS_MAX_TRUSTS) {
    errors.push({
      field: "trust",
      message: `Choose up to ${TRENDS_MAX_TRUSTS} trusts: the chart draws a line for each. The first ${TRENDS_MAX_TRUSTS} are shown`,
    });
    trusts = trusts.slice(0, TRENDS_MAX_TRUSTS);
  }
  return { asOf: parseAsOf(sp.asOf), interval, trusts, errors };
}
