// Brings a database up to date before the app serves it: migrations, then the sample data if missing.
// Used by the launcher (npm start), the seed script and the tests' set-up, so all three agree.
import { loadSampleData } from "../../prisma/seed/load-sample-data";
import { createPrismaClient } from "./client";
import { applyMigrations, type MigrationResult } from "./migrate";

export interface PrepareResult {
  migrations: MigrationResult;
  sampleDataLoaded: boolean;
}

export async function prepareDatabase(
  connectionString: string,
  options: { sampleData?: boolean } = {},
): Promise<PrepareResult> {
  const migrations = await applyMigrations(connectionString);
  if (options.sampleData === false) return { migrations, sampleDataLoaded: false };
  const db = createPrismaClient(connectionString, { poolMax: 1 });
  try {
    const { loaded } = await db.$transaction((tx) => loadSampleData(tx), { timeout: 120_000, maxWait: 30_000 });
    return { migrations, sampleDataLoaded: loaded };
  } finally {
    await db.$disconnect();
  }
}
