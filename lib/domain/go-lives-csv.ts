// The overview's trusts table as CSV: one row per go-live, the columns analysts rely on.
// Dates are ISO 8601 with their precision beside them; slip is a range when dates are imprecise.
import { toCsv, type CsvCell } from "./csv";
import type { OverviewRow } from "./rollout";

export const GO_LIVES_COLUMNS = [
  "trust",
  "ods_code",
  "scope",
  "configuration",
  "status",
  "status_reason",
  "planned_go_live",
  "planned_go_live_precision",
  "actual_go_live",
  "actual_go_live_precision",
  "actual_go_live_disputed",
  "slip_days",
  "slip_days_max",
  "certainty",
  "sources",
  "as_of",
  "view",
  "reported_later",
] as const;

/** One go-live as the row of go-lives.csv, cell for cell (numbers stay numbers); the workbook writes the same. */
export function goLiveRecord(r: OverviewRow, asOf: string, hindsight = false): CsvCell[] {
  const actual = r.derived.actuals[0]?.wentLive ?? null;
  return [
    r.trust.name,
    r.trust.odsCode ?? "",
    r.scope,
    r.configuration?.code ?? "",
    r.derived.status.toLowerCase(),
    r.derived.reason,
    r.latestPlanned?.date ?? "",
    r.latestPlanned?.precision.toLowerCase() ?? "",
    actual?.date ?? "",
    actual?.precision.toLowerCase() ?? "",
    r.derived.isDisputed && actual ? r.derived.actuals.map((a) => a.wentLive.date).join(" or ") || "yes" : "",
    r.derived.slip?.min ?? "",
    r.derived.slip?.max ?? "",
    r.certainty.toLowerCase(),
    r.sources.map((s) => s.url ?? s.title).join(" "),
    asOf,
    hindsight ? "hindsight" : "as_it_stood",
    r.reportedLater ?? "",
  ];
}

export function goLivesCsv(rows: readonly OverviewRow[], asOf: string, options: { bom?: boolean; hindsight?: boolean } = {}): string {
  return toCsv(GO_LIVES_COLUMNS, rows.map((r) => goLiveRecord(r, asOf, options.hindsight ?? false)), options);
}
