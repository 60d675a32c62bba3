// The conflicts page's one filter, parsed from the URL: which conflicts to list.
import { z } from "zod";
import { labelled } from "../domain/labelled";

export const CONFLICT_STATUSES = ["OPEN", "RESOLVED"] as const;
export type ConflictStatus = (typeof CONFLICT_STATUSES)[number];

/** What the status filter may ask for, as it appears in the URL. */
export const [CONFLICT_STATUS_FILTERS, CONFLICT_STATUS_FILTER_LABEL] = labelled({
  open: "Open conflicts",
  resolved: "Resolved conflicts",
  all: "All conflicts",
});
export type ConflictStatusFilter = (typeof CONFLICT_STATUS_FILTERS)[number];

const statusSchema = z.preprocess(
  (v) => {
    const value = Array.isArray(v) ? v[0] : v;
    return typeof value === "string" && value.trim() !== "" ? value.trim().toLowerCase() : undefined;
  },
  z.enum(CONFLICT_STATUS_FILTERS, { error: "Choose open, resolved or all conflicts" }).optional(),
);

export interface ConflictQuery {
  /** what the page lists: open conflicts unless the URL asks otherwise (or asks wrongly) */
  status: ConflictStatusFilter;
  /** what was in the URL, kept so the filter can show it back */
  requested: string | null;
  error: string | null;
}

export function parseConflictQuery(raw: string | string[] | undefined): ConflictQuery {
  const requested = (Array.isArray(raw) ? raw[0] : raw) ?? null;
  const result = statusSchema.safeParse(raw);
  if (!result.success) return { status: "open", requested, error: result.error.issues[0]?.message ?? "Choose open, resolved or all conflicts" };
  return { status: result.data ?? "open", requested, error: null };
}

/** The statuses a filter keeps. */
export function statusesFor(filter: ConflictStatusFilter): ConflictStatus[] {
  return filter === "all" ? [...CONFLICT_STATUSES] : [filter === "open" ? "OPEN" : "RESOLVED"];
}
