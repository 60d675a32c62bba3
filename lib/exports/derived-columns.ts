// A derived export's columns (decision 021): each its documentation and its cell, read from one of the page's rows.
// Apart from the registry (lib/exports/derived.ts), which loads the definitions that use these.
import type { Actor } from "../auth/permissions";
import type { CsvCell } from "../domain/csv";
import type { PartialDate } from "../domain/dates";
import { precisionMeaning } from "./columns";
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
/** The view a row was read in, as the view columns give it. */
export const viewCell = (hindsight: boolean) => (hindsight ? "hindsight" : "as_it_stood");
export const sourcesCell = (sources: readonly { url: string | null; title: string }[]) => sources.map((s) => s.url ?? s.title).join(" ");

/** A derived export as its definition gives it: its columns over the page's rows, and how it reads them. */
type DerivedSpec<F, R> = Omit<DerivedExport<F>, "kind" | "permission" | "columns" | "rows"> &
  Partial<Pick<DerivedExport<F>, "permission">> & {
    columns: DerivedColumn<R>[];
    /** the page's rows for the filters; `errors` when the filters name something the record does not have */
    read(actor: Actor, filters: F): Promise<{ rows: readonly R[]; errors?: string[] }>;
  };

/** A derived export with the defaults they share (analysts download it), its rows written as cells column by column. */
export function derivedExport<F, R>({ read, ...def }: DerivedSpec<F, R>): DerivedExport<F> {
  return {
    kind: "derived",
    permission: "rollout.export",
    ...def,
    async rows(actor, filters) {
      const { rows, errors = [] } = await read(actor, filters);
      return { rows: cellsOf(def.columns, rows), errors };
    },
  };
}

/** The file name's date and view: "2010-06-01", or "2009-02-11-hindsight". */
export const viewStamp = (view: { asOf: string; hindsight: boolean }) => `${view.asOf}${view.hindsight ? "-hindsight" : ""}`;

/** A date and its precision, side by side, as `dated` writes them in the SQL exports: empty when `of` gives no date. */
export function datedColumns<R>(
  name: string,
  meaning: string,
  example: string,
  precisionExample: string,
  of: (row: R) => PartialDate | null | undefined,
): DerivedColumn<R>[] {
  return [
    derivedColumn<R>(name, "date", meaning, example, (r) => of(r)?.date ?? ""),
    derivedColumn<R>(`${name}_precision`, "date precision", precisionMeaning(name), precisionExample, (r) => lowerOf(of(r)?.precision)),
  ];
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
      viewCell(of(r).hindsight),
    ),
  ];
}
