// The search's SQL (docs/decisions/024): PostgreSQL's own full-text search, the same on a server and on
// the embedded database. No 'server-only' here so that the benchmark can send the same statement.
import { decisionsWhere } from "../exports/definitions/decisions";
import { problemsWhere } from "../exports/definitions/problems";
import { PAGE_SIZE } from "../validation/overview";

/** One text-search configuration for every kind: English stems ("halted" finds "halt") and drops "the", "and". */
export const SEARCH_CONFIG = "english";

// The vectors the two large kinds are matched on. Each is exactly the expression of its GIN index
// (migration 20261208090000_search_indexes), or PostgreSQL cannot use the index: change both together.
/** A decision's title (weight A) and its rationale, body and commitment (weight B). */
export const DECISION_VECTOR = `(setweight(to_tsvector('english'::regconfig, d."title"), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE(d."rationale", '') || ' ' || d."body" || ' ' || COALESCE(d."commitment", '')), 'B'))`;
/** A problem's description. */
export const PROBLEM_VECTOR = `to_tsvector('english'::regconfig, p."description")`;
const TRUST_NAME_VECTOR = `to_tsvector('english'::regconfig, t."name" || ' ' || t."shortName")`;

/** The words as a query: websearch_to_tsquery never fails on what people type ("quotes", or, -word, &|!). */
const QUERY = `websearch_to_tsquery('english'::regconfig, $2)`;

/** ts_headline's options: the markers of lib/domain/search.ts, never HTML. */
const marks = (options: string) => `'${options}StartSel=' || chr(2) || ', StopSel=' || chr(3)`;
/** The markers cannot already be in the text: they are taken out before it is highlighted. */
const unmarked = (column: string) => `translate(${column}, chr(2) || chr(3), '  ')`;

/** What the words make as a query: no lexeme (only words like "the"), or nothing to look for (only "-word"). */
export const CHECK_QUERY_SQL = `SELECT numnode(${QUERY}) AS nodes, querytree(${QUERY}) AS tree WHERE $1::date IS NOT NULL`;

/**
 * The page of hits for $2 (the words) as of $1 (a date), $3 the trusts, conflicts and sources listed by the
 * pages' own rules (JSON rows), $4 the offset. Decisions and problems are kept by their exports' WHERE
 * (as it stood: known by the date; with hindsight, all). Ranked by ts_rank; an exact trust name first.
 */
export function searchSql(view: { asOf: string; hindsight: boolean }): string {
  const filters = { asOf: view.asOf, ...(view.hindsight ? { hindsight: true } : {}) };
  // Both WHEREs read only $1 (the date) when given no trust or kind.
  const decisions = decisionsWhere(filters).where;
  const problems = problemsWhere(filters).where;
  return `WITH listed AS (
  SELECT x.kind, x.ref, x.title, x.body, x.extra, x.exact,
    setweight(to_tsvector('english'::regconfig, x.title), 'A') || setweight(to_tsvector('english'::regconfig, x.body), x.weight::"char") AS v
  FROM jsonb_to_recordset($3::jsonb) AS x(kind text, ref text, title text, body text, extra jsonb, exact boolean, weight text)
), hits AS (
  SELECT l.kind, l.ref, l.title, l.body, l.extra, ts_rank(l.v, ${QUERY}) + CASE WHEN l.exact THEN 100 ELSE 0 END AS rank
  FROM listed l WHERE l.v @@ ${QUERY}
  UNION ALL
  SELECT 'decision', d.key, d.title, concat_ws(' · ', d.rationale, d.body, d.commitment),
    jsonb_build_object('decidedOn', d."decidedOn", 'precision', d."decidedPrecision", 'kind', d.kind), ts_rank(${DECISION_VECTOR}, ${QUERY})
  FROM "Decision" d ${decisions} AND ${DECISION_VECTOR} @@ ${QUERY}
  UNION ALL
  SELECT 'problem', p.id::text, p.description, t.name || ' (' || t."shortName" || ')',
    jsonb_build_object('trustSlug', t.slug, 'trustShortName', t."shortName", 'reportedOn', p."reportedOn", 'precision', p.precision),
    ts_rank(${PROBLEM_VECTOR} || setweight(${TRUST_NAME_VECTOR}, 'C'), ${QUERY})
  FROM "Problem" p JOIN "Trust" t ON t.id = p."trustId" ${problems} AND p.id IN (
    -- by its words (the index), or by its trust's name (every problem at "Royal Free")
    SELECT p.id FROM "Problem" p WHERE ${PROBLEM_VECTOR} @@ ${QUERY}
    UNION SELECT p.id FROM "Problem" p JOIN "Trust" t ON t.id = p."trustId" WHERE ${TRUST_NAME_VECTOR} @@ ${QUERY})
), counted AS (SELECT count(*)::int AS total FROM hits)
SELECT counted.total, h.kind, h.ref, h.extra,
  ts_headline('english'::regconfig, ${unmarked("h.title")}, ${QUERY}, ${marks("HighlightAll=true, ")}) AS title_marked,
  ts_headline('english'::regconfig, ${unmarked("h.body")}, ${QUERY}, ${marks("MaxWords=30, MinWords=12, ")}) AS body_marked
FROM counted LEFT JOIN LATERAL (
  SELECT * FROM hits ORDER BY rank DESC, array_position(ARRAY['trust', 'decision', 'problem', 'conflict', 'source'], kind), title, ref
  LIMIT ${PAGE_SIZE} OFFSET $4
) h ON true`;
}
