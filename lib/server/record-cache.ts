import "server-only";
// What a page derived from the record, kept between requests until the record changes (decision 017).
//
// The record's version is one row in PostgreSQL (RecordVersion), raised at the commit of every
// transaction that changes the record, by a deferred trigger on each of its tables (migration
// record_version): the app's writes, the seed, the generator, a rebuild, or someone's SQL alike. Each
// read asks for the version first (one primary-key lookup) and then looks for what was derived under it.
// So a process keeps only what it can prove is current, and two processes behind one database never
// disagree: nothing shared lives in one process's memory, each keeps its own copy of what is the same.
//
// Reading the version before the data is what makes it safe: a change committed after the version was
// read can only make the data newer than its key, never older, and the next request sees the new version.
import { LRUCache } from "lru-cache";
import { assertCan, type Actor, type Permission } from "../auth/permissions";
import { getDb } from "../db";
import { todayIso } from "../domain/dates";

/** The record's version now (raised by every committed change to it), and which database it counts. */
export async function recordVersion(): Promise<{ version: bigint; epoch: string } | null> {
  const rows = await getDb().$queryRaw<{ version: bigint; epoch: string }[]>`SELECT "version", "epoch" FROM "RecordVersion" WHERE "id" = 1`;
  // The row is made by the migration; without it nothing can be proved current, so nothing is kept.
  return rows[0] ?? null;
}

interface Kept {
  /** entries kept at most; the least recently used go first */
  max: number;
}

const stores = new Map<string, LRUCache<string, Promise<unknown>>>();
let newest: { version: bigint; epoch: string } | null = null;

/** Whether reads are kept at all: RECORD_CACHE=off turns it off (for measuring a first view). */
function enabled(): boolean {
  return process.env.RECORD_CACHE !== "off";
}

/**
 * What `load` derives for `key`, read once per version of the record and shared by every request that asks
 * for the same key while the record stays as it is (requests that ask at the same time share one read).
 * Call it after the permission check: the key says what was read, never who may read it. `key` must name
 * everything the read depends on besides the record; today's date is added, for reads that default to it.
 * What it returns is shared: callers must not change it.
 */
export async function keptUntilTheRecordChanges<T>(name: string, options: Kept, key: unknown, load: () => Promise<T>): Promise<T> {
  if (!enabled()) return load();
  const current = await recordVersion();
  if (!current) return load();
  if (!newest || current.epoch !== newest.epoch || current.version > newest.version) {
    // Everything kept under an earlier version is stale: let it go now rather than when it is evicted.
    for (const store of stores.values()) store.clear();
    newest = current;
  }
  let store = stores.get(name);
  if (!store) {
    store = new LRUCache<string, Promise<unknown>>({ max: options.max });
    stores.set(name, store);
  }
  const id = `${current.epoch}:${current.version}\u0000${todayIso()}\u0000${JSON.stringify(key)}`;
  const kept = store.get(id) as Promise<T> | undefined;
  if (kept) return kept;
  // Outside production what is kept is frozen, so a caller that changes a shared read fails in the tests.
  const read = process.env.NODE_ENV === "production" ? load() : load().then(frozen);
  store.set(id, read);
  // A read that failed is not kept: the next request tries again.
  read.catch(() => {
    if (store.get(id) === read) store.delete(id);
  });
  return read;
}

/**
 * A read for `actor`: refused unless they hold `permission`, then kept as keptUntilTheRecordChanges keeps it. The
 * one way a page's read checks and keeps, so the check can never come after the cache answers.
 */
export async function readKept<T>(actor: Actor | null, permission: Permission, name: string, options: Kept, key: unknown, load: () => Promise<T>): Promise<T> {
  assertCan(actor, permission);
  return keptUntilTheRecordChanges(name, options, key, load);
}

/** How many reads are kept, by name (for tests and the benchmark's notes). */
export function keptCounts(): Record<string, number> {
  return Object.fromEntries([...stores].map(([name, store]) => [name, store.size]));
}

/** The value, frozen all the way down (objects, arrays, and the values of maps and sets). */
function frozen<T>(value: T): T {
  const seen = new Set<unknown>();
  const visit = (v: unknown) => {
    if (v === null || typeof v !== "object" || seen.has(v)) return;
    seen.add(v);
    if (v instanceof Map) {
      for (const [k, x] of v) {
        visit(k);
        visit(x);
      }
    } else if (v instanceof Set) for (const x of v) visit(x);
    else for (const x of Object.values(v)) visit(x);
    Object.freeze(v);
  };
  visit(value);
  return value;
}
