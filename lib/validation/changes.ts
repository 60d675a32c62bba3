// The address of /changes and of the change feed: a range of days recorded (London time), a trust, a decision, a
// kind of change and a page. One schema for both; every wrong value is a message, and the rest still apply.
import { z } from "zod";
import { CHANGE_KIND_SLUGS, type ChangeKind } from "../domain/changes";
import { queryDay, queryText } from "./common";
import type { SearchParams } from "./overview";

const day = (label: string) => queryDay(label, "2026-12-01");

const key = (what: string) => queryText.refine((v) => v === undefined || /^[a-z0-9-]{1,100}$/.test(v), { message: `Choose a ${what} from the list` });

export const changesQuerySchema = z.object({
  from: day("from"),
  to: day("to"),
  trust: key("trust"),
  decision: key("decision"),
  kind: queryText.refine((v) => v === undefined || (CHANGE_KIND_SLUGS as readonly string[]).includes(v), { message: "Choose a kind of change from the list" }),
  page: queryText.refine((v) => v === undefined || /^[1-9]\d{0,4}$/.test(v), { message: "Page must be a whole number, 1 or more" }),
});

export type ChangesField = keyof typeof changesQuerySchema.shape;
export const CHANGES_FIELDS: readonly ChangesField[] = ["from", "to", "trust", "decision", "kind", "page"];

export interface ChangesQuery {
  from?: string;
  to?: string;
  trust?: string;
  decision?: string;
  kind?: ChangeKind;
  page: number;
  /** the values that go back into links, the form and the feed's address */
  params: Partial<Record<ChangesField, string>>;
  errors: { field: ChangesField; message: string }[];
}

export function parseChangesQuery(searchParams: SearchParams): ChangesQuery {
  const query: ChangesQuery = { page: 1, params: {}, errors: [] };
  for (const field of CHANGES_FIELDS) {
    const raw = searchParams[field];
    if (Array.isArray(raw) && raw.length > 1) {
      query.errors.push({ field, message: `Give the ${field === "kind" ? "kind of change" : field} once` });
      continue;
    }
    const result = changesQuerySchema.shape[field].safeParse(raw);
    if (!result.success) {
      query.errors.push({ field, message: result.error.issues[0]?.message ?? `Check the ${field}` });
      continue;
    }
    const value = result.data;
    if (value === undefined) continue;
    if (field === "page") query.page = Number(value);
    else {
      query.params[field] = value;
      if (field === "kind") query.kind = value as ChangeKind;
      else query[field] = value;
    }
  }
  if (query.from && query.to && query.from > query.to) {
    query.errors.push({ field: "to", message: "The to date must be the same as or after the from date" });
    delete query.to;
    delete query.params.to;
  }
  return query;
}
