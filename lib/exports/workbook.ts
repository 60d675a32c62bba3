// Writing an export's rows as a workbook (decision 026). A spreadsheet cell is typed, unlike a CSV cell: dates are
// date cells, numbers are numbers, and text is a string cell styled as text. A string cell is never run as a formula
// (only a formula cell is), so text is written exactly as the record holds it, "=1+1" included, with no apostrophe:
// the CSV's neutralising (decision 006) is for programs that guess a cell's type from its text, which a workbook does
// not need. An imprecise date is the first day of its period with a number format that shows only what the record
// gives ("2009-04" for April 2009), and its precision stays in the next column.
import type ExcelJS from "exceljs";
import type { CsvCell } from "../domain/csv";
import type { ColumnDoc } from "./types";

type Style = Partial<ExcelJS.Style>;
type Written = { value: ExcelJS.CellValue; style: Style };

// One object per format: the writer keeps each style's id by the object's identity, so a million cells cost one lookup each.
const TEXT: Style = { numFmt: "@" };
const NUMBER: Style = { numFmt: "General" };
const TIMESTAMP: Style = { numFmt: "yyyy-mm-dd hh:mm:ss" };
const DATE_BY_PRECISION: Record<string, Style> = {
  day: { numFmt: "yyyy-mm-dd" },
  month: { numFmt: "yyyy-mm" },
  quarter: { numFmt: 'yyyy-mm" (quarter)"' },
  year: { numFmt: "yyyy" },
};

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2009-11-30" as the date cell for that day (midnight UTC, as Excel's serial dates have no zone); anything else stays text. */
export function dayValue(iso: string): Date | null {
  const m = ISO_DAY.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

const empty = (v: CsvCell) => v === null || v === undefined || v === "";
const asText = (v: CsvCell): Written => ({ value: empty(v) ? null : String(v), style: TEXT });

/** How each column's cells are written, worked out once per export from the columns' types. */
export function workbookWriter(columns: readonly ColumnDoc[]): (cells: readonly CsvCell[]) => Written[] {
  const writers = columns.map((column): ((cells: readonly CsvCell[], i: number) => Written) => {
    switch (column.type) {
      case "integer":
      case "decimal":
        return (cells, i) => {
          const v = cells[i];
          if (empty(v)) return { value: null, style: NUMBER };
          const n = typeof v === "number" ? v : Number(v);
          return Number.isFinite(n) ? { value: n, style: NUMBER } : asText(v);
        };
      case "date": {
        // its precision: "<name>_precision", or the stem's ("forecast_start", "forecast_end": "forecast_precision")
        const names = [`${column.name}_precision`, `${column.name.replace(/_(start|end|on)$/, "")}_precision`];
        const p = columns.findIndex((c) => names.includes(c.name) && c.type === "date precision");
        return (cells, i) => {
          const v = cells[i];
          const day = typeof v === "string" ? dayValue(v) : null;
          if (!day) return asText(v);
          const precision = p >= 0 && typeof cells[p] === "string" && cells[p] ? (cells[p] as string) : "day";
          return { value: day, style: DATE_BY_PRECISION[precision] ?? DATE_BY_PRECISION.day! };
        };
      }
      case "timestamp":
        return (cells, i) => {
          const v = cells[i];
          const at = typeof v === "string" && v ? new Date(v) : null;
          return at && !Number.isNaN(at.getTime()) ? { value: at, style: TIMESTAMP } : asText(v);
        };
      default:
        return (cells, i) => asText(cells[i]);
    }
  });
  return (cells) => writers.map((write, i) => write(cells, i));
}

/** Adds one row of cells to a sheet, each typed and styled by its column. */
export function addTypedRow(sheet: ExcelJS.Worksheet, written: readonly Written[]): ExcelJS.Row {
  const row = sheet.addRow(written.map((w) => w.value));
  written.forEach((w, i) => {
    if (w.value !== null) row.getCell(i + 1).style = w.style;
  });
  return row;
}

/** The header row: the columns' names, as text. */
export const headerRow = (columns: readonly ColumnDoc[]): Written[] => columns.map((c) => ({ value: c.name, style: TEXT }));

/** The Sources sheet every workbook carries: each source the record cites. */
export const SOURCE_COLUMNS: ColumnDoc[] = [
  { name: "source_key", type: "text", meaning: "The source's key in the record", example: "cw-bt-writes-off-340m" },
  { name: "title", type: "text", meaning: "The source's title", example: "BT writes off £340m" },
  { name: "publisher", type: "text", meaning: "Who published it", example: "Computer Weekly" },
  { name: "published_on", type: "date", meaning: "When it was published (first day of the period)", example: "2009-01-22" },
  { name: "published_on_precision", type: "date precision", meaning: "Precision of published_on", example: "day" },
  { name: "url", type: "text", meaning: "The web address; empty where the record names none", example: "" },
];
