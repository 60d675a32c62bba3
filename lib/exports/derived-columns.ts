// A derived export's columns (decision 021): each its documentation and its cell, read from one of the page's rows.
// Apart from the registry (lib/exports/derived.ts), which loads the definitions that use these.
import type { CsvCell } from "../domain/csv";
import type { DerivedExport } from "./derived";
import type { ColumnDoc } from "./types";

/** A derived export's column: its documentation and its cell, read from one of the page's rows (one object per column). */
export interface DerivedColumn<R> extends ColumnDoc {
  read(row: R): CsvCell;
}

/** A derived column: `read` gives its cell from a row. */
export const derivedColumn = <R>(name: string, type: ColumnDoc["type"], meaning: string, example: string, read: (row: R) => CsvCell): DerivedColumn<R> => ({ name, type, meaning, example, read });

/** Rows as cells, column by column. */
export const cellsOf = <R>(columns: readonly DerivedColumn<R>[], rows: readonly R[]): CsvCell[][] => rows.map((r) => columns.map((c) => c.read(r)));

/** Filters' problems as the export's refusal lists them: "field: message". */
export const problemsOf = (errors: readonly { field: string; message: string }[]) => errors.map((e) => `${e.field}: ${e.message}`);
export const yesNo = (v: boolean) => (v ? "true" : "false");
export const lowerOf = (v: string | null | undefined) => (v ? v.toLowerCase() : "");
export const sourcesCell = (sources: readonly { url: string | null; title: string }[]) => sources.map((s) => s.url ?? s.title).join(" ");

/** A derived export with the defaults they share: analysts download it. */
export function derivedExport<F>(def: Omit<DerivedExport<F>, "kind" | "permission"> & Partial<Pick<DerivedExport<F>, "permission">>): DerivedExport<F> {
  return { kind: "derived", permission: "rollout.export", ...def };
}
