import { z } from "zod";
import { parseIsoDate, todayIso } from "../domain/dates";

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
