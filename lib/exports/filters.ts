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

/** The date's and the view's problems as an export's refusal lists them: "asOf: …", "view: …". */
export const viewErrors = (view: { error?: string | null; viewError?: string | null }): string[] => [
  ...(view.error ? [`asOf: ${view.error}`] : []),
  ...(view.viewError ? [`view: ${view.viewError}`] : []),
];

/** The date and the view every list export takes, parsed as the pages parse them; each wrong value a message. */
export function parseViewFilters(params: URLSearchParams): { filters: Pick<RecordFilters, "asOf" | "hindsight">; errors: string[] } {
  const view = parseView(params.get("asOf") ?? undefined, params.get("view") ?? undefined);
  return { filters: { asOf: view.asOf, ...(view.hindsight ? { hindsight: true } : {}) }, errors: viewErrors(view) };
}

/** An optional parameter checked by its schema: its value, or undefined with its problem added to `errors` ("name: message"). */
export function optionalParam<T>(params: URLSearchParams, name: string, schema: z.ZodType<T>, errors: string[]): T | undefined {
  const raw = params.get(name);
  if (!raw) return undefined;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  errors.push(`${name}: ${parsed.error.issues[0]?.message}`);
  return undefined;
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

/**
 * knownFromSql for a fact table aliased `alias` (its id and "createdAt"), linked to its sources through `joinTable`
 * (the fact in column A); by default its own knowledge date is its "knownOn" at its "knownPrecision".
 */
export function factKnownFromSql(
  alias: string,
  joinTable: string,
  own: string | null = certainFromSql(`${alias}."knownOn"`, `${alias}."knownPrecision"`),
): string {
  return knownFromSql({ own, joinTable, factColumn: "A", factId: `${alias}.id`, createdAt: `${alias}."createdAt"` });
}

/** A plan `p`'s announcement, certain from the end of its period: a plan counts from then (lib/domain/status.ts isPlanKnownOn). */
export const PLAN_ANNOUNCED_SQL = certainFromSql(`p."announcedOn"`, `p."announcedPrecision"`);
/** When a plan `p` became known: its announcement, else its sources, else the day it was recorded. */
export const PLAN_KNOWN_FROM_SQL = factKnownFromSql("p", "_GoLivePlanToSource", PLAN_ANNOUNCED_SQL);
/** When a decision `d` became known: the day a source reported it, else its sources, else the day it was recorded. */
export const DECISION_KNOWN_FROM_SQL = factKnownFromSql("d", "_DecisionToSource", `d."reportedOn"`);

/** The WHERE condition for the view: as it stood, only facts known by the date (parameter `asOf`); with hindsight, none. */
export function knownByCondition(knownFrom: string, asOfParam: string, hindsight: boolean | undefined): string {
  return hindsight ? "TRUE" : `${knownFrom} <= ${asOfParam}::date`;
}

/**
 * The WHERE of a list of facts with its parameters from $1: `happened` by the date ($1), known by it (as it stood), and,
 * when a trust is asked for, `atTrust` for its slug's parameter (by default the trust `t`'s slug).
 */
export function recordWhere(
  filters: RecordFilters,
  happened: string,
  knownFrom: string,
  atTrust = (slug: string) => `t.slug = ${slug}`,
): { where: string; values: unknown[] } {
  const values: unknown[] = [filters.asOf];
  let where = `WHERE ${happened} AND ${knownByCondition(knownFrom, "$1", filters.hindsight)}`;
  if (filters.trust) {
    values.push(filters.trust);
    where += ` AND ${atTrust(`$${values.length}`)}`;
  }
  return { where, values };
}

const trustSlug = z.string().regex(/^[a-z0-9-]{1,100}$/, "Choose a trust from the list");

export function parseRecordFilters(params: URLSearchParams): { filters: RecordFilters; errors: string[] } {
  const { filters: view, errors } = parseViewFilters(params);
  const trust = optionalParam(params, "trust", trustSlug, errors);
  return { filters: { ...view, ...(trust ? { trust } : {}) }, errors };
}

/** The filters of the lists not tied to one trust (contracts, their events, sources): the date and the view. */
export type DateFilters = Pick<RecordFilters, "asOf" | "hindsight">;

/** The date and view only, for the lists not tied to one trust (a wrong trust is still refused, as by every list). */
export function parseDateFilters(params: URLSearchParams): { filters: DateFilters; errors: string[] } {
  const { filters, errors } = parseRecordFilters(params);
  return { filters: { asOf: filters.asOf, ...(filters.hindsight ? { hindsight: true } : {}) }, errors };
}
