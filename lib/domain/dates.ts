// Dates in the record carry a precision: "November 2007" is a month, not 1 November 2007.
// A stored date is the first day of its period; a period's interval is what the record allows.
// Dates are ISO strings (YYYY-MM-DD) everywhere in the domain; date-fns does the calendar work on
// local dates built from their parts, so the machine's time zone cannot shift a day.
import { addDays as addCalendarDays, addMonths, differenceInCalendarDays, format, isValid, lastDayOfMonth, subDays } from "date-fns";

export const PRECISIONS = ["DAY", "MONTH", "QUARTER", "YEAR"] as const;
export type Precision = (typeof PRECISIONS)[number];

export interface PartialDate {
  /** first day of the period, YYYY-MM-DD */
  date: string;
  precision: Precision;
}

export interface Interval {
  start: string;
  end: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(y, m - 1, d);
  if (!isValid(date) || date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) return null;
  return date;
}

function toDate(value: string): Date {
  const date = parseIsoDate(value);
  if (!date) throw new RangeError(`Not an ISO date: ${value}`);
  return date;
}

export function toIsoDate(date: Date): string {
  return format(date, "yyyy-MM-dd");
}

/** A Date from the database (a DATE column arrives as UTC midnight) as YYYY-MM-DD. */
export function isoFromDbDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// The rules ask for the same periods (and their words) many times over, each day a derived span is
// evaluated on: a month's or quarter's end, and each period's words, are worked out once and kept.
// The same date object asked again (a decision's date, once per go-live) is answered from what was
// kept with it, checked against its date and precision in case it changed.
const endsByObject = new WeakMap<PartialDate, { date: string; precision: Precision; end: string }>();

/** `compute` for a period, worked out once per precision and date and kept (at most 100,000 at a time). */
function keptPerPeriod(compute: (pd: PartialDate) => string): (pd: PartialDate) => string {
  const kept = new Map<string, string>();
  return (pd) => {
    const key = `${pd.precision}:${pd.date}`;
    let value = kept.get(key);
    if (value === undefined) {
      value = compute(pd);
      if (kept.size > 100_000) kept.clear();
      kept.set(key, value);
    }
    return value;
  };
}

const keptPeriodEnd = keptPerPeriod(periodEnd);

function periodEndOf(pd: PartialDate): string {
  const kept = endsByObject.get(pd);
  if (kept && kept.date === pd.date && kept.precision === pd.precision) return kept.end;
  const end = keptPeriodEnd(pd);
  endsByObject.set(pd, { date: pd.date, precision: pd.precision, end });
  return end;
}

export function intervalOf(pd: PartialDate): Interval {
  return { start: pd.date, end: periodEndOf(pd) };
}

/** The last day of the period; a date that is not a real ISO day is refused, never guessed. */
function periodEnd(pd: PartialDate): string {
  const start = toDate(pd.date);
  switch (pd.precision) {
    case "DAY":
      return pd.date;
    case "MONTH":
      return toIsoDate(lastDayOfMonth(start));
    case "QUARTER":
      return toIsoDate(subDays(addMonths(start, 3), 1));
    case "YEAR":
      return `${pd.date.slice(0, 4)}-12-31`;
  }
}

/** The first day on which the fact is certainly past: the end of its period. */
export function certainFrom(pd: PartialDate): string {
  return periodEndOf(pd);
}

/** The day `days` after (or, negative, before) an ISO day. */
export function addDays(iso: string, days: number): string {
  return toIsoDate(addCalendarDays(toDate(iso), days));
}

export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

export interface DayRange {
  min: number;
  max: number;
}

/** Days from `from` to `to`, as the range the two dates' precision allows. */
export function daysBetweenPartial(from: PartialDate, to: PartialDate): DayRange {
  const a = intervalOf(from);
  const b = intervalOf(to);
  return { min: daysBetween(a.end, b.start), max: daysBetween(a.start, b.end) };
}

/** "15 June 2008", "June 2008", "June to August 2008", "2008" (the NHS content style). */
export const formatPartialDate: (pd: PartialDate) => string = keptPerPeriod(formatPeriod);

function formatPeriod(pd: PartialDate): string {
  const start = toDate(pd.date);
  switch (pd.precision) {
    case "DAY":
      return format(start, "d MMMM yyyy");
    case "MONTH":
      return format(start, "MMMM yyyy");
    case "QUARTER": {
      const end = toDate(intervalOf(pd).end);
      const sameYear = start.getFullYear() === end.getFullYear();
      return `${format(start, sameYear ? "MMMM" : "MMMM yyyy")} to ${format(end, "MMMM yyyy")}`;
    }
    case "YEAR":
      return format(start, "yyyy");
  }
}

export function formatIsoDate(iso: string): string {
  return formatPartialDate({ date: iso, precision: "DAY" });
}

/** A moment as people in London read it: "11 February 2009, 14:05" (GMT or BST, as the clocks were). */
export function formatRecordedAt(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", {
    timeZone: "Europe/London",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}

export function todayIso(now: Date = new Date()): string {
  return toIsoDate(now);
}
