// Reads that a caller may run inside a transaction. A transaction is one connection: a second query sent
// while the first is still running is queued by pg with a warning today ("client.query() when the client is
// already executing a query") and refused by pg@9. So reads go side by side on a pool, one after another
// on a transaction's client.

type Reads = readonly (() => Promise<unknown>)[];
type Results<T extends Reads> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/** Whether `db` is an interactive transaction's client: Prisma leaves `$transaction` off those. */
export function isTransaction(db: object): boolean {
  return typeof (db as { $transaction?: unknown }).$transaction !== "function";
}

/** Runs the reads side by side on a pool, in order on a transaction's client; the results in the reads' order. */
export async function readAll<const T extends Reads>(db: object, reads: T): Promise<Results<T>> {
  if (!isTransaction(db)) return (await Promise.all(reads.map((read) => read()))) as Results<T>;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as Results<T>;
}
