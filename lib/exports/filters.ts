// Filters the record's lists share: the as-of date and a trust, parsed by the same schemas as pages.
import { z } from "zod";
import { parseView } from "../validation/as-of";

export interface RecordFilters {
  /** facts known by this day */
  asOf: string;
  /** everything known now (`view=hindsight`), not only what was known on asOf */
  hindsight?: boolean;
  /** one trust's facts, by its slug */
  trust?: string;
}

/** The date and the view every list export takes, parsed as the pages parse them; each wrong value a message. */
export function parseViewFilters(params: URLSearchParams): { filters: Pick<RecordFilters, "asOf" | "hindsight">; errors: string[] } {
  const view = parseView(params.get("asOf") ?? undefined, params.get("view") ?? undefined);
  const errors = [...(view.error ? [`asOf: ${view.error}`] : []), ...(view.viewError ? [`view: ${view.viewError}`] : [])];
  return { filters: { asOf: view.asOf, ...(view.hindsight ? { hindsight: true } : {}) }, errors };
}

/** lib/domain/dates.ts certainFrom in SQL: the last day of the period a DATE column and its precision name. */
export function certainFromSql(date: string, precision: string): string {
  return `(CASE ${precision}::text WHEN 'MONTH' THEN (date_trunc('month', ${date}) + interval '1 month - 1 day')::date WHEN 'QUARTER' THEN (date_trunc('quarter', ${date}) + interval '3 months - 1 day')::date WHEN 'YEAR' THEN (date_trunc('year', ${date}) + interval '1 year - 1 day')::date ELSE ${date} END)`;
}

/**
 * lib/domain/knowledge.ts knownFromOf in SQL, for a fact row: its own knowledge date, else the
 * earliest publication among its sources (through the link table), else the day it was recorded.
 */
export function knownFromSql(fact: { own: string | null; joinTable: string; factColumn: "A" | "B"; factId: string; createdAt: string }): string {
  const sourceColumn = fact.factColumn === "A" ? "B" : "A";
  const earliest = `(SELECT min(${certainFromSql('ks."publishedOn"', 'ks."publishedPrecision"')}) FROM "${fact.joinTable}" kj JOIN "Source" ks ON ks.id = kj."${sourceColumn}" WHERE kj."${fact.factColumn}" = ${fact.factId})`;
  return `COALESCE(${fact.own ? `${fact.own}, ` : ""}${earliest}, (${fact.createdAt})::date)`;
}

/** The WHERE condition for the view: as it stood, only facts known by the date (parameter `asOf`); with hindsight, none. */
export function knownByCondition(knownFrom: string, asOfParam: string, hindsight: boolean | undefined): string {
  return hindsight ? "TRUE" : `${knownFrom} <= ${asOfParam}::date`;
}

const trustSlug = z.string().regex(/^[a-z0-9-]{1,100}$/, "Choose a trust from the list");

export function parseRecordFilters(params: URLSearchParams): { filters: RecordFilters; errors: string[] } {
  const { filters: view, errors } = parseViewFilters(params);
  const filters: RecordFilters = { ...view };
  const trust = params.get("trust");
  if (trust) {
    const parsed = trustSlug.safeParse(trust);
    if (parsed.success) filters.trust = parsed.data;
    else errors.push(`trust: ${parsed.error.issues[0]?.message}`);
  }
  return { filters, errors };
}
