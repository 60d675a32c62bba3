// The overview's filters, parsed once from the URL and shared by the page and its CSV export,
// so that an export is exactly what the page shows.
import { z } from "zod";
import { readEachFilter } from "./search-params";
import { CERTAINTIES, type Certainty } from "../domain/certainty";
import type { OverviewFilters } from "../domain/rollout";
import { STATUSES, type Status } from "../domain/status";
import { parseView, type AsOfResult, type ViewResult } from "./as-of";

export const toSlug = (value: string) => value.toLowerCase().replace(/_/g, "-");

export const STATUS_SLUGS = Object.fromEntries(STATUSES.map((s) => [toSlug(s), s])) as Record<string, Status>;
export const CERTAINTY_SLUGS = Object.fromEntries(CERTAINTIES.map((c) => [toSlug(c), c])) as Record<string, Certainty>;

export const statusSlug = (s: Status) => toSlug(s);
export const certaintySlug = (c: Certainty) => toSlug(c);

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optionalText = z.preprocess((v) => {
  const value = first(v);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}, z.string().optional());

const filtersSchema = z.object({
  status: optionalText.refine((v) => v === undefined || Object.hasOwn(STATUS_SLUGS, v), {
    message: `Choose a status from: ${Object.keys(STATUS_SLUGS).join(", ")}`,
  }),
  configuration: optionalText.refine((v) => v === undefined || /^[A-Za-z0-9]{1,12}$/.test(v), {
    message: "Choose a configuration such as LC0 or LC1",
  }),
  certainty: optionalText.refine((v) => v === undefined || Object.hasOwn(CERTAINTY_SLUGS, v), {
    message: `Choose a certainty from: ${Object.keys(CERTAINTY_SLUGS).join(", ")}`,
  }),
});

export type SearchParams = Record<string, string | string[] | undefined>;

export interface OverviewQuery {
  asOf: ViewResult;
  filters: OverviewFilters;
  /** the page of rows asked for, from 1 (kept within the pages there are when read) */
  page: number;
  /** the filters as they go back into links and the export address */
  params: { status?: string; configuration?: string; certainty?: string; page?: string };
  errors: { field: "status" | "configuration" | "certainty" | "page"; message: string }[];
}

/** Rows on a page of a long list (the overview, the decision log, the problems). */
export const PAGE_SIZE = 50;

/** The page asked for kept within the pages a list of `total` rows has (1 when it has none). */
export function pageWithin(total: number, page: number, size = PAGE_SIZE): { page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(total / size));
  return { page: Math.min(Math.max(1, page), pageCount), pageCount };
}

/** One page of a list, the page kept within the pages there are. */
export function pageOf<T>(rows: readonly T[], page: number, size = PAGE_SIZE): { rows: T[]; page: number; pageCount: number } {
  const { page: current, pageCount } = pageWithin(rows.length, page, size);
  return { rows: rows.slice((current - 1) * size, current * size), page: current, pageCount };
}

/**
 * One page of a list of groups counted by their items (a contract's events, say): the groups with items on
 * the page, each with those items, where they start in the group (from 0) and how many it has in all. A group
 * with no items takes one row, so that it is still listed.
 */
export function pageOfGroups<G, T>(groups: readonly G[], itemsOf: (group: G) => readonly T[], page: number, size = PAGE_SIZE) {
  const rows = groups.flatMap((group) => {
    const items = itemsOf(group);
    return items.length
      ? items.map((item, index) => ({ group, item: item as T | null, index, count: items.length }))
      : [{ group, item: null as T | null, index: 0, count: 0 }];
  });
  const shown = pageOf(rows, page, size);
  const out: { group: G; items: T[]; from: number; count: number }[] = [];
  for (const r of shown.rows) {
    const last = out[out.length - 1];
    if (last && last.group === r.group) {
      if (r.item !== null) last.items.push(r.item);
    } else out.push({ group: r.group, items: r.item === null ? [] : [r.item], from: r.index, count: r.count });
  }
  return { groups: out, page: shown.page, pageCount: shown.pageCount, total: rows.length };
}

/** A page number from the address: 1 when absent; a message (and page 1) when it is not one. */
export function parsePage(value: unknown): { page: number; error: string | null } {
  const raw = first(value);
  if (raw === undefined || (typeof raw === "string" && raw.trim() === "")) return { page: 1, error: null };
  if (typeof raw !== "string" || !/^\d{1,6}$/.test(raw.trim()) || Number(raw) < 1) {
    return { page: 1, error: "Choose a page by its number, from 1: the first page is shown" };
  }
  return { page: Number(raw), error: null };
}

/** Every wrong value gets a message; the rest of the filters still apply. */
export function parseOverviewQuery(searchParams: SearchParams): OverviewQuery {
  const asOf = parseView(searchParams.asOf, searchParams.view);
  const filters: OverviewFilters = {};
  const params: OverviewQuery["params"] = {};
  const errors: OverviewQuery["errors"] = [];
  readEachFilter(
    searchParams,
    ["status", "configuration", "certainty"] as const,
    (field) => filtersSchema.shape[field],
    errors,
    (field, value) => {
      params[field] = value;
      if (field === "status") filters.status = STATUS_SLUGS[value];
      if (field === "certainty") filters.certainty = CERTAINTY_SLUGS[value];
      if (field === "configuration") filters.configuration = value.toUpperCase();
    },
  );
  const page = parsePage(searchParams.page);
  if (page.error) errors.push({ field: "page", message: page.error });
  return { asOf, filters, params, errors, page: page.page };
}

export function overviewSearch(query: { asOf: AsOfResult & { hindsight?: boolean }; params: OverviewQuery["params"] }): string {
  const entries = {
    asOf: query.asOf.requested && !query.asOf.error ? query.asOf.asOf : undefined,
    view: query.asOf.hindsight ? "hindsight" : undefined,
    ...query.params,
  };
  const defined = Object.entries(entries).filter((e): e is [string, string] => typeof e[1] === "string");
  return defined.length ? `?${new URLSearchParams(defined)}` : "";
}
