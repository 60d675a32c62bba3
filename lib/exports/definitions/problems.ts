import type { ExportDefinition } from "../types";
import { certainFromSql, knownByCondition, knownFromSql, parseRecordFilters, type RecordFilters } from "../filters";
import { integer, isoDay, lower, sourcesJoin, text } from "../format";

// A problem is known from its own knowledge date, else the day it was reported (lib/derived/knowledge.ts rowKnowledge).
const KNOWN = knownFromSql({ own: `COALESCE(${certainFromSql(`p."knownOn"`, `p."knownPrecision"`)}, ${certainFromSql(`p."reportedOn"`, "p.precision")})`, joinTable: "_ProblemToSource", factColumn: "A", factId: "p.id", createdAt: `p."createdAt"` });

const SELECT = `SELECT p.id AS k, t.name AS trust, t."odsCode" AS ods_code, g.scope AS go_live_scope, p."reportedOn" AS reported_on, p.precision AS reported_precision,
  p.description, p.certainty, p."certaintyNote" AS certainty_note,
  src.sources, ${KNOWN} AS known_from
FROM "Problem" p
JOIN "Trust" t ON t.id = p."trustId"
LEFT JOIN "GoLive" g ON g.id = p."goLiveId"
${sourcesJoin("_ProblemToSource", "p.id")}`;

/**
 * The problems the filters keep, as a WHERE on `p` ("Problem") joined to `t` (its "Trust"), with its parameters
 * from $1: reported by the date and known by it (as it stood), at the trust. The export and the search read it.
 */
export function problemsWhere(filters: RecordFilters): { where: string; values: unknown[] } {
  const values: unknown[] = [filters.asOf];
  let where = `WHERE p."reportedOn" <= $1::date AND ${knownByCondition(KNOWN, "$1", filters.hindsight)}`;
  if (filters.trust) {
    values.push(filters.trust);
    where += ` AND t.slug = $${values.length}`;
  }
  return { where, values };
}

/** Problems reported after go-lives: outages, lost data, costs. */
export const problemsExport: ExportDefinition<RecordFilters> = {
  name: "problems",
  title: "Problems",
  description: "Problems reported at trusts after their go-lives, with the date each was reported and its sources. A problem is included from the first day of the period it was reported in.",
  version: 2,
  permission: "rollout.export",
  page: "/problems",
  order: "asc",
  columns: [
    { name: "problem_id", type: "integer", meaning: "The problem's id in the record (stable)", example: "4" },
    { name: "trust", type: "text", meaning: "The trust's name", example: "Royal Free Hampstead NHS Trust" },
    { name: "ods_code", type: "text", meaning: "The trust's ODS code; empty where the record does not give it", example: "" },
    { name: "go_live_scope", type: "text", meaning: "The go-live the problem followed, by its phase or scope; empty when not tied to one", example: "Whole trust" },
    { name: "reported_on", type: "date", meaning: "When it was reported (first day of the period), ISO 8601", example: "2008-10-06" },
    { name: "reported_on_precision", type: "date precision", meaning: "day, month, quarter or year: how much of reported_on the record gives", example: "day" },
    { name: "description", type: "text", meaning: "What went wrong, in the record's words", example: "System crashes and lost appointments after go-live." },
    { name: "certainty", type: "enum", meaning: "confirmed, single_source or uncertain", example: "single_source" },
    { name: "certainty_note", type: "text", meaning: "Why the record is uncertain, where it is", example: "" },
    { name: "sources", type: "text", meaning: "Web addresses (or titles) of the problem's sources, separated by spaces", example: "https://www.digitalhealth.net/2008/10/royal-free-rescue-plan/" },
    { name: "known_from", type: "date", meaning: "The day it became known: its own knowledge date, else its earliest dated source's publication, else the day it was recorded. As it stood (the default), a row is included only from this day; with view=hindsight, from the day it happened", example: "2008-10-31" },
  ],
  parseFilters: parseRecordFilters,
  query(filters) {
    const { where, values } = problemsWhere(filters);
    return { text: `${SELECT} ${where}`, values };
  },
  copySql: () => `${SELECT} ORDER BY p.id`,
  cells: [
    integer("k"), text("trust"), text("ods_code"), text("go_live_scope"), isoDay("reported_on"), lower("reported_precision"),
    text("description"), lower("certainty"), text("certainty_note"), text("sources"), isoDay("known_from"),
  ],
};
