// `npm run db:seed`: applies the committed migrations and loads the sample data into the database
// named by DATABASE_URL, if it is not there yet. `npm start` does the same on every start.
import { prepareDatabase } from "../lib/db/prepare";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. Set it to a PostgreSQL URL, e.g. postgresql://user:password@127.0.0.1:5432/rollout");
  process.exit(1);
}

prepareDatabase(url)
  .then(({ migrations, sampleDataLoaded }) => {
    console.log(`migrations: ${migrations.applied.length} applied, ${migrations.alreadyApplied} already in place`);
    console.log(sampleDataLoaded ? "sample data loaded" : "sample data already present: nothing to do");
  })
  .catch((error: Error) => {
    console.error(`could not seed the database: ${error.message}`);
    process.exit(1);
  });
