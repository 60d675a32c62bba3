// `npm run db:generate -- --scale national|small [--seed N] [--database-url URL] [--replace]`
// Fills an empty database with a generated national programme (for load tests and benchmarks):
// national = 500 organisations, 200,000 plans, 10,000 decisions and problems, 1,000,000 audit events,
// 20 contracts with 1,000 events, about 1,100 payments, some 50 conflicts, 6 baselines and 2 issued board packs;
// small = the same shape at 1/100, for CI. Deterministic from the seed. Refuses a database with the
// sample data, or with generated data already (unless --replace). See scripts/generate/national.ts.
import { DEFAULT_SEED, generateNationalData, isScale, RefusedError, SCALES, type Scale } from "./generate/national";
import { eachArgument, fail } from "./support/args";

const USAGE = `usage: tsx scripts/generate-national.ts --scale national|small [--seed N] [--database-url URL] [--replace]

  --scale          national: ${SCALES.national.organisations} organisations, ${SCALES.national.plans.toLocaleString("en-GB")} plans, ${SCALES.national.auditEvents.toLocaleString("en-GB")} audit events
                   small:    the same shape at 1/100 (for CI smoke runs)
  --seed           the seed of the generator (default ${DEFAULT_SEED}); the same seed gives the same data
  --database-url   a PostgreSQL URL (default: DATABASE_URL)
  --replace        delete generated data already in the database (and its audit trail) first`;

function parseArgs(argv: string[]) {
  let scale: Scale | undefined;
  let seed = DEFAULT_SEED;
  let url = process.env.DATABASE_URL;
  let replace = false;
  eachArgument(argv, USAGE, (flag, value) => {
    switch (flag) {
      case "--scale": {
        const v = value();
        if (!isScale(v)) fail(`--scale must be national or small, not "${v}"\n\n${USAGE}`);
        scale = v;
        return true;
      }
      case "--seed": {
        const v = value();
        if (!/^\d{1,10}$/.test(v) || Number(v) > 0xffffffff) fail(`--seed must be a whole number from 0 to 4294967295, not "${v}"`);
        seed = Number(v);
        return true;
      }
      case "--database-url":
        url = value();
        return true;
      case "--replace":
        replace = true;
        return true;
      default:
        return false;
    }
  });
  if (!scale) fail(`--scale is required\n\n${USAGE}`);
  if (!url) fail("No database: set DATABASE_URL or pass --database-url postgresql://user:password@host:5432/database");
  if (!/^postgres(ql)?:\/\//.test(url)) fail("The database URL must start with postgresql://");
  return { scale, seed, url, replace };
}

async function main() {
  const { scale, seed, url, replace } = parseArgs(process.argv.slice(2));
  const where = new URL(url);
  console.log(`generating ${scale} data, seed ${seed}, into ${where.host}${where.pathname}`);
  try {
    const result = await generateNationalData({ connectionString: url, scale, seed, replace, log: (m) => console.log(`  ${m}`) });
    const rows = Object.values(result.counts).reduce((a, b) => a + b, 0);
    console.log(`done in ${result.seconds.toFixed(1)} s: ${rows.toLocaleString("en-GB")} rows`);
    console.table(result.counts);
  } catch (error) {
    if (error instanceof RefusedError) fail(`refused: ${error.message}`, 3);
    fail(`could not generate the data: ${(error as Error).message}`, 1);
  }
}

void main();
