import { certainFromSql, factKnownFromSql, parseRecordFilters, recordWhere, type RecordFilters } from "../filters";
import { ODS_CODE, TRUST, col, dated } from "../columns";
import { recordExport } from "../record-export";

// A problem is known from its own knowledge date, else the day it was reported (lib/derived/knowledge.ts rowKnowledge).
const KNOWN = factKnownFromSql(
  "p",
  "_ProblemToSource",
  `COALESCE(${certainFromSql(`p."knownOn"`, `p."knownPrecision"`)}, ${certainFromSql(`p."reportedOn"`, "p.precision")})`,
);

/**
 * The problems the filters keep, as a WHERE on `p` ("Problem") joined to `t` (its "Trust"), with its parameters
 * from $1: reported by the date and known by it (as it stood), at the trust. The export and the search read it.
 */
export const problemsWhere = (filters: RecordFilters) => recordWhere(filters, `p."reportedOn" <= $1::date`, KNOWN);

/** Problems reported after go-lives: outages, lost data, costs. */
export const problemsExport = recordExport<RecordFilters>({
  name: "problems",
  title: "Problems",
  description:
    "Problems reported at trusts after their go-lives, with the date each was reported and its sources. A problem is included from the first day of the period it was reported in.",
  version: 2,
  page: "/problems",
  from: { table: "Problem", alias: "p", sourcesTable: "_ProblemToSource" },
  joins: `JOIN "Trust" t ON t.id = p."trustId"
LEFT JOIN "GoLive" g ON g.id = p."goLiveId"`,
  id: ["problem_id", "The problem", "4"],
  columns: [
    TRUST,
    ODS_CODE,
    col.text("go_live_scope", "The go-live the problem followed, by its phase or scope; empty when not tied to one", "Whole trust"),
    ...dated("reported_on", "When it was reported (first day of the period), ISO 8601", "2008-10-06", "day"),
    col.text("description", "What went wrong, in the record's words", "System crashes and lost appointments after go-live."),
  ],
  select: `t.name AS trust, t."odsCode" AS ods_code, g.scope AS go_live_scope, p."reportedOn" AS reported_on, p.precision AS reported_on_precision,
  p.description`,
  known: KNOWN,
  parseFilters: parseRecordFilters,
  where: problemsWhere,
});
