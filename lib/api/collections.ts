import "server-only";
// The collections of /api/v1 (docs/decisions/022). Each is an export: the same rows as its CSV, for the same
// filters as its page, with the same columns (the column dictionary at /exports), as JSON typed by each column's
// type. A row carries its sources and certainty as the export does. Three kinds:
// - the exports read by one SQL query (lib/exports/registry.ts): paged by their unique key, so a cursor
//   stays right when rows are added before it;
// - the exports the rules derive (lib/exports/derived.ts) and the overview: worked out whole (and kept per
//   version of the record), paged by position.
import { assertCan, can, type Actor, type Permission } from "../auth/permissions";
import type { CsvCell } from "../domain/csv";
import { DERIVED_EXPORTS, type DerivedExport } from "../exports/derived";
import { queryRows } from "../exports/reader";
import { EXPORTS } from "../exports/registry";
import type { ColumnDoc, ExportDefinition } from "../exports/types";
import { keptUntilTheRecordChanges } from "../server/record-cache";
import {
  AUDIT_PARAMS,
  BASELINE_PARAMS,
  COMPARISON_PARAMS,
  CONFLICT_PARAMS,
  DATED_PARAMS,
  DECISION_PARAMS,
  OVERVIEW_PARAMS,
  PROMISES_PARAMS,
  RECORD_PARAMS,
  TRENDS_PARAMS,
  AS_OF,
  type ParamDoc,
} from "./params";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [k: string]: JsonValue };
export type JsonRow = Record<string, JsonValue>;

/** Where the next page starts: after a key (SQL collections) or at a position (derived ones). */
export type Position = { after: string | number } | { offset: number } | null;

export interface Page {
  rows: JsonRow[];
  /** where the page after this one starts, or null on the last page */
  next: Position;
}

export interface Collection {
  name: string;
  title: string;
  description: string;
  permission: Permission;
  /** the page of the dashboard it mirrors */
  page: string;
  columns: ColumnDoc[];
  params: ParamDoc[];
  /** the export's format version: bumped when its columns change */
  version: number;
  /** the column that identifies a row, where rows have one id */
  idColumn: string | null;
  read(actor: Actor, params: URLSearchParams, from: Position, limit: number): Promise<{ page: Page } | { errors: string[] }>;
}

/** A cell as JSON, by its column's type: numbers stay numbers, an empty cell is null (not known). */
export function jsonCell(column: ColumnDoc, value: CsvCell): JsonValue {
  if (value === null || value === undefined || value === "") return null;
  switch (column.type) {
    case "integer":
      return typeof value === "number" ? value : Number(value);
    case "boolean":
      return value === "true" ? true : value === "false" ? false : null;
    case "JSON":
      try {
        return JSON.parse(String(value)) as JsonValue;
      } catch {
        return String(value);
      }
    default:
      return String(value);
  }
}

const rowOf = (columns: readonly ColumnDoc[], cells: readonly CsvCell[]): JsonRow => Object.fromEntries(columns.map((c, i) => [c.name, jsonCell(c, cells[i])]));

/** What a collection says of itself, as its export says it: title, description, permission, page, columns and version. */
type Described = Omit<Collection, "name" | "params" | "idColumn" | "read">;
const describedAs = ({ title, description, permission, page, columns, version }: Described): Described => ({
  title,
  description,
  permission,
  page,
  columns,
  version,
});

function sqlCollection(def: ExportDefinition<unknown>, params: ParamDoc[]): Collection {
  return {
    name: def.name,
    ...describedAs(def),
    params,
    idColumn: def.columns[0]!.name,
    async read(actor, search, from, limit) {
      assertCan(actor, def.permission);
      const { filters, errors } = def.parseFilters(search);
      if (errors.length > 0) return { errors };
      const base = def.query(filters);
      const n = base.values.length;
      const after = from && "after" in from ? from.after : null;
      const cmp = def.order === "asc" ? ">" : "<";
      const values = after === null ? [...base.values, limit + 1] : [...base.values, after, limit + 1];
      const keyset = after === null ? "" : `WHERE q.k ${cmp} $${n + 1}`;
      const rows = await queryRows(
        `SELECT * FROM (${base.text}) q ${keyset} ORDER BY q.k ${def.order === "asc" ? "ASC" : "DESC"} LIMIT $${values.length}`,
        values,
      );
      const more = rows.length > limit;
      const shown = more ? rows.slice(0, limit) : rows;
      const last = shown[shown.length - 1]?.k;
      return {
        page: {
          rows: shown.map((r) =>
            rowOf(
              def.columns,
              def.columns.map((c) => c.read(r)),
            ),
          ),
          next: more && last !== undefined ? { after: typeof last === "bigint" ? String(last) : (last as string | number) } : null,
        },
      };
    },
  };
}

