import "server-only";
// Writing a derived export (lib/exports/derived.ts): the rows are worked out in memory by the product's rules
// (kept until the record changes, decision 017), then written as every export is: CSV by csv-stringify with the
// same cells, BOM and line ends, Excel by ExcelJS with the sources on a second sheet.
import ExcelJS from "exceljs";
import { csvLines, UTF8_BOM, type CsvCell } from "../domain/csv";
import type { DerivedExport } from "./derived";
import { sheetName, sourcesSheetRows } from "./stream";
import { addTypedRow, headerRow, workbookWriter } from "./workbook";

export function derivedCsv(def: DerivedExport, rows: readonly CsvCell[][], bom: boolean): string {
  return (bom ? UTF8_BOM : "") + csvLines([def.columns.map((c) => c.name), ...rows]);
}

export async function derivedXlsx(def: DerivedExport, rows: readonly CsvCell[][]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName(def.title));
  const write = workbookWriter(def.columns);
  addTypedRow(sheet, headerRow(def.columns));
  for (const row of rows) addTypedRow(sheet, write(row));
  const sources = workbook.addWorksheet("Sources");
  for (const row of await sourcesSheetRows()) addTypedRow(sources, row);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
