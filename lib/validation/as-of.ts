import { z } from "zod";
import { parseIsoDate, todayIso } from "../domain/dates";
import type { View } from "../domain/knowledge";

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
  const result = asOfSchema.safeParse(value);
  if (result.success) return { asOf: result.data, requested: result.data, error: null };
  return { asOf: today, requested: value, error: result.error.issues[0]?.message ?? "Enter a valid date" };
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
