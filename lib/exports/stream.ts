import "server-only";
// Exports are written as they are read: the query is read in batches by its unique key, each batch
// is written to the response before the next is asked for, so memory stays flat at any size, the
// first bytes leave at once, and a download that is cancelled asks for no more.
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { getDb } from "../db";
import { csvLines, neutraliseCell, UTF8_BOM } from "../domain/csv";
import { batchSizeFor, queryRows } from "./reader";
import type { ExportDefinition, Row } from "./types";

/** The query's rows, batch by batch, until it ends or the signal aborts. */
export async function* readBatches<F>(def: ExportDefinition<F>, filters: F, signal?: AbortSignal, batchSize = batchSizeFor()): AsyncGenerator<Row[]> {
  const base = def.query(filters);
  const n = base.values.length;
  const cmp = def.order === "asc" ? ">" : "<";
  const dir = def.order === "asc" ? "ASC" : "DESC";
  let after: unknown = null;
  while (!signal?.aborted) {
    const keyset = after === null ? "" : `WHERE q.k ${cmp} $${n + 1}`;
    const values = after === null ? [...base.values, batchSize] : [...base.values, after, batchSize];
    const sql = `SELECT * FROM (${base.text}) q ${keyset} ORDER BY q.k ${dir} LIMIT $${values.length}`;
    const rows = await queryRows(sql, values);
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.k;
  }
}

export function exportFileName(def: ExportDefinition, ext: "csv" | "xlsx", stamp: string) {
  return `london-cerner-${def.fileStem ?? def.name}-${stamp}.${ext}`;
}

export function csvStream<F>(def: ExportDefinition<F>, filters: F, options: { bom: boolean; signal?: AbortSignal }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const controllerAbort = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, controllerAbort.signal]) : controllerAbort.signal;
  const batches = readBatches(def, filters, signal);
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode((options.bom ? UTF8_BOM : "") + csvLines([def.columns.map((c) => c.name)])));
        return;
      }
      try {
        const next = await batches.next();
        if (next.done) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(csvLines(next.value.map(def.toRecord))));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      controllerAbort.abort();
      await batches.return(undefined);
    },
  });
}

/** The same rows as a workbook, written as it is read, with a second sheet listing the sources. */
export function xlsxStream<F>(def: ExportDefinition<F>, filters: F, options: { signal?: AbortSignal }): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const cell = (v: string | number | null | undefined) => (typeof v === "string" ? neutraliseCell(v) : (v ?? ""));
  (async () => {
    const sheet = workbook.addWorksheet(def.title.slice(0, 31));
    sheet.addRow(def.columns.map((c) => c.name)).commit();
    for await (const batch of readBatches(def, filters, options.signal)) {
      for (const row of batch) sheet.addRow(def.toRecord(row).map(cell)).commit();
    }
    sheet.commit();
    const sources = workbook.addWorksheet("Sources");
    sources.addRow(["source_key", "title", "publisher", "published_on", "published_on_precision", "url"]).commit();
    const rows = await getDb().source.findMany({ orderBy: { id: "asc" }, select: { key: true, title: true, publisher: true, publishedOn: true, publishedPrecision: true, url: true } });
    for (const s of rows) {
      sources.addRow([s.key, s.title, s.publisher, s.publishedOn?.toISOString().slice(0, 10) ?? "", s.publishedPrecision?.toLowerCase() ?? "", s.url ?? ""].map(cell)).commit();
    }
    sources.commit();
    await workbook.commit();
  })().catch((error: Error) => out.destroy(error));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
