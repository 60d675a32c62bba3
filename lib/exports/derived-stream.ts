import "server-only";
// Writing a derived export (lib/exports/derived.ts): the rows are worked out in memory by the product's rules
// (kept until the record changes, decision 017), then written as every export is: CSV by csv-stringify with the
// same cells, BOM and line ends, Excel by ExcelJS with the sources on a second sheet.
import ExcelJS from "exceljs";
import { getDb } from "../db";
import { csvLines, UTF8_BOM, type CsvCell } from "../domain/csv";
import type { DerivedExport } from "./derived";
import { workbookCell } from "./format";

export function derivedCsv(def: DerivedExport, rows: readonly CsvCell[][], bom: boolean): string {
  return (bom ? UTF8_BOM : "") + csvLines([def.columns.map((c) => c.name), ...rows]);
}

export async function derivedXlsx(def: DerivedExport, rows: readonly CsvCell[][]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(def.title.replace(/[*?:\\/[\]]/g, " ").slice(0, 31));
  sheet.addRow(def.columns.map((c) => c.name));
  for (const row of rows) sheet.addRow(row.map(workbookCell));
  const sources = workbook.addWorksheet("Sources");
  sources.addRow(["source_key", "title", "publisher", "published_on", "published_on_precision", "url"]);
  const all = await getDb().source.findMany({ orderBy: { id: "asc" }, select: { key: true, title: true, publisher: true, publishedOn: true, publishedPrecision: true, url: true } });
  for (const s of all) sources.addRow([s.key, s.title, s.publisher, s.publishedOn?.toISOString().slice(0, 10) ?? "", s.publishedPrecision?.toLowerCase() ?? "", s.url ?? ""].map(workbookCell));
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
