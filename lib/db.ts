import "server-only";
import { createPrismaClient, type Db } from "./db/client";
import { getEnv } from "./env";

// One client per server process; kept on globalThis so that dev-mode reloads do not open more.
const globalForDb = globalThis as unknown as { rolloutDb?: Db };

export function getDb(): Db {
  if (!globalForDb.rolloutDb) {
    const env = getEnv();
    globalForDb.rolloutDb = createPrismaClient(env.DATABASE_URL, { poolMax: env.DATABASE_POOL_MAX });
  }
  return globalForDb.rolloutDb;
}
