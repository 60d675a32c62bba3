import { z } from "zod";
import { sqlExport } from "../types";
import { optionalParam } from "../filters";
import { GO_LIVE_ID, SCOPE, TRUST, TRUST_SLUG, col, dated } from "../columns";

export interface BaselineFilters {
  /** one baseline, by its key */
  baseline?: string;
}

const keySchema = z.string().regex(/^[a-z0-9-]{1,100}$/, "Choose a baseline from the list at /board/baselines");

/** The one filter: a baseline's key. Baselines are the board's own snapshots, listed whole as /board/baselines lists them. */
export function parseBaselineFilters(params: URLSearchParams): { filters: BaselineFilters; errors: string[] } {
  const errors: string[] = [];
  const baseline = optionalParam(params, "baseline", keySchema, errors);
  return { filters: baseline ? { baseline } : {}, errors };
}

const SELECT = `SELECT e.id AS k, b.key AS baseline_key, b.name AS baseline_name, b."takenAsOf" AS taken_as_of, b."takenBy" AS taken_by, b."createdAt" AS taken_at,
  t.name AS trust, t.slug AS trust_slug, g.id AS go_live_id, g.scope, e.status, e."planId" AS plan_id, e."plannedOn" AS planned_go_live,
  e."plannedPrecision" AS planned_go_live_precision, e."plannedLabel" AS planned_label, e."plansMade" AS plans_made
FROM "BaselineEntry" e
JOIN "Baseline" b ON b.id = e."baselineId"
JOIN "GoLive" g ON g.id = e."goLiveId"
JOIN "Trust" t ON t.id = g."trustId"`;

/** Every go-live's plan in each baseline the board has taken. */
export const baselinesExport = sqlExport<BaselineFilters>({
  name: "baselines",
  title: "Baselines",
  description:
    "The baselines the board has taken: for each, every go-live's plan in force on the baseline's date and its status then, as /board/baselines compares them. A row for each go-live in each baseline; give baseline=<key> for one.",
  version: 1,
  page: "/board/baselines",
  columns: [
    col.integer("entry_id", "The baseline entry's id (stable)", "12", "k"),
    col.text("baseline_key", "The baseline's key", "before-october-2008-halt"),
    col.text("baseline_name", "The baseline's name", "Before the October 2008 halt"),
    col.date("taken_as_of", "The date whose plans it holds", "2008-10-30"),
    col.text("taken_by", 'Who took it: an email, or "sample data"', "sample data"),
    col.timestamp("taken_at", "When it was taken, UTC", "2026-11-25T23:41:08.123Z"),
    TRUST,
    TRUST_SLUG,
    GO_LIVE_ID,
    SCOPE,
    col.enum("status", "Its status on taken_as_of: planned, next_in_line, halted, live, withdrawn or not_known", "planned"),
    col.integer("plan_id", "The plan in force then (plan-history's plan_id); empty when none", "40"),
    ...dated("planned_go_live", "That plan's date (first day of the period); empty when none or postponed with no date", "2008-11-01", "month"),
    col.text("planned_label", "The record's own words for the date", "late November 2008"),
    col.integer("plans_made", "How many plans had been made by then (1: the first plan only)", "1"),
  ],
  parseFilters: parseBaselineFilters,
  query(filters) {
    if (!filters.baseline) return { text: SELECT, values: [] };
    return { text: `${SELECT} WHERE b.key = $1`, values: [filters.baseline] };
  },
  copySql: () => `${SELECT} ORDER BY e.id`,
});
