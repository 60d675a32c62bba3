import "server-only";
// The record on a date against a baseline (a stored one, or the record on another date), as /board/compare shows it:
// each go-live's plan in the baseline beside its go-live or latest plan on the date, and the slip between them.
import { loadWholeComparison } from "../../data/baselines";
import type { Comparison, ComparisonRow } from "../../domain/baseline";
import { parseView } from "../../validation/as-of";
import { parseComparisonQuery, type ComparisonQuery } from "../../validation/baselines";
import { datedColumns, derivedColumn, derivedExport, goLiveColumns, lowerOf, viewColumns, viewStamp, yesNo, type DerivedColumn } from "../derived-columns";

type Filters = Omit<ComparisonQuery, "page" | "errors" | "params"> & { hindsight: boolean };
interface Row {
  r: ComparisonRow;
  comparison: Comparison;
  hindsight: boolean;
}

const column = derivedColumn<Row>;

const COMPARISON_COLUMNS: DerivedColumn<Row>[] = [
  ...goLiveColumns<Row>(({ r }) => r),
  column(
    "baseline_key",
    "text",
    "The stored baseline's key; empty when the baseline is the record on a date (on=)",
    "before-october-2008-halt",
    ({ comparison }) => comparison.baseline.key ?? "",
  ),
  column("baseline_name", "text", "The baseline's name", "Before the October 2008 halt", ({ comparison }) => comparison.baseline.name),
  column("baseline_as_of", "date", "The date whose plans the baseline holds", "2008-10-30", ({ comparison }) => comparison.baseline.takenAsOf),
  column(
    "baseline_plan_id",
    "integer",
    "The plan in force then (plan-history's plan_id, which carries its sources); empty when none",
    "40",
    ({ r }) => r.baseline?.planId ?? "",
  ),
  ...datedColumns<Row>(
    "baseline_planned",
    "That plan's date (first day of its period); empty when none or postponed with no date",
    "2008-11-01",
    "month",
    ({ r }) => r.baseline?.planned,
  ),
  column("baseline_planned_label", "text", "The record's own words for that plan's date", "late November 2008", ({ r }) => r.baseline?.plannedLabel ?? ""),
  column(
    "baseline_status",
    "enum",
    "Its status on baseline_as_of: planned, next_in_line, halted, live, withdrawn or not_known; empty when the go-live was not in the baseline",
    "planned",
    ({ r }) => lowerOf(r.baseline?.status),
  ),
  column("status", "enum", "Its status on as_of", "live", ({ r }) => r.status.toLowerCase()),
  ...datedColumns<Row>(
    "compared",
    "The go-live when live by as_of, else the latest dated plan (first day of its period); empty when not known",
    "2009-11-30",
    "day",
    ({ r }) => r.compared,
  ),
  column("compared_went_live", "boolean", "true when compared is the go-live itself, false when it is a plan; empty when compared is", "true", ({ r }) =>
    r.compared ? yesNo(r.comparedIsActual) : "",
  ),
  column(
    "slip_days_min",
    "integer",
    "Days from baseline_planned to compared: the least the dates' precision allows; empty when either is not known",
    "364",
    ({ r }) => r.slip?.min ?? "",
  ),
  column("slip_days_max", "integer", "The most days the dates' precision allows", "394", ({ r }) => r.slip?.max ?? ""),
  column("overdue", "boolean", "true when not live and the latest plan's period had ended by as_of: the slip is at least slip_days_min", "false", ({ r }) =>
    yesNo(r.overdue),
  ),
  ...viewColumns<Row>(
    "The date compared with the baseline (each side read as the record stood on its own date, unless view=hindsight)",
    ({ comparison, hindsight }) => ({ asOf: comparison.asOf, hindsight }),
  ),
];

export const baselineComparisonExport = derivedExport<Filters, Row>({
  name: "baseline-comparison",
  title: "Baseline comparison",
  description:
    "Every go-live's plan in a baseline beside its go-live or latest plan on the as-of date, and the slip between them, as /board/compare shows them. Name the baseline by baseline=<key> (a stored one) or on=<date> (the record on that date).",
  version: 1,
  page: "/board/compare",
  columns: COMPARISON_COLUMNS,
  parseFilters(params) {
    const query = parseComparisonQuery(Object.fromEntries(params));
    const view = parseView(params.get("asOf") ?? undefined, params.get("view") ?? undefined);
    const errors = [
      ...query.errors.filter((e) => e.field !== "page").map((e) => `${e.field}: ${e.message}`),
      ...(view.viewError ? [`view: ${view.viewError}`] : []),
    ];
    return { filters: { baseline: query.baseline, on: query.on, asOf: query.asOf, hindsight: view.hindsight }, errors };
  },
  async read(actor, filters) {
    const result = await loadWholeComparison(actor, filters);
    if ("notFound" in result) return { rows: [], errors: [`baseline: No baseline has the key "${filters.baseline}"`] };
    return { rows: result.comparison.rows.map((r) => ({ r, comparison: result.comparison, hindsight: filters.hindsight })) };
  },
  stamp: (f) => `${f.baseline ?? `on-${f.on}`}-${viewStamp(f)}`,
});
