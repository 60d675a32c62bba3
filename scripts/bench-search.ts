// `npm run bench:search -- [--database-url URL] [--runs 5] [--as-of 2010-06-01]`
//
// Times the search's statement (lib/data/search-sql.ts) on a PostgreSQL database holding generated data
// (default: DATABASE_URL, else postgresql://rollout:rollout@127.0.0.1:5432/rollout_national), without and
// with the GIN indexes of migration 20261208090000_search_indexes, median of --runs runs after one warm-up.
// Everything runs in one transaction that is rolled back: the indexes are made inside it when the database
// does not have them yet, so the database is left as it was. The trusts, conflicts and sources the app hands
// to the statement (lib/data/search.ts listedRows) are read here by plain SQL of the same size and shape: the
// figures are the statement's, not a page's (bench:pages times pages). A script, not a test.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { CHECK_QUERY_SQL, searchSql } from "../lib/data/search-sql";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const url = option("database-url", process.env.DATABASE_URL ?? "postgresql://rollout:rollout@127.0.0.1:5432/rollout_national");
const runs = Number(option("runs", "5"));
const asOf = option("as-of", "2010-06-01");
const SEARCHES = ["halt", "go-live postponed", '"data migration"', "Royal Free", "trust board", "zzqxv"];

const LISTED_SQL = `SELECT coalesce(jsonb_agg(x), '[]'::jsonb) AS rows FROM (
  SELECT 'trust' AS kind, t.slug AS ref, t.name AS title, t.name || '; ' || t."shortName" AS body, '{}'::jsonb AS extra, false AS exact, 'A' AS weight FROM "Trust" t
  UNION ALL SELECT 'conflict', c.key, c.title, concat_ws(' · ', c.question, c.note, (SELECT string_agg(cc.claim, ' · ') FROM "ConflictClaim" cc WHERE cc."conflictId" = c.id)), '{}'::jsonb, false, 'B' FROM "Conflict" c
  UNION ALL SELECT 'source', s.key, s.title, s.publisher, '{}'::jsonb, false, 'B' FROM "Source" s) x`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timeSearches(client: pg.Client, listed: string) {
  const out: Record<string, { ms: number; total: number }> = {};
  for (const q of SEARCHES) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i <= runs; i++) {
      const started = performance.now();
      await client.query(CHECK_QUERY_SQL, [asOf, q]);
      const { rows } = await client.query<{ total: number }>(searchSql({ asOf, hindsight: false }), [asOf, q, listed, 0]);
      if (i > 0) times.push(performance.now() - started);
      total = rows[0]?.total ?? 0;
    }
    out[q] = { ms: median(times), total };
  }
  return out;
}

const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  const {
    rows: [counts],
  } = await client.query<{ decisions: number; problems: number; trusts: number; sources: number }>(
    `SELECT (SELECT count(*) FROM "Decision")::int AS decisions, (SELECT count(*) FROM "Problem")::int AS problems, (SELECT count(*) FROM "Trust")::int AS trusts, (SELECT count(*) FROM "Source")::int AS sources`,
  );
  console.log(`database ${new URL(url).pathname.slice(1)}: ${JSON.stringify(counts)}; as of ${asOf}; median of ${runs} runs after one warm-up`);
  await client.query("BEGIN");
  const listed = JSON.stringify((await client.query<{ rows: unknown }>(LISTED_SQL)).rows[0]!.rows);
  const { rows: indexes } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_indexes WHERE indexname IN ('Decision_search_idx', 'Problem_search_idx')`,
  );
  const migration = readFileSync(path.join("prisma/migrations/20261208090000_search_indexes/migration.sql"), "utf8");
  if (indexes[0]!.n === 2) {
    console.log("the database has the indexes: dropping them inside the transaction for the first measure");
    await client.query(`DROP INDEX "Decision_search_idx"; DROP INDEX "Problem_search_idx"`);
  }
  const without = await timeSearches(client, listed);
  const started = performance.now();
  await client.query(migration);
  await client.query(`ANALYZE "Decision"; ANALYZE "Problem"`);
  console.log(`indexes made in ${Math.round(performance.now() - started)} ms (inside the transaction)`);
  const withIndexes = await timeSearches(client, listed);
  console.log("\n| search | results | without the GIN indexes | with them |\n|---|--:|--:|--:|");
  for (const q of SEARCHES)
    console.log(`| \`${q}\` | ${withIndexes[q]!.total.toLocaleString("en-GB")} | ${without[q]!.ms.toFixed(0)} ms | ${withIndexes[q]!.ms.toFixed(0)} ms |`);
} finally {
  await client.query("ROLLBACK").catch(() => {});
  await client.end();
}
