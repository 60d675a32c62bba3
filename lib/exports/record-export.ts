// The exports of the record's facts (plans, actual go-lives, decisions, problems, acceptances, payments, contract
// events): a row per fact, its id first, then its own columns, then how sure the record is of it, its sources and the
// day it became known (PROVENANCE_COLUMNS); as it stood on a date, only the facts that had happened and were known by
// then. Each definition says what is its own (its table, its columns and their SQL, when a fact happened); the query,
// the provenance and the benchmark's COPY text are written here once.
import { PROVENANCE_COLUMNS, idColumn, provenanceSelect, type ExportColumn } from "./columns";
import { factKnownFromSql, recordWhere, type RecordFilters } from "./filters";
import { sourcesJoin } from "./format";
import { sqlExport, type ExportDefinition } from "./types";

/** The view as SQL, for the few columns that depend on it: the as-of day, and TRUE with hindsight (else FALSE). */
export interface ViewSql {
  asOf: string;
  hindsight: string;
}

/** Which facts the filters keep: those that `happened` by the date ($1) and were known by it, at the trust (recordWhere). */
interface HappenedBy<F> {
  happened: string | ((filters: F) => string);
  /** the condition for the trust's slug parameter, when it is not the trust `t`'s slug */
  atTrust?: (slug: string) => string;
}
/** Or a WHERE of the definition's own, with its parameters from $1, that pages or the search share. */
interface OwnWhere<F> {
  where(filters: F): { where: string; values: unknown[] };
}

type RecordExportSpec<F> = Pick<ExportDefinition<F>, "name" | "title" | "description" | "version" | "page"> &
  (HappenedBy<F> | OwnWhere<F>) & {
    /** the fact's table, its alias in the SQL, and the table linking it to its sources (the fact in column A) */
    from: { table: string; alias: string; sourcesTable: string };
    /** the JOINs the own columns read, after the fact's table */
    joins: string;
    /** the id column: its name, what the row is, an example */
    id: [name: string, what: string, example: string];
    /** the fact's own columns, between its id and its provenance */
    columns: ExportColumn[];
    /** the same columns in SQL, over the fact and its JOINs */
    select: string | ((view: ViewSql) => string);
    /** when the fact became known; by default its own knowledge date, else its sources, else the day it was recorded */
    known?: string;
    parseFilters: ExportDefinition<F>["parseFilters"];
  };

/** A record export: its columns and query from what is its own (RecordExportSpec). */
export function recordExport<F extends RecordFilters>(spec: RecordExportSpec<F>): ExportDefinition<F> {
  const { table, alias, sourcesTable } = spec.from;
  const known = spec.known ?? factKnownFromSql(alias, sourcesTable);
  const own = (view: ViewSql) => (typeof spec.select === "string" ? spec.select : spec.select(view));
  const select = (view: ViewSql) => `SELECT ${alias}.id AS k, ${own(view)}, ${provenanceSelect(alias, known)}
FROM "${table}" ${alias}
${spec.joins}
${sourcesJoin(sourcesTable, `${alias}.id`)}`;
  const where = (filters: F) => {
    if ("where" in spec) return spec.where(filters);
    const happened = typeof spec.happened === "string" ? spec.happened : spec.happened(filters);
    return recordWhere(filters, happened, known, spec.atTrust);
  };
  return sqlExport<F>({
    name: spec.name,
    title: spec.title,
    description: spec.description,
    version: spec.version,
    page: spec.page,
    columns: [idColumn(...spec.id), ...spec.columns, ...PROVENANCE_COLUMNS],
    parseFilters: spec.parseFilters,
    query(filters) {
      const { where: condition, values } = where(filters);
      return { text: `${select({ asOf: "$1::date", hindsight: filters.hindsight ? "TRUE" : "FALSE" })} ${condition}`, values };
    },
    // the benchmark's query: every fact, as everything is known today
    copySql: () => `${select({ asOf: "current_date", hindsight: "TRUE" })} ORDER BY ${alias}.id`,
  });
}
