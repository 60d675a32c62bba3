import { PLAN_ANNOUNCED_SQL as ANNOUNCED, PLAN_KNOWN_FROM_SQL, parseRecordFilters, type RecordFilters } from "../filters";
import { ODS_CODE, SCOPE, TRUST, col, dated, goLiveJoins } from "../columns";
import { recordExport } from "../record-export";

/** Every plan and re-plan of every go-live, with the date each was announced. */
export const planHistoryExport = recordExport<RecordFilters>({
  name: "plan-history",
  title: "Plan history",
  description:
    "Every plan and re-plan of every go-live, in the order they were made, with the date each was announced and its sources. A plan whose announce date is not known is included at every date.",
  version: 2,
  page: "/timeline",
  from: { table: "GoLivePlan", alias: "p", sourcesTable: "_GoLivePlanToSource" },
  joins: `${goLiveJoins("p")}
LEFT JOIN "Configuration" c ON c.id = g."configurationId"`,
  id: ["plan_id", "The plan", "42"],
  columns: [
    TRUST,
    ODS_CODE,
    SCOPE,
    col.enumAsIs("configuration", "LC0, LC1, NDM (New Delivery Model) or OWN; empty if not known", "LC1"),
    col.integer("plan_number", "1 for the first plan, 2 for the first re-plan, and so on", "3"),
    ...dated("planned_go_live", "First day of the planned period, ISO 8601; empty when postponed with no date", "2009-04-01", "month"),
    col.text("planned_label", "The record's own words for the date", "April 2009 at the earliest"),
    ...dated("announced_on", "When the plan was announced (first day of the period); empty when not known", "2008-12-01", "month"),
    col.text("reason", "Why the plan was made or changed", "Delays at the Royal Free"),
  ],
  select: `t.name AS trust, t."odsCode" AS ods_code, t.slug AS trust_slug, g.scope, c.code AS configuration,
  p.sequence AS plan_number, p."plannedOn" AS planned_go_live, p."plannedPrecision" AS planned_go_live_precision, p."plannedLabel" AS planned_label,
  p."announcedOn" AS announced_on, p."announcedPrecision" AS announced_on_precision, p.reason`,
  known: PLAN_KNOWN_FROM_SQL,
  parseFilters: parseRecordFilters,
  // A plan counts from its announcement (lib/domain/status.ts isPlanKnownOn) and, as it stood, once known.
  happened: `(p."announcedOn" IS NULL OR ${ANNOUNCED} <= $1::date)`,
});
