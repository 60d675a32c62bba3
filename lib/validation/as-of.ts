import { z } from "zod";
import { parseIsoDate, todayIso } from "../domain/dates";
import type { View } from "../domain/knowledge";
import { DATE_PARTS, datePartsFromIso, readDateInput, type DatePartsTyped } from "./date-input";

export const EARLIEST_AS_OF = "2000-01-01";
export const LATEST_AS_OF = "2099-12-31";

export const asOfSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the date as year, month and day, for example 2009-02-11")
  .refine((v) => parseIsoDate(v) !== null, "Enter a real date, for example 2009-02-11")
  .refine((v) => v >= EARLIEST_AS_OF && v <= LATEST_AS_OF, `Enter a date between ${EARLIEST_AS_OF} and ${LATEST_AS_OF}`);

export interface AsOfResult {
  /** the date the page shows: what was asked for, or today when it was missing or wrong */
  asOf: string;
  /** what the user typed, kept so the date control can show it back */
  requested: string | null;
  error: string | null;
}

export function parseAsOf(raw: string | string[] | undefined, today: string = todayIso()): AsOfResult {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value.trim() === "") return { asOf: today, requested: null, error: null };
  const typed = typedParts(value);
  if (typed) {
    const read = readDateInput(typed, "the date", { coarsest: "DAY", earliestYear: Number(EARLIEST_AS_OF.slice(0, 4)), latestYear: Number(LATEST_AS_OF.slice(0, 4)) });
    if ("error" in read) return { asOf: today, requested: value, error: read.error };
    if (read.value) return { asOf: read.value.date, requested: read.value.date, error: null };
    return { asOf: today, requested: null, error: null };
  }
  const result = asOfSchema.safeParse(value);
  if (result.success) return { asOf: result.data, requested: result.data, error: null };
  return { asOf: today, requested: value, error: result.error.issues[0]?.message ?? "Enter a valid date" };
}

/**
 * The "as of" form is the NHS date input: asOf-day, asOf-month and asOf-year. proxy.ts reads them first:
 * a real date is sent on as ?asOf=YYYY-MM-DD (the one form of the date in links); anything else reaches the
 * page as the three parts, day/month/year, each URI-encoded, so the page can say what is wrong and show them back.
 */
export const AS_OF_PARTS = DATE_PARTS.map((p) => `asOf-${p}`);

/**
 * An address with the date input's fields, as it should be read: `redirect` to the one form of the address (a
 * real date as ?asOf=YYYY-MM-DD; nothing typed, no date), or `read` the parts where something is wrong with
 * them. null when the address has none of them.
 */
export function asOfFromParts(search: URLSearchParams): { redirect: boolean; search: URLSearchParams } | null {
  if (!AS_OF_PARTS.some((name) => search.has(name))) return null;
  const [day, month, year] = AS_OF_PARTS.map((name) => (search.get(name) ?? "").trim());
  const read = readDateInput({ day: day!, month: month!, year: year! }, "the date", { coarsest: "DAY" });
  const isDate = "value" in read && read.value !== null && read.value.date >= EARLIEST_AS_OF && read.value.date <= LATEST_AS_OF;
  const isEmpty = "value" in read && read.value === null;
  const asOf = isEmpty ? null : isDate ? read.value!.date : [day, month, year].map((p) => encodeURIComponent(p!)).join("/");
  // asOf takes the place of the first part, so the address reads in the form's order.
  const next = new URLSearchParams();
  let placed = false;
  for (const [name, value] of search) {
    if (name !== "asOf" && !AS_OF_PARTS.includes(name)) next.append(name, value);
    else if (!placed && AS_OF_PARTS.includes(name)) {
      placed = true;
      if (asOf !== null) next.append("asOf", asOf);
    }
  }
  return { redirect: isEmpty || isDate, search: next };
}

/** An asOf value holding the date input's three parts (asOfFromParts), read back; null for any other value. */
function typedParts(value: string): DatePartsTyped | null {
  const parts = value.split("/");
  if (parts.length !== 3) return null;
  try {
    const [day, month, year] = parts.map((p) => decodeURIComponent(p));
    return { day: day!, month: month!, year: year! };
  } catch {
    return null;
  }
}

/** What the date input shows: the parts as typed, or the date asked for, or the date shown. */
export function asOfInputParts(result: AsOfResult): DatePartsTyped {
  const value = result.requested ?? result.asOf;
  const typed = typedParts(value);
  if (typed) return typed;
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(value)) return datePartsFromIso(value);
  return result.error ? { day: "", month: "", year: "" } : datePartsFromIso(result.asOf);
}

/** `?view=hindsight` reads the date with everything known now; anything else (or nothing) reads it as it stood. */
export const HINDSIGHT = "hindsight";

export interface ViewResult extends AsOfResult {
  /** true: everything known now, each later fact marked; false: only what was known on the date */
  hindsight: boolean;
  /** what the reading rules take (lib/domain/knowledge.ts) */
  view: View;
  /** a view the address asked for that is neither: shown as a message, read as it stood */
  viewError: string | null;
}

export function parseView(rawAsOf: string | string[] | undefined, rawView: string | string[] | undefined, today: string = todayIso()): ViewResult {
  const asOf = parseAsOf(rawAsOf, today);
  const value = (Array.isArray(rawView) ? rawView[0] : rawView)?.trim() ?? "";
  const hindsight = value === HINDSIGHT;
  const viewError = value === "" || hindsight || value === "as-it-stood" ? null : "Choose how to read the date: as it stood, or with hindsight";
  return { ...asOf, hindsight, view: { asOf: asOf.asOf, hindsight }, viewError };
}

/** The query-string entries that carry a view to another page: only what differs from the default. */
export function viewParams(v: Pick<ViewResult, "asOf" | "requested" | "error" | "hindsight">): Record<string, string> {
  return {
    ...(v.requested && !v.error ? { asOf: v.asOf } : {}),
    ...(v.hindsight ? { view: HINDSIGHT } : {}),
  };
}

/** parseView over a page's search parameters. */
export function parseViewParams(searchParams: { asOf?: string | string[]; view?: string | string[] }, today: string = todayIso()): ViewResult {
  return parseView(searchParams.asOf, searchParams.view, today);
}
