import { z } from "zod";
import { DECISION_KNOWN_FROM_SQL as KNOWN, knownByCondition, optionalParam, parseRecordFilters, type RecordFilters } from "../filters";
import { col, dated } from "../columns";
import { recordExport } from "../record-export";

/** The decision kinds as they appear in addresses and in the export: lower case. */
export const DECISION_KIND_SLUGS = ["halt", "resume", "recommend", "postpone", "withdraw", "announce"] as const;
export type DecisionKindSlug = (typeof DECISION_KIND_SLUGS)[number];

const kindSchema = z.enum(DECISION_KIND_SLUGS, { error: `Choose a kind of decision from: ${DECISION_KIND_SLUGS.join(", ")}` });

export interface DecisionFilters extends RecordFilters {
  kind?: DecisionKindSlug;
}

/** The decision log's filters: the date, a trust the decisions cover, and a kind. Shared by the page and the export. */
export function parseDecisionFilters(params: URLSearchParams): { filters: DecisionFilters; errors: string[] } {
  const { filters, errors } = parseRecordFilters(params);
  const kind = optionalParam(params, "kind", kindSchema, errors);
  return { filters: { ...filters, ...(kind ? { kind } : {}) }, errors };
}

/**
 * The decisions the log's filters keep, as a WHERE on `d` ("Decision") with its parameters from $1:
 * taken by the date, known by it (as it stood), of the kind, covering the trust. The export and the
 * decision log's pages (lib/data/lists.ts) both read it.
 */
export function decisionsWhere(filters: DecisionFilters): { where: string; values: unknown[] } {
  const values: unknown[] = [filters.asOf];
  let where = `WHERE d."decidedOn" <= $1::date AND ${knownByCondition(KNOWN, "$1", filters.hindsight)}`;
  if (filters.kind) {
    values.push(filters.kind.toUpperCase());
    where += ` AND d.kind::text = $${values.length}`;
  }
  if (filters.trust) {
    values.push(filters.trust);
    const n = `$${values.length}`;
    // the decisions that cover the trust: those naming it, and those for all London when BT was deploying to it
    where += ` AND (EXISTS (SELECT 1 FROM "_DecisionTrusts" j JOIN "Trust" t ON t.id = j."B" WHERE j."A" = d.id AND t.slug = ${n})
      OR (d.scope = 'ALL_LONDON' AND EXISTS (SELECT 1 FROM "Trust" t WHERE t.slug = ${n} AND t."isRolloutTarget")))`;
  }
  return { where, values };
}

/** The decision log: halts, resumes, recommendations, postponements and announcements. */
export const decisionsExport = recordExport<DecisionFilters>({
  name: "decisions",
  title: "Decisions",
  description:
    "The programme's halts, resumes, recommendations, postponements, withdrawals and announcements, with who took each, what it covered, why, and its sources. A decision is included from the first day of the period it was taken in.",
  version: 2,
  page: "/decisions",
  from: { table: "Decision", alias: "d", sourcesTable: "_DecisionToSource" },
  joins: `LEFT JOIN "Decision" l ON l.id = d."liftsId"`,
  id: ["decision_id", "The decision", "5"],
  columns: [
    col.text("decision_key", "The decision's key, as in its address /decisions/<key>", "halt-2008-10", "key"),
    col.enum("kind", "halt, resume, recommend, postpone, withdraw or announce", "halt"),
    col.text("title", "What was decided", "All Cerner go-lives in London halted"),
    ...dated("decided_on", "When it was decided (first day of the period), ISO 8601", "2008-10-01", "month"),
    col.date("reported_on", "The first day a source reported it, when earlier than the end of the decided period (a day); empty otherwise", ""),
    col.text("body", "Who took the decision", "NHS London"),
    col.enum("scope", "all_london (every trust in the rollout) or named_trusts", "all_london"),
    col.text("trusts", "The trusts named by the decision, separated by '; '; empty for all_london", "Kingston Hospital NHS Trust"),
    col.text("lifts", "For a resume, the decision_key of the halt it lifts", "halt-2008-10"),
    col.text("rationale", "Why it was decided, where the record says", "Problems at the Royal Free"),
  ],
  select: `d.key, d.kind, d.title, d."decidedOn" AS decided_on, d."decidedPrecision" AS decided_on_precision, d."reportedOn" AS reported_on,
  d.body, d.scope,
  (SELECT string_agg(t.name, '; ' ORDER BY t.name) FROM "_DecisionTrusts" j JOIN "Trust" t ON t.id = j."B" WHERE j."A" = d.id) AS trusts,
  l.key AS lifts, d.rationale`,
  known: KNOWN,
  parseFilters: parseDecisionFilters,
  where: decisionsWhere,
});
