// An export's cells, each written twice from one description: in JavaScript, for rows read in batches
// (the embedded database, and the Excel workbook), and in SQL, for PostgreSQL's own CSV writer (COPY),
// which writes the CSV on a database server. Both give the same cells: ISO 8601 dates with the precision
// in its own column, numbers unformatted, text that a spreadsheet would run as a formula neutralised
// with a leading apostrophe (OWASP CSV injection guidance). tests/integration/exports-copy.test.ts
// compares the two, cell for cell, for every export.
import { neutraliseCell, type CsvCell } from "../domain/csv";
import type { Row } from "./types";

export interface Cell {
  /** the cell from a row read by the batch reader */
  read(row: Row): CsvCell;
  /** the same cell as SQL text over the export's query aliased `q`; NULL is an empty cell */
  sql: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const ref = (column: string) => `q."${column}"`;

const isoDayOf = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === "string" ? v.slice(0, 10) : "");
const textOf = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

/** Text, neutralised where it begins with = + - @, a tab or a carriage return (as `neutraliseCell`). */
export const text = (column: string): Cell => {
  const x = `${ref(column)}::text`;
  return {
    read: (r) => textOf(r[column]),
    // ascii() reads the first character's code without making a new string: = + - @ tab CR. An empty
    // string comes out as "" (quoted) where csv-stringify writes nothing: both parse as an empty cell.
    sql: `CASE WHEN ascii(${x}) IN (61, 43, 45, 64, 9, 13) THEN '''' || ${x} ELSE ${x} END`,
  };
};

/** An enum's value in lower case ("single_source"). */
export const lower = (column: string): Cell => ({
  read: (r) => (typeof r[column] === "string" ? (r[column] as string).toLowerCase() : ""),
  sql: `lower(${ref(column)}::text)`,
});

export const integer = (column: string): Cell => ({
  read: (r) => {
    const v = r[column];
    return typeof v === "bigint" ? Number(v) : typeof v === "number" ? v : v === null || v === undefined ? "" : Number(v);
  },
  // COPY writes an integer as digits itself
  sql: ref(column),
});

/** A decimal as plain digits with no trailing zeros ("340000000", "33644.5"), whichever driver read it. */
export const decimal = (column: string): Cell => ({
  read: (r) => {
    const v = r[column];
    return v === null || v === undefined
      ? ""
      : String(v)
          .replace(/(\.\d*?)0+$/, "$1")
          .replace(/\.$/, "");
  },
  sql: `trim_scale(${ref(column)})::text`,
});

/** A calendar day, ISO 8601 ("2009-11-30"). */
export const isoDay = (column: string): Cell => ({
  read: (r) => isoDayOf(r[column]),
  // COPY writes a date as YYYY-MM-DD itself: the export pool sets DateStyle to ISO (lib/exports/reader.ts)
  sql: `${ref(column)}::date`,
});

/** An instant in UTC, ISO 8601 with milliseconds ("2026-11-25T23:41:08.123Z"); stored as UTC without a zone. */
export const isoTimestamp = (column: string): Cell => ({
  read: (r) => (r[column] instanceof Date ? (r[column] as Date).toISOString() : ""),
  sql: `to_char(${ref(column)}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
});

export const boolean = (column: string): Cell => ({
  read: (r) => (typeof r[column] === "boolean" ? String(r[column]) : ""),
  sql: `CASE ${ref(column)} WHEN true THEN 'true' WHEN false THEN 'false' END`,
});

/** A row as CSV cells, in the batch reader's JavaScript. */
export const recordOf = (cells: readonly Cell[], row: Row): CsvCell[] => cells.map((c) => c.read(row));

/** A workbook cell: text neutralised as in the CSV, numbers kept as numbers. */
export const workbookCell = (v: CsvCell) => (typeof v === "string" ? neutraliseCell(v) : (v ?? ""));

export const stamp = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/**
 * SQL joining each fact to its source list as `src.sources`: web addresses (or titles) of its sources,
 * space-separated. The lists are grouped once and joined, not looked up row by row: at national scale
 * a per-row subquery was most of the export's time (200,000 plans: 0.6 s against 6 s).
 */
export const sourcesJoin = (joinTable: string, factId: string) =>
  `LEFT JOIN (SELECT j."A" AS fact, string_agg(COALESCE(s.url, s.title), ' ' ORDER BY s.id) AS sources
    FROM "${joinTable}" j JOIN "Source" s ON s.id = j."B" GROUP BY j."A") src ON src.fact = ${factId}`;
