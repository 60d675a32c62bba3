// The SQL an export runs on a database server: `COPY (<its cells over its query>) TO STDOUT WITH (FORMAT csv)`.
// No server-only import: the benchmark (scripts/bench-export.ts) measures COPY of this same query.
import pg from "pg";
import type { ExportDefinition } from "./types";

/** The query as `COPY` text: the cells in SQL over the query, in key order, parameters written in. */
export function copyCsvSql<F>(def: ExportDefinition<F>, filters: F): string {
  return `COPY (${exportSelectSql(def, filters)}) TO STDOUT WITH (FORMAT csv)`;
}

/** The export's own query: its cells in SQL over its rows, in key order, parameters written in. */
export function exportSelectSql<F>(def: ExportDefinition<F>, filters: F): string {
  const base = def.query(filters);
  const dir = def.order === "asc" ? "ASC" : "DESC";
  // The ORDER BY inside keeps PostgreSQL from folding the query into the outer one, which would
  // evaluate each column's expression (a per-row subquery, say) once per mention in its cell's SQL.
  const select = `SELECT ${def.columns.map((c) => c.sql).join(", ")} FROM (${base.text} ORDER BY k ${dir}) q ORDER BY q.k ${dir}`;
  return inlineParameters(select, base.values);
}

/**
 * A query's `$n` parameters written into its text as SQL literals, for `COPY (…) TO STDOUT`, which takes
 * no parameters. The values are the export's filters, already checked by its zod schema; each is quoted
 * by `pg`'s own escaping whatever it holds.
 */
export function inlineParameters(sql: string, values: readonly unknown[]): string {
  return sql.replace(/\$(\d+)/g, (_match, n: string) => {
    const index = Number(n) - 1;
    if (index < 0 || index >= values.length) throw new Error(`The export's query names $${n}, which it was not given`);
    const value = values[index];
    if (typeof value === "string") return pg.escapeLiteral(value);
    if (typeof value === "number" && Number.isFinite(value)) return pg.escapeLiteral(String(value));
    if (value instanceof Date) return pg.escapeLiteral(value.toISOString());
    throw new Error(`The export's parameter $${n} is not a string, number or date`);
  });
}
