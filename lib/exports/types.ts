// An export: its documented columns (the column dictionary at /exports), who may download it, the
// filters it shares with its page, and one SQL query that is read in batches by a unique key.
import type { Permission } from "../auth/permissions";
import type { ExportColumn } from "./columns";

export type ColumnType = "text" | "integer" | "decimal" | "date" | "date precision" | "timestamp" | "enum" | "boolean" | "JSON";

export interface ColumnDoc {
  name: string;
  type: ColumnType;
  meaning: string;
  example: string;
}

export interface SqlQuery {
  /** a SELECT whose first column is `k`, a unique key the batches are read by */
  text: string;
  values: unknown[];
}

export type Row = Record<string, unknown>;

export interface ExportDefinition<F = unknown> {
  /** the file name without extension, e.g. "plan-history" */
  name: string;
  title: string;
  /** the downloaded file's name before the date, when it should differ from `name` */
  fileStem?: string;
  description: string;
  /** bumped whenever the columns change */
  version: number;
  permission: Permission;
  /** the page it mirrors, where its download link is */
  page: string;
  /** each column's documentation and its cell, in JavaScript and SQL (lib/exports/columns.ts) */
  columns: ExportColumn[];
  /** the same zod schema as the page's; every wrong value is a message */
  parseFilters(params: URLSearchParams): { filters: F; errors: string[] };
  query(filters: F): SqlQuery;
  /** newest first ("desc") or in key order ("asc") */
  order: "asc" | "desc";
  /** the query with no filters, as text, for `COPY (…) TO STDOUT` in the benchmark */
  copySql(): string;
}

/** An export with the defaults most have: analysts download it, read in key order. */
export function sqlExport<F>(
  def: Omit<ExportDefinition<F>, "permission" | "order"> & Partial<Pick<ExportDefinition<F>, "permission" | "order">>,
): ExportDefinition<F> {
  return { permission: "rollout.export", order: "asc", ...def };
}
