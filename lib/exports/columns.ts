// One object per export column: its name, type, meaning and example (the column dictionary at /exports, the read
// API's schema) and its cell, written in JavaScript (the batch reader, the workbook) and in SQL (PostgreSQL's COPY)
// from one description (lib/exports/format.ts). Adding or changing a column is one edit: here for the columns many
// exports share, else in the export's definition.
import { boolean, decimal, integer, isoDay, isoTimestamp, lower, text, type Cell } from "./format";
import type { ColumnDoc, ColumnType } from "./types";

export interface ExportColumn extends ColumnDoc, Cell {}

/** A column: `from` is the query's column the cell reads, when it is not the column's own name. */
type Builder = (name: string, meaning: string, example: string, from?: string) => ExportColumn;
const builder =
  (type: ColumnType, cell: (from: string) => Cell): Builder =>
  (name, meaning, example, from = name) => ({ name, type, meaning, example, ...cell(from) });

export const col = {
  text: builder("text", text),
  enum: builder("enum", lower),
  integer: builder("integer", integer),
  decimal: builder("decimal", decimal),
  date: builder("date", isoDay),
  timestamp: builder("timestamp", isoTimestamp),
  boolean: builder("boolean", boolean),
  /** JSON text, written as the record holds it */
  json: builder("JSON", text),
  /** an enum the record stores in the case it is shown in ("APPLIED") */
  enumAsIs: builder("enum", text),
};

/** A date's precision column's meaning, in every export alike. */
export const precisionMeaning = (date: string) => `day, month, quarter or year: how much of ${date} the record gives`;

/**
 * A date and its precision, side by side (decision 005): the first day of the period, and how much of it the record
 * gives. The workbook shows the date only as far as the precision goes (lib/exports/workbook.ts).
 */
export function dated(
  name: string,
  meaning: string,
  example: string,
  precisionExample: string,
  from = name,
  precisionFrom = `${from}_precision`,
): [ExportColumn, ExportColumn] {
  return [
    col.date(name, meaning, example, from),
    {
      name: `${name}_precision`,
      type: "date precision",
      meaning: precisionMeaning(name),
      example: precisionExample,
      ...lower(precisionFrom),
    },
  ];
}

/** The row's id in the record, stable across exports: the query's unique key `k`. */
export const idColumn = (name: string, what: string, example: string) => col.integer(name, `${what}'s id in the record (stable)`, example, "k");

// The columns most exports share, worded once.
export const TRUST = col.text("trust", "The trust's name", "Kingston Hospital NHS Trust");
export const ODS_CODE = col.text("ods_code", "The trust's ODS code; empty where the record does not give it", "");
export const TRUST_SLUG = col.text("trust_slug", "The trust's key, as in the dashboard's addresses and the trust filter", "kingston");
export const GO_LIVE_ID = col.integer("go_live_id", "The go-live's id (stable)", "5");
export const SCOPE = col.text("scope", "The go-live's phase or scope", "Whole trust");
export const CERTAINTY = col.enum("certainty", "confirmed, single_source or uncertain", "single_source");
export const CERTAINTY_NOTE = col.text("certainty_note", "Why the record is uncertain, where it is", "");
export const SOURCES = col.text(
  "sources",
  "Web addresses (or titles) of its sources, separated by spaces",
  "https://www.digitalhealth.net/2009/11/kingston-to-go-live-on-30-november",
);
export const KNOWN_FROM = col.date(
  "known_from",
  "The day it became known: its own knowledge date, else its earliest dated source's publication, else the day it was recorded. As it stood (the default), a row is included only from this day; with view=hindsight, from the day it happened",
  "2009-03-31",
);

/** The trust and go-live a fact is about, as most exports begin. */
export const GO_LIVE_COLUMNS = [TRUST, ODS_CODE, TRUST_SLUG, GO_LIVE_ID, SCOPE] as const;
/** How sure the record is and where it says so, as the lists of what is the same at every date (trusts, contracts) end. */
export const SOURCED_COLUMNS = [CERTAINTY, CERTAINTY_NOTE, SOURCES] as const;
/** The same and the day it became known, as the lists of facts end. */
export const PROVENANCE_COLUMNS = [...SOURCED_COLUMNS, KNOWN_FROM] as const;
/** A contract and its supplier, as the contracts and their events name them. */
export const CONTRACT_COLUMNS = [
  col.text("contract", "The contract's name", "London Local Service Provider"),
  col.text("supplier", "The supplier holding the contract", "BT"),
] as const;

/** GO_LIVE_COLUMNS in SQL, from the trust `t` and the go-live `g`. */
export const GO_LIVE_SELECT = `t.name AS trust, t."odsCode" AS ods_code, t.slug AS trust_slug, g.id AS go_live_id, g.scope`;
/** The go-live `g` a fact aliased `alias` is about and its trust `t`, as GO_LIVE_SELECT reads them. */
export const goLiveJoins = (alias: string) => `JOIN "GoLive" g ON g.id = ${alias}."goLiveId"
JOIN "Trust" t ON t.id = g."trustId"`;
/** CONTRACT_COLUMNS in SQL, from the contract `c`, and the JOIN to its supplier `sp` they read. */
export const CONTRACT_SELECT = `c.name AS contract, sp.name AS supplier`;
export const SUPPLIER_JOIN = `JOIN "Supplier" sp ON sp.id = c."supplierId"`;
/** SOURCED_COLUMNS in SQL, for the fact `alias` whose sources are joined as `src` (sourcesJoin). */
export const sourcedSelect = (alias: string) => `${alias}.certainty, ${alias}."certaintyNote" AS certainty_note, src.sources`;
/** PROVENANCE_COLUMNS in SQL, for the fact `alias` whose sources are joined as `src` (sourcesJoin) and known from `knownFrom`. */
export const provenanceSelect = (alias: string, knownFrom: string) => `${sourcedSelect(alias)}, ${knownFrom} AS known_from`;
