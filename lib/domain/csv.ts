// CSV that opens cleanly in Excel and parses in any RFC 4180 library. Writing is csv-stringify's;
// this module adds the one rule that is ours: text cells that a spreadsheet would run as a
// formula are neutralised (OWASP CSV injection guidance) by a leading apostrophe.
import { stringify } from "csv-stringify/sync";

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export const UTF8_BOM = "\uFEFF";

export interface CsvOptions {
  /** a UTF-8 byte-order mark so that Excel reads "£" and "’" correctly; on by default */
  bom?: boolean;
}

const STRINGIFY_OPTIONS = {
  record_delimiter: "windows",
  quote_record_delimiter: true, // quote cells with a bare LF or CR too: Excel ends a row at either
  quoted_match: /^\s|\s$/,
  cast: {
    string: (value: string) => neutraliseCell(value),
    number: (value: number) => String(value),
  },
} as const;

/** Rows as CSV text (CRLF line ends, every line ended), for writing a large export in pieces. */
export function csvLines(rows: readonly (readonly CsvCell[])[]): string {
  return rows.length === 0 ? "" : stringify(rows as CsvCell[][], STRINGIFY_OPTIONS);
}

/** Numbers stay numbers (a negative slip is not a formula); only text is neutralised. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  return (options.bom === false ? "" : UTF8_BOM) + csvLines([header, ...rows]);
}
