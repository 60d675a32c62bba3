import type { ExportDefinition } from "../types";
import { parseRecordFilters } from "../filters";
import { boolean, integer, lower, text } from "../format";

/** The trusts list has no date of its own: every trust in the record is listed at every date. */
export interface TrustFilters {
  asOf: string;
}

const SELECT = `SELECT t.id AS k, t.slug, t.name AS trust, t."shortName" AS short_name, t."odsCode" AS ods_code, t.type AS organisation_type, t."isRolloutTarget" AS rollout_target,
  (SELECT string_agg(st.name, '; ' ORDER BY st.name) FROM "Site" st WHERE st."trustId" = t.id) AS sites,
  t.notes, t.certainty, t."certaintyNote" AS certainty_note,
  (SELECT string_agg(COALESCE(s.url, s.title), ' ' ORDER BY s.id) FROM "_SourceToTrust" j JOIN "Source" s ON s.id = j."A" WHERE j."B" = t.id) AS sources
FROM "Trust" t`;

/** Every trust in the record, rollout targets and the trusts with their own Cerner builds. */
export const trustsExport: ExportDefinition<TrustFilters> = {
  name: "trusts",
  title: "Trusts",
  description: "Every trust in the record with its ODS code, whether BT was deploying to it, its sites and its sources. The list is the same at every date.",
  // 2: the `type` column (issue 10)
  version: 2,
  permission: "rollout.export",
  page: "/trusts",
  order: "asc",
  columns: [
    { name: "trust_id", type: "integer", meaning: "The trust's id in the record (stable)", example: "3" },
    { name: "trust_slug", type: "text", meaning: "The trust's short name in addresses, e.g. /trusts/kingston; the trust filter of the other exports", example: "kingston" },
    { name: "trust", type: "text", meaning: "The trust's name", example: "Kingston Hospital NHS Trust" },
    { name: "short_name", type: "text", meaning: "The name used in tables and charts", example: "Kingston" },
    { name: "ods_code", type: "text", meaning: "The trust's ODS code; empty where the record does not give it", example: "" },
    { name: "type", type: "enum", meaning: "What the organisation was when the record begins: acute_trust, foundation_trust or primary_care_trust (later changes are on its page)", example: "acute_trust" },
    { name: "rollout_target", type: "boolean", meaning: "true when the record gives the trust a Cerner go-live under BT's London contract; false for trusts with their own Cerner build and trusts others became part of", example: "true" },
    { name: "sites", type: "text", meaning: "The trust's sites named in the record, separated by '; '; empty when none is named", example: "" },
    { name: "notes", type: "text", meaning: "The record's notes on the trust", example: "First NPfIT Cerner trust in London (LC0)." },
    { name: "certainty", type: "enum", meaning: "confirmed, single_source or uncertain", example: "confirmed" },
    { name: "certainty_note", type: "text", meaning: "Why the record is uncertain, where it is", example: "" },
    { name: "sources", type: "text", meaning: "Web addresses (or titles) of the trust's sources, separated by spaces", example: "https://www.digitalhealth.net/2007/08/barnet-switch-on-cerner/" },
  ],
  parseFilters(params) {
    const { filters, errors } = parseRecordFilters(params);
    return { filters: { asOf: filters.asOf }, errors };
  },
  query: () => ({ text: SELECT, values: [] }),
  copySql: () => `${SELECT} ORDER BY t.id`,
  cells: [
    integer("k"), text("slug"), text("trust"), text("short_name"), text("ods_code"), lower("organisation_type"), boolean("rollout_target"),
    text("sites"), text("notes"), lower("certainty"), text("certainty_note"), text("sources"),
  ],
};
