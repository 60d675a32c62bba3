import { z } from "zod";
import type { ExportDefinition } from "../types";
import { integer, isoDay, isoTimestamp, lower, text } from "../format";

export interface BaselineFilters {
  /** one baseline, by its key */
  baseline?: string;
}

const keySchema = z.string().regex(/^[a-z0-9-]{1,100}$/, "Choose a baseline from the list at /board/baselines");

/** The one filter: a baseline's key. Baselines are the board's own snapshots, listed whole as /board/baselines lists them. */
export function parseBaselineFilters(params: URLSearchParams): { filters: BaselineFilters; errors: string[] } {
  const raw = params.get("baseline");
  if (!raw) return { filters: {}, errors: [] };
  const parsed = keySchema.safeParse(raw);
  return parsed.success ? { filters: { baseline: parsed.data }, errors: [] } : { filters: {}, errors: [`baseline: ${parsed.error.issues[0]?.message}`] };
}

const SELECT = `SELECT e.id AS k, b.key AS baseline_key, b.name AS baseline_name, b."takenAsOf" AS taken_as_of, b."takenBy" AS taken_by, b."createdAt" AS taken_at,
  t.name AS trust, t.slug AS trust_slug, g.id AS go_live_id, g.scope, e.status, e."planId" AS plan_id, e."plannedOn" AS planned_go_live,
  e."plannedPrecision" AS planned_precision, e."plannedLabel" AS planned_label, e."plansMade" AS plans_made
FROM "BaselineEntry" e
JOIN "Baseline" b ON b.id = e."baselineId"
JOIN "GoLive" g ON g.id = e."goLiveId"
JOIN "Trust" t ON t.id = g."trustId"`;

/** Every go-live's plan in each baseline the board has taken. */
export const baselinesExport: ExportDefinition<BaselineFilters> = {
  name: "baselines",
  title: "Baselines",
  description: "The baselines the board has taken: for each, every go-live's plan in force on the baseline's date and its status then, as /board/baselines compares them. A row for each go-live in each baseline; give baseline=<key> for one.",
  version: 1,
  permission: "rollout.export",
  page: "/board/baselines",
  order: "asc",
  columns: [
    { name: "entry_id", type: "integer", meaning: "The baseline entry's id (stable)", example: "12" },
    { name: "baseline_key", type: "text", meaning: "The baseline's key", example: "before-october-2008-halt" },
    { name: "baseline_name", type: "text", meaning: "The baseline's name", example: "Before the October 2008 halt" },
    { name: "taken_as_of", type: "date", meaning: "The date whose plans it holds", example: "2008-10-30" },
    { name: "taken_by", type: "text", meaning: "Who took it: an email, or \"sample data\"", example: "sample data" },
    { name: "taken_at", type: "timestamp", meaning: "When it was taken, UTC", example: "2026-11-25T23:41:08.123Z" },
    { name: "trust", type: "text", meaning: "The trust's name", example: "Kingston Hospital NHS Trust" },
    { name: "trust_slug", type: "text", meaning: "The trust's key", example: "kingston" },
    { name: "go_live_id", type: "integer", meaning: "The go-live (stable id)", example: "5" },
    { name: "scope", type: "text", meaning: "The go-live's phase or scope", example: "Whole trust" },
    { name: "status", type: "enum", meaning: "Its status on taken_as_of: planned, next_in_line, halted, live, withdrawn or not_known", example: "planned" },
    { name: "plan_id", type: "integer", meaning: "The plan in force then (plan-history's plan_id); empty when none", example: "40" },
    { name: "planned_go_live", type: "date", meaning: "That plan's date (first day of the period); empty when none or postponed with no date", example: "2008-11-01" },
    { name: "planned_go_live_precision", type: "date precision", meaning: "Precision of planned_go_live", example: "month" },
    { name: "planned_label", type: "text", meaning: "The record's own words for the date", example: "late November 2008" },
    { name: "plans_made", type: "integer", meaning: "How many plans had been made by then (1: the first plan only)", example: "1" },
  ],
  parseFilters: parseBaselineFilters,
  query(filters) {
    if (!filters.baseline) return { text: SELECT, values: [] };
    return { text: `${SELECT} WHERE b.key = $1`, values: [filters.baseline] };
  },
  copySql: () => `${SELECT} ORDER BY e.id`,
  cells: [
    integer("k"), text("baseline_key"), text("baseline_name"), isoDay("taken_as_of"), text("taken_by"), isoTimestamp("taken_at"),
    text("trust"), text("trust_slug"), integer("go_live_id"), text("scope"), lower("status"), integer("plan_id"), isoDay("planned_go_live"),
    lower("planned_precision"), text("planned_label"), integer("plans_made"),
  ],
};
