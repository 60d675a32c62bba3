// One cell's text as a date, a certainty, a maker's kind or a list of sources, or the problem in words.
import { CERTAINTIES, type Certainty } from "../domain/certainty";
import { parseIsoDate, PRECISIONS, type PartialDate, type Precision } from "../domain/dates";
import { MAKER_KINDS, type MakerKind } from "../domain/makers";

export type Read<T> = { value: T } | { problem: string };

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * A date as an export writes it (2009-09-01 with its precision beside it), or as people type it: 2009-09-30,
 * 30/09/2009 (day first, as in the UK), 2009-09 or 2009. Never guessed: 31 February is refused, and a date
 * given to the month must be written as its month or its first day.
 */
export function readDateCell(text: string, precisionText: string, label: string): Read<PartialDate | null> {
  const value = text.trim();
  const precisionCell = precisionText.trim().toUpperCase();
  if (!value) return precisionCell ? { problem: `${label} is empty but its precision says ${precisionText.trim()}` } : { value: null };
  let y: number, m: number | null, d: number | null;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value))) [y, m, d] = [Number(match[3]), Number(match[2]), Number(match[1])];
  else if ((match = /^(\d{4})-(\d{1,2})$/.exec(value))) [y, m, d] = [Number(match[1]), Number(match[2]), null];
  else if ((match = /^(\d{4})$/.exec(value))) [y, m, d] = [Number(match[1]), null, null];
  else return { problem: `${label} “${value}” is not a date: write it as 2009-09-30, 30/09/2009, 2009-09 (a month) or 2009 (a year)` };
  if (m !== null && (m < 1 || m > 12)) return { problem: `${label} “${value}” has no month ${m}: months are 1 to 12` };
  const iso = `${y}-${String(m ?? 1).padStart(2, "0")}-${String(d ?? 1).padStart(2, "0")}`;
  if (!parseIsoDate(iso)) return { problem: `${label} “${value}” is not a real date: ${MONTHS[(m ?? 1) - 1]} ${y} has no day ${d}` };
  if (y < 1990 || y > 2100) return { problem: `${label} “${value}” must be between 1990 and 2100` };
  const written: Precision = d !== null ? "DAY" : m !== null ? "MONTH" : "YEAR";
  if (!precisionCell) return { value: { date: iso, precision: written } };
  if (!(PRECISIONS as readonly string[]).includes(precisionCell))
    return { problem: `${label}'s precision “${precisionText.trim()}” is not day, month, quarter or year` };
  const precision = precisionCell as Precision;
  const wrongStart =
    (precision === "MONTH" || precision === "QUARTER") && d !== null && d !== 1
      ? "the first day of its month"
      : precision === "YEAR" && (d ?? 1) + (m ?? 1) !== 2
        ? "the first day of its year"
        : null;
  if (wrongStart) return { problem: `${label} “${value}” is given to the ${precision.toLowerCase()}, so it must be written as ${wrongStart}` };
  if (precision === "DAY" && written !== "DAY") return { problem: `${label} “${value}” is given to the day, so it needs a day` };
  return { value: { date: iso, precision } };
}

export function readCertainty(text: string): Read<Certainty> {
  const value = text
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "_");
  if ((CERTAINTIES as readonly string[]).includes(value)) return { value: value as Certainty };
  return {
    problem: text.trim()
      ? `Certainty “${text.trim()}” is not confirmed, single_source or uncertain`
      : "Certainty is empty: give confirmed, single_source or uncertain",
  };
}

export function readMakerKind(text: string): Read<MakerKind | null> {
  const value = text.trim().toUpperCase();
  if (!value || value === "NOT_KNOWN") return { value: null };
  if ((MAKER_KINDS as readonly string[]).includes(value)) return { value: value as MakerKind };
  return { problem: `Made-by kind “${text.trim()}” is not supplier, trust or programme` };
}

/** Web addresses or keys separated by spaces (as the exports write them). */
export function splitSources(text: string): string[] {
  return [...new Set(text.split(/\s+/).filter(Boolean))];
}

/** Edit distance, for suggesting the trust that was meant. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
