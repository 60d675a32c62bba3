-- Search (docs/decisions/024): GIN indexes on the text the search reads, for the two kinds that grow with
-- the programme (10,000 decisions and 10,000 problems at national scale). Expression indexes: Prisma's
-- schema cannot state them, so this migration is written by hand, like record_version's triggers. Each
-- expression is exactly the one lib/data/search-sql.ts matches with (DECISION_VECTOR, PROBLEM_VECTOR, with
-- their table alias), or PostgreSQL cannot use it; tests/integration/search.test.ts checks the plans use them.
-- Trusts, sources and conflicts are read through the pages' own rules and are a few hundred rows: no index.
CREATE INDEX "Decision_search_idx" ON "Decision" USING GIN ((setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("rationale", '') || ' ' || "body" || ' ' || COALESCE("commitment", '')), 'B')));

CREATE INDEX "Problem_search_idx" ON "Problem" USING GIN ((to_tsvector('english'::regconfig, "description")));
