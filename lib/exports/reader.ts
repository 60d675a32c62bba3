import "server-only";
// How an export reads its rows. On a PostgreSQL server, a small pool of its own through `pg` (plain
// rows, no ORM in between: the fastest way short of COPY). On the embedded database, which is one
// session, the app's own single connection through Prisma.
import pg from "pg";
import { getDb } from "../db";
import { getEnv } from "../env";
import type { Row } from "./types";

const DATE_OID = 1082;
const TIMESTAMP_OID = 1114;
// A DATE stays the text PostgreSQL sends ("2009-11-30"): no time zone can move the day. Prisma keeps
// DateTime columns as UTC in `timestamp without time zone`: read them as UTC whatever this machine's zone.
const parsers: Record<number, (v: string) => unknown> = {
  [DATE_OID]: (v) => v,
  [TIMESTAMP_OID]: (v) => new Date(`${v.replace(" ", "T")}Z`),
};
const types = { getTypeParser: (oid: number, format?: "text" | "binary") => parsers[oid] ?? pg.types.getTypeParser(oid, format) };

const globalForExports = globalThis as unknown as { rolloutExportPool?: pg.Pool };

function exportPool(): pg.Pool | null {
  const env = getEnv();
  if (env.DATABASE_POOL_MAX <= 1) return null;
  if (!globalForExports.rolloutExportPool) {
    // DateStyle ISO: COPY writes dates as YYYY-MM-DD whatever the server's default (lib/exports/format.ts).
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 4, idleTimeoutMillis: 10_000, types, options: "-c DateStyle=ISO,YMD" });
    // An idle connection the server closes (a restart, an administrator) must not bring the process down.
    pool.on("error", (error) => console.error(`exports: an idle database connection was closed: ${error.message}`));
    globalForExports.rolloutExportPool = pool;
  }
  return globalForExports.rolloutExportPool;
}

export async function queryRows(sql: string, values: unknown[]): Promise<Row[]> {
  const pool = exportPool();
  if (pool) return (await pool.query<Row>(sql, values)).rows;
  return getDb().$queryRawUnsafe<Row[]>(sql, ...values);
}

/** Bigger batches where the reads are cheap; the embedded database keeps them small to share its one session. */
export function batchSizeFor(): number {
  return getEnv().DATABASE_POOL_MAX <= 1 ? 2_000 : 10_000;
}

/** A database server's connection pool for exports, or null on the embedded database. */
export function serverPool(): pg.Pool | null {
  return exportPool();
}
