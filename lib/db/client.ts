import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export type Db = PrismaClient;

/**
 * The embedded database serves one connection at a time: a larger pool interleaves on its wire
 * protocol and breaks, so it gets a pool of one that is released when idle.
 */
export function createPrismaClient(connectionString: string, options: { poolMax?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
    max: options.poolMax ?? 10,
    idleTimeoutMillis: 1_000,
  });
  return new PrismaClient({ adapter });
}
