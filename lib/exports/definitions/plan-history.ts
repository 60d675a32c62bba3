import type { ExportDefinition } from "../types";
import { certainFromSql, knownByCondition, knownFromSql, parseRecordFilters, type RecordFilters } from "../filters";
import { integer, isoDay, lower, sourcesJoin, text } from "../format";

const ANNOUNCED = certainFromSql(`p."announcedOn"`, `p."announcedPrecision"`);
const KNOWN = knownFromSql({ own: ANNOUNCED, joinTable: "_GoLivePlanToSource", factColumn: "A", factId: "p.id", createdAt: `p."createdAt"` });

const SELECT = `SELECT p.id AS k, t.name AS trust, t."odsCode" AS ods_code, t.slug AS trust_slug, g.scope, c.code AS configuration,
  p.sequence AS plan_number, p."plannedOn" AS planned_go_live, p."plannedPrecision" AS planned_precision, p."plannedLabel" AS planned_label,
  p."announcedOn" AS announced_on, p."announcedPrecision" AS announced_precision, p.reason, p.certainty, p."certaintyNote" AS certainty_note,
  src.sources, ${KNOWN} AS known_from
FROM "GoLivePlan" p
JOIN "GoLive" g ON g.id = p."goLiveId"
JOIN "Trust" t ON t.id = g."trustId"
LEFT JOIN "Configuration" c ON c.id = g."configurationId"
${sourcesJoin("_GoLivePlanToSource", "p.id")}`;

/** Every plan and re-plan of every go-live, with the date each was announced. */
export const planHistoryExport: ExportDefinition<RecordFilters> = {
  name: "plan-history",
  title: "Plan history",
  description: "Every plan and re-plan of every go-live, in the order they were made, with the date each was announced and its sources. A plan whose announce date is not known is included at every date.",
  version: 2,
  permission: "rollout.export",
  page: "/timeline",
  order: "asc",
  columns: [
    { name: "plan_id", type: "integer", meaning: "The plan's id in the record (stable)", example: "42" },
    { name: "trust", type: "text", meaning: "The trust's name", example: "Kingston Hospital NHS Trust" },
    { name: "ods_code", type: "text", meaning: "The trust's ODS code; empty where the record does not give it", example: "" },
    { name: "scope", type: "text", meaning: "The go-live's phase or scope", example: "Whole trust" },
    { name: "configuration", type: "enum", meaning: "LC0, LC1, NDM (New Delivery Model) or OWN; empty if not known", example: "LC1" },
    { name: "plan_number", type: "integer", meaning: "1 for the first plan, 2 for the first re-plan, and so on", example: "3" },
    { name: "planned_go_live", type: "date", meaning: "First day of the planned period, ISO 8601; empty when postponed with no date", example: "2009-04-01" },
    { name: "planned_go_live_precision", type: "date precision", meaning: "day, month, quarter or year: how much of planned_go_live the record gives", example: "month" },
    { name: "planned_label", type: "text", meaning: "The record's own words for the date", example: "April 2009 at the earliest" },
    { name: "announced_on", type: "date", meaning: "When the plan was announced (first day of the period); empty when not known", example: "2008-12-01" },
    { name: "announced_on_precision", type: "date precision", meaning: "Precision of announced_on", example: "month" },
    { name: "reason", type: "text", meaning: "Why the plan was made or changed", example: "Delays at the Royal Free" },
    { name: "certainty", type: "enum", meaning: "confirmed, single_source or uncertain", example: "confirmed" },
    { name: "certainty_note", type: "text", meaning: "Why the record is uncertain, where it is", example: "" },
    { name: "sources", type: "text", meaning: "Web addresses (or titles) of the plan's sources, separated by spaces", example: "https://www.digitalhealth.net/2008/12/millennium-delays-cost-kingston-500000/" },
    { name: "known_from", type: "date", meaning: "The day it became known: its own knowledge date, else its earliest dated source's publication, else the day it was recorded. As it stood (the default), a row is included only from this day; with view=hindsight, from the day it happened", example: "2008-12-31" },
  ],
  parseFilters: parseRecordFilters,
  query(filters) {
    const values: unknown[] = [filters.asOf];
    // A plan counts from its announcement (lib/domain/status.ts isPlanKnownOn) and, as it stood, once known.
    let where = `WHERE (p."announcedOn" IS NULL OR ${ANNOUNCED} <= $1::date) AND ${knownByCondition(KNOWN, "$1", filters.hindsight)}`;
    if (filters.trust) {
      values.push(filters.trust);
      where += ` AND t.slug = $${values.length}`;
    }
    return { text: `${SELECT} ${where}`, values };
  },
  copySql: () => `${SELECT} ORDER BY p.id`,
  cells: [
    integer("k"), text("trust"), text("ods_code"), text("scope"), text("configuration"), integer("plan_number"),
    isoDay("planned_go_live"), lower("planned_precision"), text("planned_label"), isoDay("announced_on"), lower("announced_precision"),
    text("reason"), lower("certainty"), text("certainty_note"), text("sources"), isoDay("known_from"),
  ],
};
