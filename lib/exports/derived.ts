import "server-only";
// Exports worked out by the product's rules in TypeScript rather than read by one query (decision 021): the
// overview's go-lives and ratings, the milestone trends, the promises ledger and its scores, the exceptions, the
// conflicts, what each decision cost and the baseline comparison. Each has its columns, one object each with its cell
// (lib/exports/derived-columns.ts, decision 026), the same filters as its page, and its rows from the page's own data
// function; /exports/<name>.csv and .xlsx write them as every other export is written (lib/exports/derived-stream.ts).
import type { Actor, Permission } from "../auth/permissions";
import type { CsvCell } from "../domain/csv";
import { conflictsExport } from "./definitions/conflicts";
import { promisesExport, promiseScoresExport } from "./definitions/promises";
import { exceptionsExport } from "./definitions/exceptions";
import { trendsExport } from "./definitions/trends";
import { goLivesExport } from "./definitions/go-lives";
import { ratingsExport } from "./definitions/ratings";
import { decisionCostsExport } from "./definitions/decision-costs";
import { baselineComparisonExport } from "./definitions/baseline-comparison";
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
  ratings: ratingsExport,
  "decision-costs": decisionCostsExport,
  "baseline-comparison": baselineComparisonExport,
};

export function findDerivedExport(name: string): DerivedExport<unknown> | null {
  return Object.hasOwn(DERIVED_EXPORTS, name) ? (DERIVED_EXPORTS as Record<string, DerivedExport<unknown>>)[name]! : null;
}
