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
export const derivedColumn = <R>(name: string, type: ColumnDoc["type"], meaning: string, example: string, read: (row: R) => CsvCell): DerivedColumn<R> => ({
  name,
  type,
  meaning,
  example,
  read,
});

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

/** The go-live a derived row is about, as trust, trust_slug, go_live_id and scope: the columns most derived exports begin with. */
export function goLiveColumns<R>(of: (row: R) => { trust: { name: string; slug: string }; goLiveId: number; scope: string }): DerivedColumn<R>[] {
  return [
    derivedColumn<R>("trust", "text", "The trust's name", "Kingston Hospital NHS Trust", (r) => of(r).trust.name),
    derivedColumn<R>("trust_slug", "text", "The trust's key, as in the dashboard's addresses", "kingston", (r) => of(r).trust.slug),
    derivedColumn<R>("go_live_id", "integer", "The go-live's id (stable)", "5", (r) => of(r).goLiveId),
    derivedColumn<R>("scope", "text", "The go-live's phase or scope", "Whole trust", (r) => of(r).scope),
  ];
}

/** The date a derived row was read on and how (as_of, view): the columns most derived exports end with. */
export function viewColumns<R>(asOfMeaning: string, of: (row: R) => { asOf: string; hindsight: boolean }): DerivedColumn<R>[] {
  return [
    derivedColumn<R>("as_of", "date", asOfMeaning, "2010-06-01", (r) => of(r).asOf),
    derivedColumn<R>("view", "enum", "as_it_stood (only what was known on as_of) or hindsight (everything known now)", "as_it_stood", (r) =>
      of(r).hindsight ? "hindsight" : "as_it_stood",
    ),
  ];
}