/** A page of rows worked out whole. */
function slice(all: readonly JsonRow[], from: Position, limit: number): Page {
  const offset = from && "offset" in from ? from.offset : 0;
  const rows = all.slice(offset, offset + limit);
  return { rows, next: offset + limit < all.length ? { offset: offset + limit } : null };
}

function derivedCollection(def: DerivedExport<unknown>, params: ParamDoc[], idColumn: string | null, name = def.name): Collection {
  return {
    name,
    ...describedAs(def),
    params,
    idColumn,
    async read(actor, search, from, limit) {
      assertCan(actor, def.permission);
      const { filters, errors } = def.parseFilters(search);
      if (errors.length > 0) return { errors };
      // worked out whole once per version of the record and query (decision 017): a script paging through the
      // promises ledger at national scale (200,000 rows) pays for the rows once, then a slice a page
      const result = await keptUntilTheRecordChanges(`api-${def.name}`, { max: 4 }, [...search].sort(), async () => {
        const read = await def.rows(actor, filters);
        return read.errors.length > 0 ? { errors: read.errors, rows: [] } : { errors: [], rows: read.rows.map((cells) => rowOf(def.columns, cells)) };
      });
      if (result.errors.length > 0) return { errors: result.errors };
      return { page: slice(result.rows, from, limit) };
    },
  };
}

const sql = (name: string, params: ParamDoc[]) => sqlCollection(EXPORTS[name]!, params);
const derived = (name: string, params: ParamDoc[], idColumn: string | null = null) => derivedCollection(DERIVED_EXPORTS[name]!, params, idColumn);
// the overview's collection is the go-lives export under the name the API has always given it
const overviewCollection = derivedCollection(DERIVED_EXPORTS["go-lives"]!, OVERVIEW_PARAMS, null, "overview");

/** Every collection, in the order the index and the documentation list them. */
export const COLLECTIONS: Record<string, Collection> = {
  overview: overviewCollection,
  trusts: sql("trusts", [AS_OF]),
  "plan-history": sql("plan-history", RECORD_PARAMS),
  "go-live-actuals": sql("go-live-actuals", RECORD_PARAMS),
  decisions: sql("decisions", DECISION_PARAMS),
  problems: sql("problems", RECORD_PARAMS),
  acceptances: sql("acceptances", RECORD_PARAMS),
  payments: sql("payments", RECORD_PARAMS),
  contracts: sql("contracts", DATED_PARAMS),
  "contract-events": sql("contract-events", DATED_PARAMS),
  sources: sql("sources", DATED_PARAMS),
  conflicts: derived("conflicts", CONFLICT_PARAMS),
  baselines: sql("baselines", BASELINE_PARAMS),
  trends: derived("trends", TRENDS_PARAMS),
  promises: derived("promises", PROMISES_PARAMS),
  "promise-scores": derived("promise-scores", PROMISES_PARAMS),
  exceptions: derived("exceptions", DATED_PARAMS),
  ratings: derived("ratings", OVERVIEW_PARAMS),
  "decision-costs": derived("decision-costs", DATED_PARAMS),
  "baseline-comparison": derived("baseline-comparison", COMPARISON_PARAMS),
  audit: sql("audit", AUDIT_PARAMS),
};

export function findCollection(name: string): Collection | null {
  return Object.hasOwn(COLLECTIONS, name) ? COLLECTIONS[name]! : null;
}

/** The collections this person may read, for the index. */
export const readableBy = (actor: Actor) => Object.values(COLLECTIONS).filter((c) => can(actor, c.permission));
