import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export type Db = PrismaClient;

/**
 * The embedded database is one session: two connections' statements would interleave on it, so it
 * gets a pool of one (poolMax 1). That one connection is kept rather than released when idle, so a
 * request never races a connection that is still closing.
 */
export function createPrismaClient(connectionString: string, options: { poolMax?: number } = {}): PrismaClient {
  const max = options.poolMax ?? 10;
  const adapter = new PrismaPg({
    connectionString,
    max,
    idleTimeoutMillis: max === 1 ? 0 : 10_000,
  });
  return new PrismaClient({ adapter });
}
