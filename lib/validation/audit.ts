// The audit trail's filters, parsed once from the URL by one schema and shared by the page and its
// CSV export, so that an export holds exactly the changes the page lists.
import { z } from "zod";
import { readEachFilter } from "./search-params";
import { addressDateSchema } from "./address-date";
import { CONTROL_CHARACTERS, queryText } from "./common";
import type { SearchParams } from "./overview";

export const AUDIT_PAGE_SIZE = 100;
export const AUDIT_OUTCOMES = ["APPLIED", "CONFLICT"] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

// The NHS date input's day (proxy.ts sends a real one on as YYYY-MM-DD, anything else as the parts typed).
const day = (legend: string) => queryText.pipe(addressDateSchema(legend).optional());

export const auditQuerySchema = z.object({
  actor: queryText
    .refine((v) => v === undefined || v.length <= 254, { message: "Email address must be 254 characters or fewer" })
    .refine((v) => v === undefined || !CONTROL_CHARACTERS.test(v), { message: "Email address must not contain control characters" })
    .transform((v) => v?.toLowerCase()),
  action: queryText.refine((v) => v === undefined || /^[a-z0-9][a-z0-9.-]{0,99}$/.test(v), { message: "Choose an action from the list" }),
  entity: queryText.refine((v) => v === undefined || /^[A-Za-z][A-Za-z0-9]{0,49}$/.test(v), { message: "Choose a kind of record from the list" }),
  outcome: queryText
    .transform((v) => v?.toUpperCase())
    .refine((v) => v === undefined || (AUDIT_OUTCOMES as readonly string[]).includes(v), { message: "Choose an outcome: saved or refused" }),
  from: day("From date"),
  to: day("To date"),
  page: queryText.refine((v) => v === undefined || /^[1-9]\d{0,5}$/.test(v), { message: "Page must be a whole number, 1 or more" }),
});

export type AuditField = Exclude<keyof typeof auditQuerySchema.shape, "page">;
export const AUDIT_FIELDS: readonly AuditField[] = ["actor", "action", "entity", "outcome", "from", "to"];

export interface AuditFilters {
  /** part of the actor's email address, any case */
  actor?: string;
  action?: string;
  entity?: string;
  outcome?: AuditOutcome;
  /** ISO days, inclusive, London time */
  from?: string;
  to?: string;
}

export interface AuditQuery {
  filters: AuditFilters;
  page: number;
  /** the filters as they go back into links and the export address */
  params: Partial<Record<AuditField, string>>;
  errors: { field: AuditField | "page"; message: string }[];
}

/** Every wrong value gets a message; the rest of the filters still apply. */
export function parseAuditQuery(searchParams: SearchParams): AuditQuery {
  const filters: AuditFilters = {};
  const params: AuditQuery["params"] = {};
  const errors: AuditQuery["errors"] = [];
  readEachFilter(
    searchParams,
    AUDIT_FIELDS,
    (field) => auditQuerySchema.shape[field],
    errors,
    (field, value) => {
      params[field] = value;
      if (field === "outcome") filters.outcome = value as AuditOutcome;
      else filters[field] = value;
    },
  );
  if (filters.from && filters.to && filters.from > filters.to) {
    errors.push({ field: "to", message: "The to date must be the same as or after the from date" });
    delete filters.to;
    delete params.to;
  }
  const page = auditQuerySchema.shape.page.safeParse(searchParams.page);
  if (!page.success) errors.push({ field: "page", message: page.error.issues[0]?.message ?? "Check the page number" });
  return { filters, params, errors, page: page.success && page.data ? Number(page.data) : 1 };
}

/** The query string for these filters, with a page number when it is not the first. */
export function auditSearch(params: AuditQuery["params"], page = 1): string {
  const entries = Object.entries(params).filter((e): e is [string, string] => typeof e[1] === "string");
  if (page > 1) entries.push(["page", String(page)]);
  return entries.length ? `?${new URLSearchParams(entries)}` : "";
}
