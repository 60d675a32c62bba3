// A database of its own for a test file that writes, so that files reading the sample data see
// it unchanged. Call it at the top of the file, before anything reads the database: it points
// DATABASE_URL at the new database (the suite's server, or a new in-memory embedded one) and
// returns the url and the process's client on it. It starts as a copy of the suite's database as global-setup.ts
// prepared it (migrations, sample data, demo accounts), before any test wrote to it.
import { readFile } from "node:fs/promises";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { getDb } from "@/lib/db";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { getEnv } from "@/lib/env";
import { dropDatabase, quoteIdent } from "./drop-database";

export async function startFreshDatabase() {
  const url = await createDatabase();
  process.env.DATABASE_URL = url;
  // lib/env reads the environment once: had anything read it already, the file would write to the suite's database.
  if (getEnv().DATABASE_URL !== url) throw new Error("the database was read before startFreshDatabase(): call it first");
  return { url, db: getDb() };
}

async function createDatabase(): Promise<string> {
  const suiteUrl = process.env.DATABASE_URL!;
  if (process.env.DATABASE_POOL_MAX === "1") {
    const database = await startEmbeddedDatabase({ loadDataDir: new Blob([await readFile(inject("freshTemplate"))]) });
    afterAll(async () => {
      await getDb().$disconnect();
      await database.stop();
    });
    return database.connectionString;
  }
  const name = `rollout_it_${Date.now()}_${process.pid}_w${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: suiteUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(inject("freshTemplate"))}`);
  await admin.end();
  const url = new URL(suiteUrl);
  url.pathname = `/${name}`;
  afterAll(async () => {
    await getDb().$disconnect();
    await dropDatabase(suiteUrl, name);
  });
  return url.toString();
}
