// A spreadsheet's bytes as rows of text keyed by column, or the reason it is refused, in words. Nothing
// here touches the database: the file is checked (size, encoding, zip, formulas, rows, headers) and read.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { columnName, KINDS, type ImportKind } from "./kinds";
import { MAX_CELL_CHARACTERS, MAX_FILE_BYTES, MAX_ROWS, megabytes } from "./limits";
import { checkZip } from "./zip-check";

export interface RawRow {
  /** the row's number in the spreadsheet (the header is row 1) */
  line: number;
  cells: Record<string, string>;
}

export type ReadResult = { ok: true; format: "csv" | "xlsx"; rows: RawRow[]; ignoredColumns: string[] } | { ok: false; reason: string };

const refuse = (reason: string): ReadResult => ({ ok: false, reason });

/** Text a spreadsheet would run as a formula (OWASP CSV injection): = + - @, tab or CR first, unless it is a plain number. */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)?$/;

export function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value);
}

/** A spreadsheet's name for a cell: column letters and row number (C4). */
export function cellName(columnIndex: number, line: number): string {
  let letters = "";
  for (let n = columnIndex + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${line}`;
}

export async function readSpreadsheet(bytes: Uint8Array, fileName: string, kind: ImportKind): Promise<ReadResult> {
  if (bytes.byteLength === 0) return refuse("The file is empty. Choose the spreadsheet with your rows in it.");
  if (bytes.byteLength > MAX_FILE_BYTES)
    return refuse(
      `The file is ${megabytes(bytes.byteLength)}; files up to ${megabytes(MAX_FILE_BYTES)} can be imported. Split it into smaller files of up to 10,000 rows.`,
    );
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const isOldExcel = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (isOldExcel)
    return refuse("The file is in the old Excel 97-2003 format (.xls). Save it from Excel as an Excel Workbook (.xlsx) or as CSV UTF-8, and upload that.");
  if (isZip) return readWorkbook(bytes, kind);
  if (/\.(xlsx|xlsm|xls|ods|numbers)$/i.test(fileName))
    return refuse(
      "The file is named as a spreadsheet but is not an Excel workbook. Save it from Excel as an Excel Workbook (.xlsx) or as CSV UTF-8, and upload that.",
    );
  return readCsv(bytes, kind);
}

function readCsv(bytes: Uint8Array, kind: ImportKind): ReadResult {
  const saveAs = "Save it from Excel with “Save as”, choosing CSV UTF-8 (comma delimited), and upload that.";
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.includes(0)) {
    return refuse(`The file is in UTF-16 (“Unicode text”), not UTF-8. ${saveAs}`);
  }
  let text: string;
  try {
    // fatal: a byte that is not UTF-8 (a £ saved as Windows-1252) is refused, never turned into “�”. The BOM is dropped.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return refuse(
      `The file is not in UTF-8 (it may be Windows-1252, which Excel calls plain “CSV”), so characters such as £ or ’ would be read wrongly. ${saveAs}`,
    );
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // info: each record's line, so a row is named as the spreadsheet names it even after a blank line.
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, to: MAX_ROWS + 2, info: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return refuse(`The file could not be read as CSV${line ? ` near line ${line}` : ""}: a quoted cell is not closed, or the file is not CSV. ${saveAs}`);
  }
  return fromGrid(
    records.map(({ record, info }) => ({ line: info.lines, cells: record })),
    kind,
    "csv",
    true,
  );
}

async function readWorkbook(bytes: Uint8Array, kind: ImportKind): Promise<ReadResult> {
  const zip = checkZip(bytes);
  if (!zip.ok) return refuse(zip.reason);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    return refuse("The workbook could not be read. Save it again from Excel as an Excel Workbook (.xlsx), or as CSV UTF-8, and upload that.");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return refuse("The workbook has no sheets. Put the rows on its first sheet.");
  if (sheet.actualRowCount > MAX_ROWS + 1) return tooManyRows(sheet.actualRowCount - 1);
  const grid: { line: number; cells: string[] }[] = [];
  let formula: string | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (formula) return;
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (formula) return;
      if (cell.type === ExcelJS.ValueType.Formula || cell.formula || (cell.value && typeof cell.value === "object" && "sharedFormula" in cell.value)) {
        formula = `Cell ${cell.address} holds a formula. Formulas are not imported: copy the sheet and use Paste Special, Values, then save and upload it again.`;
        return;
      }
      cells[column - 1] = cellText(cell);
    });
    grid.push({ line, cells: Array.from(cells, (c) => c ?? "") });
  });
  if (formula) return refuse(formula);
  return fromGrid(grid, kind, "xlsx", false);
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  // A date cell is a day at UTC midnight in ExcelJS: its ISO day, whatever the server's time zone.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("error" in value) return String(value.error);
  }
  return String(value);
}

function tooManyRows(rows: number): ReadResult {
  return refuse(
    `The file has more than ${MAX_ROWS.toLocaleString("en-GB")} rows${rows > MAX_ROWS + 1 ? ` (${rows.toLocaleString("en-GB")})` : ""}. Split it into files of up to ${MAX_ROWS.toLocaleString("en-GB")} rows and import each.`,
  );
}

/** The header checked against the kind's columns, then each row as text keyed by column. */
function fromGrid(grid: { line: number; cells: string[] }[], kind: ImportKind, format: "csv" | "xlsx", isCsv: boolean): ReadResult {
  const definition = KINDS[kind];
  const header = grid[0];
  if (!header) return refuse("The file has no header row. Start from the template: its first row names the columns.");
  if (grid.length - 1 > MAX_ROWS) return tooManyRows(grid.length - 1);
  const names = header.cells.map((h) => columnName(h));
  const known = new Set(definition.columns.map((c) => c.name));
  const ignored = new Set(definition.ignored);
  const problems: string[] = [];
  const seen = new Set<string>();
  const duplicated = names.filter((n) => n && (seen.has(n) || !seen.add(n)));
  if (duplicated.length) problems.push(`the column${duplicated.length > 1 ? "s" : ""} ${list(duplicated)} ${duplicated.length > 1 ? "are" : "is"} named twice`);
  const unknown = names.filter((n) => n && !known.has(n) && !ignored.has(n));
  if (unknown.length)
    problems.push(
      `the column${unknown.length > 1 ? "s" : ""} ${list(unknown)} ${unknown.length > 1 ? "are" : "is"} not one of the ${definition.noun} template's`,
    );
  const missing = definition.columns.filter((c) => c.required && !names.includes(c.name)).map((c) => c.name);
  if (missing.length) problems.push(`the column${missing.length > 1 ? "s" : ""} ${list(missing)} ${missing.length > 1 ? "are" : "is"} missing`);
  if (problems.length) {
    return refuse(
      `The header row does not match the ${definition.noun} template: ${problems.join("; ")}. The columns are ${list(definition.columns.map((c) => c.name))}: start from the template.`,
    );
  }
  const rows: RawRow[] = [];
  for (const { line, cells } of grid.slice(1)) {
    if (cells.every((c) => c.trim() === "")) continue;
    const row: Record<string, string> = {};
    for (let i = 0; i < cells.length; i++) {
      let value = cells[i] ?? "";
      const name = names[i];
      if (isCsv) {
        // An export's neutralised cell ('=…) is text: read it without its apostrophe.
        if (value.startsWith("'") && FORMULA_START.test(value.slice(1))) value = value.slice(1);
        else if (looksLikeFormula(value)) {
          return refuse(
            `Cell ${cellName(i, line)} starts with “${value.slice(0, 1)}” like a spreadsheet formula. Formulas are not imported: if it is text, put an apostrophe before it ('${value.slice(0, 20)}), then upload it again.`,
          );
        }
      }
      if (!name) {
        if (value.trim() !== "")
          return refuse(`Cell ${cellName(i, line)} is beyond the header's last column. Give the column a name in row 1 or clear the cell.`);
        continue;
      }
      if (value.length > MAX_CELL_CHARACTERS)
        return refuse(
          `Cell ${cellName(i, line)} has ${value.length.toLocaleString("en-GB")} characters; a cell can have up to ${MAX_CELL_CHARACTERS.toLocaleString("en-GB")}.`,
        );
      if (known.has(name) || name === "trust_slug") row[name] = value.trim();
    }
    rows.push({ line, cells: row });
  }
  if (rows.length === 0) return refuse("The file has a header row but no rows under it. Add a row for each change.");
  return { ok: true, format, rows, ignoredColumns: names.filter((n) => ignored.has(n)) };
}

function list(names: readonly string[]): string {
  const quoted = names.map((n) => `“${n}”`);
  return quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
}
