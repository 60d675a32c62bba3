import { sqlExport } from "../types";
import { parseRecordFilters } from "../filters";
import { ODS_CODE, SOURCED_COLUMNS, TRUST, col, idColumn } from "../columns";

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
export const trustsExport = sqlExport<TrustFilters>({
  name: "trusts",
  title: "Trusts",
  description: "Every trust in the record with its ODS code, whether BT was deploying to it, its sites and its sources. The list is the same at every date.",
  // 2: the `type` column (issue 10)
  version: 2,
  page: "/trusts",
  columns: [
    idColumn("trust_id", "The trust", "3"),
    col.text("trust_slug", "The trust's short name in addresses, e.g. /trusts/kingston; the trust filter of the other exports", "kingston", "slug"),
    TRUST,
    col.text("short_name", "The name used in tables and charts", "Kingston"),
    ODS_CODE,
    col.enum(
      "type",
      "What the organisation was when the record begins: acute_trust, foundation_trust or primary_care_trust (later changes are on its page)",
      "acute_trust",
      "organisation_type",
    ),
    col.boolean(
      "rollout_target",
      "true when the record gives the trust a Cerner go-live under BT's London contract; false for trusts with their own Cerner build and trusts others became part of",
      "true",
    ),
    col.text("sites", "The trust's sites named in the record, separated by '; '; empty when none is named", ""),
    col.text("notes", "The record's notes on the trust", "First NPfIT Cerner trust in London (LC0)."),
    ...SOURCED_COLUMNS,
  ],
  parseFilters(params) {
    const { filters, errors } = parseRecordFilters(params);
    return { filters: { asOf: filters.asOf }, errors };
  },
  query: () => ({ text: SELECT, values: [] }),
  copySql: () => `${SELECT} ORDER BY t.id`,
});
