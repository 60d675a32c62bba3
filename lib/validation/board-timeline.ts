import { z } from "zod";
import { formatIsoDate } from "../domain/dates";
import { PROGRAMME, zoomRange, type DateRange } from "../domain/board-timeline";
import { asOfSchema } from "./as-of";
import { addressDateSchema } from "./address-date";
import { firstValue } from "./search-params";

/** Bars per go-live: the baselines and the actual go-live, five at most (NHS England: at most 5 series). */
export const MAX_BASELINES = 4;

const blank = z.literal("").transform(() => undefined);
const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((s) => s.trim()).filter((s) => s !== "");

export const boardTimelineQuerySchema = z
  .object({
    zoom: z
      .string()
      .trim()
      .refine((v) => v === "custom" || zoomRange(v) !== null, "Choose a period from the list, or choose custom dates and enter them")
      .optional()
      .or(blank),
    from: addressDateSchema("The first day").optional().or(blank),
    to: addressDateSchema("The last day").optional().or(blank),
    baseline: z.array(z.string().regex(/^[a-z0-9-]{1,120}$/, "Choose baselines from the list")),
    // The checkboxes' dates (and addresses bookmarked before the date input had its own name, ?on=YYYY-MM-DD).
    on: z.array(asOfSchema),
    // The date input "The record on another date": its own name, so the proxy's rewrite of onDate-day/-month/-year
    // never touches the checkboxes' `on` values.
    onDate: addressDateSchema("The other date").optional().or(blank),
  })
  .superRefine((v, ctx) => {
    if (v.baseline.length + v.on.length + (v.onDate ? 1 : 0) > MAX_BASELINES) {
      ctx.addIssue({
        code: "custom",
        path: ["baselines"],
        message: `Choose at most ${MAX_BASELINES} baselines: the chart draws at most five bars for each go-live`,
      });
    }
    const custom = v.zoom === "custom" || (!v.zoom && (v.from || v.to));
    if (!custom) return;
    if (!v.from) ctx.addIssue({ code: "custom", path: ["from"], message: "Enter the first day of the period" });
    if (!v.to) ctx.addIssue({ code: "custom", path: ["to"], message: "Enter the last day of the period" });
    if (v.from && v.to && v.to < v.from)
      ctx.addIssue({ code: "custom", path: ["to"], message: `The last day of the period must be on or after its first day, ${formatIsoDate(v.from)}` });
  });

export type BoardTimelineField = "zoom" | "from" | "to" | "baselines" | "onDate";

export interface BoardTimelineQuery {
  range: DateRange;
  /** the preset chosen ("all", "2008", "2008-Q4") or "custom" */
  zoom: string;
  baselineKeys: string[];
  onDates: string[];
  /** nothing asked yet: the page chooses the baselines (the record before each halt) */
  isFirstVisit: boolean;
  errors: { field: BoardTimelineField; message: string }[];
  /** what was asked, to show back in the form */
  params: { zoom?: string; from?: string; to?: string; baseline: string[]; on: string[]; onDate?: string };
}

/** The URL is the state: `zoom=2008-Q4` (or `from` and `to`), `baseline=<key>` and `on=<date>`, each repeatable, and `onDate=<date>`. */
export function parseBoardTimelineQuery(raw: Record<string, string | string[] | undefined>): BoardTimelineQuery {
  const params = {
    zoom: firstValue(raw.zoom),
    from: firstValue(raw.from),
    to: firstValue(raw.to),
    baseline: many(raw.baseline),
    on: many(raw.on),
    onDate: firstValue(raw.onDate),
  };
  const isFirstVisit = ["zoom", "from", "to", "baseline", "on", "onDate"].every((k) => raw[k] === undefined);
  // When something is wrong, the baselines asked for are kept as asked, to show back in the form.
  const fallback = { range: PROGRAMME, zoom: "all", baselineKeys: params.baseline, onDates: params.on, isFirstVisit, params };
  const result = boardTimelineQuerySchema.safeParse(params);
  if (!result.success) {
    // A bookmarked `on` date that is not one is shown, and said, in the date input.
    const fieldOf = (key: PropertyKey | undefined): BoardTimelineField =>
      key === "baseline" ? "baselines" : key === "on" ? "onDate" : ((key as BoardTimelineField | undefined) ?? "zoom");
    const errors = result.error.issues.map((i) => ({ field: fieldOf(i.path[0]), message: i.message }));
    // One message per field: the first, as the NHS pattern shows it.
    return { ...fallback, errors: errors.filter((e, i) => errors.findIndex((f) => f.field === e.field) === i) };
  }
  const v = result.data;
  const preset = v.zoom && v.zoom !== "custom" ? zoomRange(v.zoom) : null;
  const range = preset ?? (v.from && v.to ? { from: v.from, to: v.to } : PROGRAMME);
  const zoom = preset?.value ?? (v.from && v.to ? "custom" : "all");
  return {
    range: { from: range.from, to: range.to },
    zoom,
    baselineKeys: [...new Set(v.baseline)],
    onDates: [...new Set(v.onDate ? [...v.on, v.onDate] : v.on)].sort(),
    isFirstVisit,
    errors: [],
    params,
  };
}
