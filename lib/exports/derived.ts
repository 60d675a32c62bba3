import "server-only";
// Exports worked out by the product's rules in TypeScript rather than read by one query (decision 021): the
// milestone trends, the promises ledger and its scores, and the exceptions. Each has its columns documented for the
// column dictionary, the same filters as its page, and its rows as cells; /exports/<name>.csv and .xlsx write them
// as every other export is written (lib/exports/derived-stream.ts).
import type { Actor, Permission } from "../auth/permissions";
import type { CsvCell } from "../domain/csv";
import { conflictsExport } from "./definitions/conflicts";
import { promisesExport, promiseScoresExport } from "./definitions/promises";
import { exceptionsExport } from "./definitions/exceptions";
import { trendsExport } from "./definitions/trends";
import { goLivesExport } from "./definitions/go-lives";
import type { ColumnDoc } from "./types";

export interface DerivedExport<F = unknown> {
  kind: "derived";
  name: string;
  title: string;
  description: string;
  version: number;
  permission: Permission;
  page: string;
  columns: ColumnDoc[];
  /** the same rules as the page's; every wrong value is a message */
  parseFilters(params: URLSearchParams): { filters: F; errors: string[] };
  /** the rows, each its cells in the columns' order; `errors` when the filters name something the record does not have */
  rows(actor: Actor, filters: F): Promise<{ rows: CsvCell[][]; errors: string[] }>;
  /** the file name's date and view, e.g. "2010-06-01" or "2009-02-11-hindsight" */
  stamp(filters: F): string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each export has its own filter type
export const DERIVED_EXPORTS: Record<string, DerivedExport<any>> = {
  "go-lives": goLivesExport,
  trends: trendsExport,
  promises: promisesExport,
  "promise-scores": promiseScoresExport,
  exceptions: exceptionsExport,
  conflicts: conflictsExport,
};

/** A derived export's column: its documentation and its cell, read from one of the page's rows (one object per column). */
export interface DerivedColumn<R> extends ColumnDoc {
  read(row: R): CsvCell;
}

/** Rows as cells, column by column. */
export const cellsOf = <R>(columns: readonly DerivedColumn<R>[], rows: readonly R[]): CsvCell[][] => rows.map((r) => columns.map((c) => c.read(r)));

/** A derived column: `read` gives its cell from a row. */
export const derivedColumn = <R>(name: string, type: ColumnDoc["type"], meaning: string, example: string, read: (row: R) => CsvCell): DerivedColumn<R> => ({ name, type, meaning, example, read });

export function findDerivedExport(name: string): DerivedExport<unknown> | null {
  return Object.hasOwn(DERIVED_EXPORTS, name) ? (DERIVED_EXPORTS as Record<string, DerivedExport<unknown>>)[name]! : null;
}

/** Filters' problems as the export's refusal lists them: "field: message". */
export const problemsOf = (errors: readonly { field: string; message: string }[]) => errors.map((e) => `${e.field}: ${e.message}`);
export const yesNo = (v: boolean) => (v ? "true" : "false");
export const lowerOf = (v: string | null | undefined) => (v ? v.toLowerCase() : "");
export const sourcesCell = (sources: readonly { url: string | null; title: string }[]) => sources.map((s) => s.url ?? s.title).join(" ");
