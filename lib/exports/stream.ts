import "server-only";
// Exports are written as they are read: the query is read in batches by its unique key, each batch
// is written to the response before the next is asked for, so memory stays flat at any size, the
// first bytes leave at once, and a download that is cancelled asks for no more.
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { to as copyTo } from "pg-copy-streams";
import { getDb } from "../db";
import { csvLines, UTF8_BOM } from "../domain/csv";
import { crlfLineEnds } from "./crlf";
import { recordOf } from "./format";
import { addTypedRow, headerRow, SOURCE_COLUMNS, workbookWriter } from "./workbook";
import { copyCsvSql } from "./copy-sql";
import { batchSizeFor, queryRows, serverPool } from "./reader";
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

/**
 * The export as CSV. On a database server, PostgreSQL writes the CSV itself (`COPY … TO STDOUT`), with the
 * cells formatted and neutralised in SQL, and the app only turns its line ends into CRLF on the way
 * through; on the embedded database, rows are read in batches and written by csv-stringify.
 */
export function csvStream<F>(
  def: ExportDefinition<F>,
  filters: F,
  options: { bom: boolean; signal?: AbortSignal; via?: "copy" | "batches" },
): ReadableStream<Uint8Array> {
  const pool = serverPool();
  const via = options.via ?? (pool ? "copy" : "batches");
  return via === "copy" && pool ? copyCsvStream(pool, def, filters, options) : batchCsvStream(def, filters, options);
}

function csvHeader(def: ExportDefinition, bom: boolean): string {
  return (bom ? UTF8_BOM : "") + csvLines([def.columns.map((c) => c.name)]);
}

const BUFFER_BYTES = 1 << 20;

function copyCsvStream<F>(
  pool: import("pg").Pool,
  def: ExportDefinition<F>,
  filters: F,
  options: { bom: boolean; signal?: AbortSignal },
): ReadableStream<Uint8Array> {
  const sql = copyCsvSql(def, filters);
  // A megabyte of slack between the database and the download keeps PostgreSQL writing while the
  // response is being sent, rather than the two taking turns.
  const out = new PassThrough({ highWaterMark: BUFFER_BYTES });
  out.write(csvHeader(def, options.bom));
  let stop: (() => void) | null = null;
  let stopped = false;
  const cancel = () => {
    stopped = true;
    stop?.();
  };
  options.signal?.addEventListener("abort", cancel, { once: true });
  (async () => {
    const client = await pool.connect();
    let released = false;
    const release = (error?: Error) => {
      if (released) return;
      released = true;
      options.signal?.removeEventListener("abort", cancel);
      client.release(error);
    };
    const source = client.query(copyTo(sql));
    stop = () => {
      // Ask the server to stop the query, then close this connection rather than return it to the pool.
      const pid = (client as unknown as { processID?: number }).processID;
      if (pid) pool.query("SELECT pg_cancel_backend($1)", [pid]).catch(() => undefined);
      source.destroy();
      release(new Error("export cancelled"));
    };
    if (stopped) return stop();
    source.on("error", (error: Error) => {
      release(error);
      out.destroy(error);
    });
    source.on("end", () => release());
    source.pipe(crlfLineEnds(BUFFER_BYTES)).pipe(out);
  })().catch((error: Error) => out.destroy(error));
  const web = Readable.toWeb(out) as ReadableStream<Uint8Array>;
  const reader = web.getReader();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await reader.read();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel(reason) {
        cancel();
        await reader.cancel(reason);
      },
    },
    { highWaterMark: BUFFER_BYTES, size: (chunk) => chunk.byteLength },
  );
}

function batchCsvStream<F>(def: ExportDefinition<F>, filters: F, options: { bom: boolean; signal?: AbortSignal }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const controllerAbort = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, controllerAbort.signal]) : controllerAbort.signal;
  const batches = readBatches(def, filters, signal);
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(csvHeader(def, options.bom)));
        return;
      }
      try {
        const next = await batches.next();
        if (next.done) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(csvLines(next.value.map((row) => recordOf(def.columns, row)))));
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

/** The same rows as a workbook, written as it is read, typed by column (lib/exports/workbook.ts), with a second sheet listing the sources. */
export function xlsxStream<F>(def: ExportDefinition<F>, filters: F, options: { signal?: AbortSignal }): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  // styles on: a date cell needs its number format, a text cell its "@"
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  (async () => {
    const sheet = workbook.addWorksheet(sheetName(def.title));
    const write = workbookWriter(def.columns);
    addTypedRow(sheet, headerRow(def.columns)).commit();
    for await (const batch of readBatches(def, filters, options.signal)) {
      for (const row of batch) addTypedRow(sheet, write(recordOf(def.columns, row))).commit();
    }
    sheet.commit();
    const sources = workbook.addWorksheet("Sources");
    for (const row of await sourcesSheetRows()) addTypedRow(sources, row).commit();
    sources.commit();
    await workbook.commit();
  })().catch((error: Error) => out.destroy(error));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

/** A sheet's name: at most 31 characters, none of the ones Excel refuses. */
export const sheetName = (title: string) => title.replace(/[*?:\\/[\]]/g, " ").slice(0, 31);

/** The Sources sheet's rows, header first: every source the record cites, typed as the export's cells are. */
export async function sourcesSheetRows() {
  const write = workbookWriter(SOURCE_COLUMNS);
  const all = await getDb().source.findMany({
    orderBy: { id: "asc" },
    select: { key: true, title: true, publisher: true, publishedOn: true, publishedPrecision: true, url: true },
  });
  return [
    headerRow(SOURCE_COLUMNS),
    ...all.map((s) =>
      write([s.key, s.title, s.publisher, s.publishedOn?.toISOString().slice(0, 10) ?? "", s.publishedPrecision?.toLowerCase() ?? "", s.url ?? ""]),
    ),
  ];
}
