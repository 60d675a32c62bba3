// Brings a database up to date before the app serves it: migrations, then the sample data if missing.
// Used by the launcher (npm start), the seed script and the tests' set-up, so all three agree.
import { loadSampleData } from "../../prisma/seed/load-sample-data";
import { ensureDemoAccounts } from "../auth/accounts";
import { createPrismaClient } from "./client";
import { applyMigrations, type MigrationResult } from "./migrate";
import { rebuildSpans, spansAreCurrent } from "../derived/status-spans";
import type { PrismaClient } from "../generated/prisma/client";

/**
 * Rebuilds the derived status spans when they were built by other rules than this code's (or never),
 * or when the sample data was just loaded around the forms.
 * Two processes starting together: the second waits on the lock, then finds them current.
 */
async function ensureCurrentSpans(db: PrismaClient, force: boolean): Promise<number | null> {
  // The client has one connection (poolMax 1), so the session lock and its release are on the same one.
  await db.$executeRaw`SELECT pg_advisory_lock(hashtext('status-spans-rebuild'))`;
  try {
    if (!force && (await spansAreCurrent(db))) return null;
    return (await rebuildSpans(db)).goLives;
  } finally {
    await db.$executeRaw`SELECT pg_advisory_unlock(hashtext('status-spans-rebuild'))`;
  }
}

export interface PrepareResult {
  migrations: MigrationResult;
  sampleDataLoaded: boolean;
  demoAccountsCreated: number;
  /** the go-lives whose status spans were rebuilt (the stored ones were missing or built by other rules), or null */
  spansRebuilt: number | null;
}

export async function prepareDatabase(connectionString: string, options: { sampleData?: boolean; demoAccounts?: boolean } = {}): Promise<PrepareResult> {
  const migrations = await applyMigrations(connectionString);
  const db = createPrismaClient(connectionString, { poolMax: 1 });
  try {
    const sampleDataLoaded =
      options.sampleData === false ? false : (await db.$transaction((tx) => loadSampleData(tx), { timeout: 120_000, maxWait: 30_000 })).loaded;
    const demoAccountsCreated = options.demoAccounts ? await db.$transaction((tx) => ensureDemoAccounts(tx), { timeout: 60_000, maxWait: 30_000 }) : 0;
    return { migrations, sampleDataLoaded, demoAccountsCreated, spansRebuilt: await ensureCurrentSpans(db, sampleDataLoaded) };
  } finally {
    await db.$disconnect();
  }
}
