// The one reader for the NHS date input (components/forms/date-input.tsx): day, month and year typed in
// three fields, read into a date with the precision the person gave. Pure: the server actions, the "as
// of" page parameters and the component (to mark the wrong part) all read a date through it.
import { parseIsoDate, type PartialDate, type Precision } from "../domain/dates";

export const DATE_PARTS = ["day", "month", "year"] as const;
export type DatePart = (typeof DATE_PARTS)[number];

/** What was typed in each field; a missing field is "". */
export type DatePartsTyped = Record<DatePart, string>;

export type DateRead = { value: PartialDate | null } | { error: string; parts: DatePart[] };

export interface DateRules {
  /**
   * The coarsest precision the record accepts: "DAY" needs all three fields; "YEAR" (the default) takes a
   * year alone or a month and year as well, for the dates the record knows only to the month or year.
   */
  coarsest?: "DAY" | "MONTH" | "YEAR";
  earliestYear?: number;
  latestYear?: number;
}

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** A month typed as a number (1 to 12, "02") or a name ("jan", "January", "Sept"), or null. */
function monthNumber(typed: string): number | null {
  if (/^\d{1,2}$/.test(typed)) return Number(typed);
  const word = typed.toLowerCase().replace(/\.$/, "");
  if (word.length < 3) return null;
  const index = MONTH_NAMES.findIndex((m) => m.startsWith(word) || (word === "sept" && m === "september"));
  return index >= 0 ? index + 1 : null;
}

function sentence(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

const listed = (parts: DatePart[]) => (parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`);

/**
 * Reads a date from its three fields, in the NHS order of errors: missing parts ("Date decided must
 * include a month"), then each part's form ("Month must be between 1 and 12"), then "must be a real date",
 * then the years the record allows. Nothing typed gives { value: null }: whether a date is needed is the caller's rule.
 * `label` names the date as a sentence starts it, e.g. "Date decided" or "The deadline".
 */
export function readDateInput(typed: DatePartsTyped, label: string, rules: DateRules = {}): DateRead {
  const { coarsest = "YEAR", earliestYear = 1990, latestYear = 2100 } = rules;
  const day = typed.day.trim();
  const month = typed.month.trim();
  const year = typed.year.trim();
  if (!day && !month && !year) return { value: null };
  const name = sentence(label);

  // Missing parts: with the finest part given, every coarser one is needed; the record may also need a finer one.
  const needed: DatePart[] = coarsest === "DAY" || day ? ["day", "month", "year"] : coarsest === "MONTH" || month ? ["month", "year"] : ["year"];
  const missing = needed.filter((p) => !{ day, month, year }[p]);
  if (missing.length) return { error: `${name} must include a ${listed(missing)}`, parts: missing };

  const wrong: { part: DatePart; message: string }[] = [];
  const m = month ? monthNumber(month) : 1;
  if (day && !/^\d{1,2}$/.test(day)) wrong.push({ part: "day", message: "Day must be a number between 1 and 31" });
  else if (day && (Number(day) < 1 || Number(day) > 31)) wrong.push({ part: "day", message: "Day must be between 1 and 31" });
  if (m === null) wrong.push({ part: "month", message: "Month must be a number between 1 and 12, or its name" });
  else if (m < 1 || m > 12) wrong.push({ part: "month", message: "Month must be between 1 and 12" });
  if (!/^\d{4}$/.test(year)) wrong.push({ part: "year", message: "Year must include 4 numbers, like 2009" });
  if (wrong.length === 1) return { error: wrong[0]!.message, parts: [wrong[0]!.part] };
  if (wrong.length > 1) return { error: `${name} must be a real date`, parts: wrong.map((w) => w.part) };

  const iso = `${year}-${String(m).padStart(2, "0")}-${String(day ? Number(day) : 1).padStart(2, "0")}`;
  const given: DatePart[] = day ? ["day", "month", "year"] : month ? ["month", "year"] : ["year"];
  if (!parseIsoDate(iso)) return { error: `${name} must be a real date`, parts: given };
  if (Number(year) < earliestYear || Number(year) > latestYear) {
    return { error: `${name} must be between ${earliestYear} and ${latestYear}`, parts: ["year"] };
  }
  const precision: Precision = day ? "DAY" : month ? "MONTH" : "YEAR";
  return { value: { date: iso, precision } };
}

/** The three fields of the date input named `name` (name-day, name-month, name-year) in a form's or an address's fields. */
export function datePartsOf(fields: Record<string, string | string[] | undefined>, name: string): DatePartsTyped {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));
  return { day: one(fields[`${name}-day`]), month: one(fields[`${name}-month`]), year: one(fields[`${name}-year`]) };
}

/** Whether the fields hold a date input called `name` (any of its three parts was sent). */
export function hasDateParts(fields: Record<string, unknown>, name: string): boolean {
  return DATE_PARTS.some((p) => `${name}-${p}` in fields);
}

/** The three fields showing a date already known: 2009-02-11 as 11, 2, 2009 (a month's date shows no day). */
export function datePartsFromIso(iso: string, precision: Precision = "DAY"): DatePartsTyped {
  const [year = "", month = "", day = ""] = iso.split("-");
  return {
    day: precision === "DAY" ? String(Number(day)) : "",
    month: precision === "DAY" || precision === "MONTH" ? String(Number(month)) : "",
    year,
  };
}

/** A date the record needs to the day (a tolerance's deadline, a baseline's day, an "as of" date). */
export const DAY_NEEDED: DateRules = { coarsest: "DAY" };
