// Dates of the generated data as whole days since 1970-01-01 (UTC), shared by its parts.

export type Certainty = "CONFIRMED" | "SINGLE_SOURCE" | "UNCERTAIN";
export type Precision = "DAY" | "MONTH" | "QUARTER" | "YEAR";

// So no time zone can move a day.
export const DAY_MS = 86_400_000;
export const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;
export const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const FIRST_DAY = dayOf(2004, 1, 1);
export const LAST_DAY = dayOf(2014, 12, 31);
/** created/updated time for rows with no better one: after the ten years the data covers */
export const GENERATED_AT = "2015-01-05 09:00:00";

/** The first day of the period a date falls in: stored dates are the start of their period. */
export function periodStart(day: number, precision: Precision): number {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (precision) {
    case "DAY":
      return day;
    case "MONTH":
      return Date.UTC(y, m, 1) / DAY_MS;
    case "QUARTER":
      return Date.UTC(y, m - (m % 3), 1) / DAY_MS;
    case "YEAR":
      return Date.UTC(y, 0, 1) / DAY_MS;
  }
}
