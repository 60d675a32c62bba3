import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";

export type Db = PrismaClient;

/**
 * A pg client that sends its promised queries one after another. Prisma 7's query interpreter loads a
 * query's relations side by side (`Promise.all` over the join's children). On a pool each goes to its own
 * connection; inside an interactive transaction they all go to the transaction's one client, where pg
 * queues them but warns ("client.query() when the client is already executing a query"), and pg@9 will
 * refuse. Prisma's fix (prisma/orm#29979, serialising in the adapter) is not released: until it is, each
 * client waits for its previous query here. A callback or a submittable (a COPY stream, pg's pool's own
 * calls) is passed through as it is.
 */
export class SequentialClient extends pg.Client {
  #last: Promise<unknown> = Promise.resolve();

  // pg's `query` is heavily overloaded; the override keeps every form and changes only the timing of promised ones.
  override query(...args: unknown[]): never {
    const [first] = args;
    const passThrough =
      typeof args[args.length - 1] === "function" ||
      (typeof first === "object" && first !== null && typeof (first as { submit?: unknown }).submit === "function");
    const send = () => (pg.Client.prototype.query as (...a: unknown[]) => unknown).apply(this, args);
    if (passThrough) return send() as never;
    const result = this.#last.then(send) as Promise<unknown>;
    this.#last = result.catch(() => undefined);
    return result as never;
  }
}

/**
 * The embedded database is one session: two connections' statements would interleave on it, so it
 * gets a pool of one (poolMax 1). That one connection is kept rather than released when idle, so a
 * request never races a connection that is still closing.
 */
export function createPrismaClient(connectionString: string, options: { poolMax?: number } = {}): PrismaClient {
  const max = options.poolMax ?? 10;
  const pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: max === 1 ? 0 : 10_000, Client: SequentialClient });
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}
