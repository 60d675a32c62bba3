// `npm run db:rebuild-derived [-- --database-url URL]`: rewrites the derived status spans of every
// go-live from the facts (lib/derived/status-spans.ts). Safe while the app runs: each batch of
// go-lives is rewritten in one transaction under the same locks a change takes.
import { createPrismaClient } from "../lib/db/client";
import { rebuildSpans } from "../lib/derived/status-spans";

const args = process.argv.slice(2);
const at = args.indexOf("--database-url");
const url = at >= 0 ? args[at + 1] : process.env.DATABASE_URL;
if (!url || !/^postgres(ql)?:\/\//.test(url)) {
  console.error("No database: set DATABASE_URL or pass --database-url postgresql://user:password@host:5432/database");
  process.exit(2);
}
const db = createPrismaClient(url, { poolMax: 2 });
const started = performance.now();
rebuildSpans(db, { log: (m) => console.log(`  ${m}`) })
  .then(({ goLives, spans }) => {
    console.log(
      `rebuilt ${spans.toLocaleString("en-GB")} status spans of ${goLives.toLocaleString("en-GB")} go-lives in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  })
  .catch((error: Error) => {
    console.error(`could not rebuild the derived tables: ${error.message}`);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
