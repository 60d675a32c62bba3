// Brings a database up to date before the app serves it: migrations, then the sample data if missing.
// Used by the launcher (npm start), the seed script and the tests' set-up, so all three agree.
import { loadSampleData } from "../../prisma/seed/load-sample-data";
import { ensureDemoAccounts } from "../auth/accounts";
import { createPrismaClient } from "./client";
import { applyMigrations, type MigrationResult } from "./migrate";

export interface PrepareResult {
  migrations: MigrationResult;
  sampleDataLoaded: boolean;
  demoAccountsCreated: number;
}

export async function prepareDatabase(
  connectionString: string,
  options: { sampleData?: boolean; demoAccounts?: boolean } = {},
): Promise<PrepareResult> {
  const migrations = await applyMigrations(connectionString);
  if (options.sampleData === false && !options.demoAccounts) return { migrations, sampleDataLoaded: false, demoAccountsCreated: 0 };
  const db = createPrismaClient(connectionString, { poolMax: 1 });
  try {
    const sampleDataLoaded =
      options.sampleData === false ? false : (await db.$transaction((tx) => loadSampleData(tx), { timeout: 120_000, maxWait: 30_000 })).loaded;
    const demoAccountsCreated = options.demoAccounts
      ? await db.$transaction((tx) => ensureDemoAccounts(tx), { timeout: 60_000, maxWait: 30_000 })
      : 0;
    return { migrations, sampleDataLoaded, demoAccountsCreated };
  } finally {
    await db.$disconnect();
  }
}
