// Vitest global set-up of the integration suite: one prepared database (migrations + sample data)
// for the whole run, in the Vitest process. Test workers connect to it through the URL provided here.
//
// - DATABASE_URL set (a PostgreSQL server, as in CI): a fresh scratch database on that server,
//   dropped at the end, so the run never touches the database named in the URL.
// - DATABASE_URL unset: an in-memory embedded PostgreSQL (PGlite), which serves one connection at a
//   time, so the tests get a pool of one.
//
// A file that writes gets a database of its own (support/fresh-database.ts), started from a copy of this one as
// prepared (provided as `freshTemplate`): a template database on the server, or a dump of the embedded one. Copying
// takes a second or two; migrating and loading the sample data again took most of the embedded run.
import type { TestProject } from "vitest/node";
import { rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import { prepareDatabase } from "../../lib/db/prepare";
import { dropDatabase, quoteIdent } from "./support/drop-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databasePoolMax: number;
    /** what a fresh database starts from: a template database's name on the server, or the path of the embedded database's dump */
    freshTemplate: string;
  }
}

/** Scratch databases of runs that died before their teardown are dropped once they are this old. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

async function withClient<T>(connectionString: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The same server and credentials as `serverUrl`, another database. */
function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function dropStaleScratchDatabases(client: pg.Client) {
  const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname ~ '^rollout_it_[0-9]+_[0-9]+'`);
  for (const { datname } of rows) {
    const createdAt = Number(datname.split("_")[2]);
    if (Date.now() - createdAt < STALE_AFTER_MS) continue;
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`).catch(() => {});
  }
}

async function onServer(serverUrl: string, provide: TestProject["provide"]) {
  const name = `rollout_it_${Date.now()}_${process.pid}`;
  const { version } = await withClient(serverUrl, async (client) => {
    const { rows } = await client.query<{ version: string }>("SELECT current_setting('server_version') AS version");
    await dropStaleScratchDatabases(client);
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
    return { version: rows[0]!.version.split(" ")[0] };
  });
  const url = databaseUrlFor(serverUrl, name);
  const template = `${name}_template`;
  const drop = async () => {
    await dropDatabase(serverUrl, template);
    await dropDatabase(serverUrl, name);
  };

  try {
    const started = Date.now();
    const { migrations, sampleDataLoaded } = await prepareDatabase(url, { demoAccounts: true });
    console.log(
      `integration: PostgreSQL ${version} at ${new URL(serverUrl).hostname} (scratch database ${name}, ` +
        `${migrations.applied.length} migrations, sample data ${sampleDataLoaded ? "loaded" : "not loaded"}, ` +
        `prepared in ${Date.now() - started} ms)`,
    );
    // Copied now, while nothing is connected to it (a template must have no sessions), and before any test writes.
    await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${quoteIdent(template)} TEMPLATE ${quoteIdent(name)}`));
  } catch (error) {
    await drop().catch(() => {});
    throw error;
  }

  provide("databaseUrl", url);
  provide("freshTemplate", template);
  provide("databasePoolMax", Number(process.env.DATABASE_POOL_MAX ?? 5));
  return async () => {
    await drop();
  };
}

async function embedded(provide: TestProject["provide"]) {
  const started = Date.now();
  const database = await startEmbeddedDatabase();
  try {
    const { migrations, sampleDataLoaded } = await prepareDatabase(database.connectionString, { demoAccounts: true });
    console.log(
      `integration: embedded PGlite (in memory, ${migrations.applied.length} migrations, ` +
        `sample data ${sampleDataLoaded ? "loaded" : "not loaded"}, ready in ${Date.now() - started} ms)`,
    );
  } catch (error) {
    await database.stop().catch(() => {});
    throw error;
  }
  const dump = path.join(os.tmpdir(), `rollout-it-${process.pid}-${Date.now()}.tar`);
  await writeFile(dump, Buffer.from(await (await database.dumpDataDir()).arrayBuffer()));

  provide("databaseUrl", database.connectionString);
  provide("databasePoolMax", 1);
  provide("freshTemplate", dump);
  return async () => {
    await database.stop();
    await rm(dump, { force: true });
  };
}

export default async function setup({ provide }: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  return serverUrl ? onServer(serverUrl, provide) : embedded(provide);
}
