import { z } from "zod";
import { parseIsoDate, todayIso } from "../domain/dates";
import type { View } from "../domain/knowledge";
import { DATE_PARTS, datePartsFromIso, readDateInput, type DatePartsTyped, type DateRules } from "./date-input";

export const EARLIEST_AS_OF = "2000-01-01";
export const LATEST_AS_OF = "2099-12-31";

/**
 * A day in an address, YYYY-MM-DD. The date input's parts (day/month/year, see dateInputsInAddress) are read by
 * parseAsOf for the "as of" date; a refinement chain, so its message reaches a page through a union with a blank value.
 */
export const asOfSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the date as year, month and day, for example 2009-02-11")
  .refine((v) => parseIsoDate(v) !== null, "Enter a real date, for example 2009-02-11")
  .refine((v) => v >= EARLIEST_AS_OF && v <= LATEST_AS_OF, `Enter a date between ${EARLIEST_AS_OF} and ${LATEST_AS_OF}`);

const ADDRESS_DAY: DateRules = { coarsest: "DAY", earliestYear: Number(EARLIEST_AS_OF.slice(0, 4)), latestYear: Number(LATEST_AS_OF.slice(0, 4)) };

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
    const read = readDateInput(typed, "the date", ADDRESS_DAY);
    if ("error" in read) return { asOf: today, requested: value, error: read.error };
    if (read.value) return { asOf: read.value.date, requested: read.value.date, error: null };
    return { asOf: today, requested: null, error: null };
  }
  const result = asOfSchema.safeParse(value);
  if (result.success) return { asOf: result.data, requested: result.data, error: null };
  return { asOf: today, requested: value, error: result.error.issues[0]?.message ?? "Enter a valid date" };
}

/**
 * A GET form's date is the NHS date input: name-day, name-month and name-year (the "as of" form's asOf-day …).
 * proxy.ts reads them first: when each is a real date (or left empty) it redirects to the one form of the
 * address, ?name=YYYY-MM-DD, the form links and bookmarks use; otherwise the page is given each as its parts typed,
 * day/month/year, each URI-encoded, which asOfSchema reads with the date input's messages, the address kept.
 */
export const AS_OF_PARTS = DATE_PARTS.map((p) => `asOf-${p}`);

const PART_NAME = /^(.+)-(day|month|year)$/;

/** The date inputs in an address as the pages read them; null when the address has none. */
export function dateInputsInAddress(search: URLSearchParams): { redirect: boolean; search: URLSearchParams } | null {
  const names = [...new Set([...search.keys()].map((k) => PART_NAME.exec(k)?.[1]).filter((n): n is string => n !== undefined))];
  if (names.length === 0) return null;
  let redirect = true;
  const values = new Map<string, string | null>();
  for (const name of names) {
    const [day, month, year] = DATE_PARTS.map((p) => (search.get(`${name}-${p}`) ?? "").trim());
    const read = readDateInput({ day: day!, month: month!, year: year! }, "the date", ADDRESS_DAY);
    if ("value" in read) values.set(name, read.value?.date ?? null);
    else {
      redirect = false;
      values.set(name, [day, month, year].map((p) => encodeURIComponent(p!)).join("/"));
    }
  }
  // Each date takes the place of its first part, so the address reads in the form's order.
  const next = new URLSearchParams();
  const placed = new Set<string>();
  for (const [key, value] of search) {
    const part = PART_NAME.exec(key)?.[1];
    if (part !== undefined) {
      if (placed.has(part)) continue;
      placed.add(part);
      const date = values.get(part);
      if (date) next.append(part, date);
    } else if (!values.has(key)) next.append(key, value);
  }
  return { redirect, search: next };
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

/** A date from an address as the date input shows it: the parts typed, or YYYY-MM-DD split (2009-02-30 too); else empty. */
export function addressDateParts(value: string | null | undefined): DatePartsTyped {
  const typed = value ? typedParts(value) : null;
  if (typed) return typed;
  if (value && /^\d{4}-\d{1,2}-\d{1,2}$/.test(value.trim())) return datePartsFromIso(value.trim());
  return { day: "", month: "", year: "" };
}

/** A date input's three fields (name-day …) holding a date from an address. */
export function addressDateFields(name: string, value: string | null | undefined): Record<string, string> {
  const parts = addressDateParts(value);
  return Object.fromEntries(DATE_PARTS.map((p) => [`${name}-${p}`, parts[p]]));
}

/** What the "as of" date input shows: the parts as typed, or the date asked for, or the date shown. */
export function asOfInputParts(result: AsOfResult): DatePartsTyped {
  const value = result.requested ?? result.asOf;
  const parts = addressDateParts(value);
  if (parts.day || parts.month || parts.year || result.error) return parts;
  return datePartsFromIso(result.asOf);
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
