// The embedded PostgreSQL used when DATABASE_URL is unset: PGlite (PostgreSQL in WebAssembly)
// served over the wire protocol on 127.0.0.1, so the app talks to it through the same `pg`
// driver adapter as to a real server. It must run in its own process (the launcher, or a test's
// global set-up), never inside Next.js, whose workers could open the data folder twice.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedDatabase {
  connectionString: string;
  /** The whole database as a tarball, for another in-memory one to start from (`loadDataDir`). */
  dumpDataDir(): Promise<Blob>;
  stop(): Promise<void>;
}

/** dataDir undefined: in memory (tests). loadDataDir: start from a copy of another database (a `dumpDataDir()`). */
export async function startEmbeddedDatabase(options: { dataDir?: string; port?: number; loadDataDir?: Blob } = {}): Promise<EmbeddedDatabase> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir, options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  // PGlite is one session. The app keeps to one connection at a time (a pool of one), but a client
  // that has just closed is released by the server a moment later: with a limit of 1, a connection
  // opened in that moment is refused ("Too many connections"). A small headroom absorbs that overlap.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: options.port ?? 0, maxConnections: 4 });
  await server.start();
  const conn = server.getServerConn(); // "127.0.0.1:PORT"
  const port = Number(conn.split(":").pop());
  let stopped = false;
  return {
    connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    dumpDataDir: () => db.dumpDataDir("none"),
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}
