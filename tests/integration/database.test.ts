// How the database is brought up to date, against the real database of the run (a scratch database
// on PostgreSQL when DATABASE_URL is set, else the embedded PGlite): see global-setup.ts.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { prepareDatabase } from "@/lib/db/prepare";
import { dropDatabase } from "./support/drop-database";

const migrationsDir = path.join(process.cwd(), "prisma", "migrations");
const suiteUrl = () => process.env.DATABASE_URL!;

interface MigrationRow {
  id: string;
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
}

/** One short-lived connection at a time: the embedded database is a single session. */
async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = await connect(url);
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

function migrationRows(url: string) {
  return query<MigrationRow>(
    url,
    `SELECT id, migration_name, checksum, finished_at, rolled_back_at, applied_steps_count
     FROM "_prisma_migrations" ORDER BY migration_name, started_at`,
  );
}

/** The committed migrations with the SHA-256 hex of each migration.sql, computed here from the bytes. */
async function committedMigrations(dir = migrationsDir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      checksum: createHash("sha256")
        .update(await readFile(path.join(dir, name, "migration.sql")))
        .digest("hex"),
    })),
  );
}

/** Rows in each table of the app (not the migrations table). */
async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = await connect(url);
  try {
    const { rows: tables } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
    );
    const counts: Record<string, number> = {};
    for (const { tablename } of tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${tablename.replace(/"/g, '""')}"`);
      counts[tablename] = Number(rows[0]!.n);
    }
    return counts;
  } finally {
    await client.end();
  }
}

async function isEmbedded(url: string): Promise<boolean> {
  const [row] = await query<{ version: string }>(url, "SELECT version() AS version");
  return row!.version.includes("PGlite");
}

let scratchCount = 0;

/**
 * An empty database of the same kind as the suite's, removed afterwards: a second in-memory
 * embedded database, or another scratch database on the PostgreSQL server.
 */
async function withFreshDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  if (await isEmbedded(suiteUrl())) {
    const database = await startEmbeddedDatabase();
    try {
      return await fn(database.connectionString);
    } finally {
      await database.stop();
    }
  }
  const name = `rollout_it_${Date.now()}_${process.pid}_${++scratchCount}`;
  const url = new URL(suiteUrl());
  url.pathname = `/${name}`;
  await query(suiteUrl(), `CREATE DATABASE "${name}"`);
  try {
    return await fn(url.toString());
  } finally {
    await dropDatabase(suiteUrl(), name);
  }
}

describe("migrations", () => {
  it("records each committed migration in _prisma_migrations with the SHA-256 checksum of its migration.sql", async () => {
    const committed = await committedMigrations();
    expect(committed.length).toBeGreaterThan(0);

    const rows = await migrationRows(suiteUrl());

    expect(rows.map((r) => ({ name: r.migration_name, checksum: r.checksum }))).toEqual(committed);
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("applies nothing when the migrations are applied again", async () => {
    const before = await migrationRows(suiteUrl());

    const result = await applyMigrations(suiteUrl(), migrationsDir);

    expect(result).toEqual({ applied: [], alreadyApplied: before.length });
    expect(await migrationRows(suiteUrl())).toEqual(before);
  });

  it("refuses a committed migration that was changed after it was applied, saying which and why", async () => {
    const edited = await mkdtemp(path.join(os.tmpdir(), "rollout-migrations-"));
    try {
      await cp(migrationsDir, edited, { recursive: true });
      const [first] = await committedMigrations(edited);
      const file = path.join(edited, first!.name, "migration.sql");
      await writeFile(file, `${await readFile(file, "utf8")}\nALTER TABLE "Trust" ADD COLUMN "editedAfterCommit" TEXT;\n`);

      await withFreshDatabase(async (url) => {
        const original = await applyMigrations(url, migrationsDir);
        expect(original.applied).toEqual((await committedMigrations()).map((m) => m.name));
        const recorded = await migrationRows(url);

        await expect(applyMigrations(url, edited)).rejects.toThrow(
          new RegExp(`Migration ${first!.name} was changed after it was applied \\(checksum differs\\).*add a new migration`),
        );

        // Nothing of the edited file ran, and the record still holds the committed checksums.
        const columns = await query(url, `SELECT 1 FROM information_schema.columns WHERE table_name = 'Trust' AND column_name = 'editedAfterCommit'`);
        expect(columns).toEqual([]);
        expect(await migrationRows(url)).toEqual(recorded);
      });
    } finally {
      await rm(edited, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("sample data", () => {
  it("loads the sample data and the demo accounts once when a database is prepared twice", async () => {
    await withFreshDatabase(async (url) => {
      const first = await prepareDatabase(url, { demoAccounts: true });
      expect(first.sampleDataLoaded).toBe(true);
      expect(first.demoAccountsCreated).toBe(5);
      expect(first.spansRebuilt).toBeGreaterThan(0);
      const loaded = await rowCounts(url);
      expect(loaded.Trust).toBeGreaterThan(0);
      expect(loaded.Source).toBeGreaterThan(0);

      const second = await prepareDatabase(url, { demoAccounts: true });

      expect(second).toEqual({
        migrations: { applied: [], alreadyApplied: first.migrations.applied.length },
        sampleDataLoaded: false,
        demoAccountsCreated: 0,
        spansRebuilt: null,
      });
      expect(await rowCounts(url)).toEqual(loaded);
    });
  }, 180_000);

  it("finds the sample data already in the suite's database and changes nothing when preparing it again", async () => {
    const before = await rowCounts(suiteUrl());
    expect(before.Trust).toBeGreaterThan(0);

    const again = await prepareDatabase(suiteUrl());

    expect(again.sampleDataLoaded).toBe(false);
    expect(again.migrations.applied).toEqual([]);
    expect(await rowCounts(suiteUrl())).toEqual(before);
  }, 120_000);
});

describe("two server processes behind one database", () => {
  /** What `npm start` does before it serves, in a process of its own (scripts/seed.ts runs the same prepareDatabase). */
  function prepareInAProcess(url: string): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, ["--import", "tsx", path.join(process.cwd(), "scripts/seed.ts")], {
        env: { ...process.env, DATABASE_URL: url },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
      child.on("exit", (code) => resolve({ code, output }));
    });
  }

  // The embedded database is one process's by design (docs/decisions/003): this is PostgreSQL's case.
  it.runIf(process.env.DATABASE_POOL_MAX !== "1")(
    "starting together on an empty database, each migration is applied once, the sample data loaded once and the status spans built once",
    async () => {
      await withFreshDatabase(async (url) => {
        const [a, b] = await Promise.all([prepareInAProcess(url), prepareInAProcess(url)]);
        expect(a.code, a.output).toBe(0);
        expect(b.code, b.output).toBe(0);
        expect([a.output, b.output].filter((o) => o.includes("sample data loaded"))).toHaveLength(1);
        const rows = await migrationRows(url);
        expect(rows.map((r) => r.migration_name)).toEqual((await committedMigrations()).map((m) => m.name));
        const [loads] = await query<{ n: string }>(url, `SELECT count(*) AS n FROM "AuditEvent" WHERE action = 'sample-data.load'`);
        expect(Number(loads!.n)).toBe(1);
        const [spans] = await query<{ n: string; golives: string }>(url, `SELECT count(*) AS n, count(DISTINCT "goLiveId") AS golives FROM "GoLiveStatusSpan"`);
        const [goLives] = await query<{ n: string }>(url, `SELECT count(*) AS n FROM "GoLive"`);
        expect(Number(spans!.golives)).toBe(Number(goLives!.n));
        // Built once: no go-live's runs were written twice over each other.
        const [dupes] = await query<{ n: string }>(
          url,
          `SELECT count(*) AS n FROM (SELECT "goLiveId", hindsight, "validFrom" FROM "GoLiveStatusSpan" GROUP BY 1, 2, 3 HAVING count(*) > 1) d`,
        );
        expect(Number(dupes!.n)).toBe(0);
      });
    },
    180_000,
  );
});

describe("a transaction's queries", () => {
  it("go to its one connection one after another, even where Prisma loads a query's relations side by side", async () => {
    // Count the queries each pg client has sent and not yet had answered, at the moment pg is given one.
    const inFlight = new Map<pg.Client, number>();
    let most = 0;
    const original = pg.Client.prototype.query;
    const spy = vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
      const result = (original as (...a: unknown[]) => unknown).apply(this, args);
      if (result instanceof Promise) {
        inFlight.set(this, (inFlight.get(this) ?? 0) + 1);
        most = Math.max(most, inFlight.get(this)!);
        const done = () => inFlight.set(this, inFlight.get(this)! - 1);
        result.then(done, done);
      }
      return result as never;
    });
    const db = createPrismaClient(suiteUrl(), { poolMax: 2 });
    try {
      const read = await db.$transaction((tx) =>
        tx.goLive.findMany({ take: 3, orderBy: { id: "asc" }, include: { plans: true, actuals: true, sources: true, trust: true } }),
      );
      expect(read.length).toBe(3);
      expect(read[0]!.plans.length).toBeGreaterThan(0);
      expect(spy).toHaveBeenCalled();
      expect(most).toBe(1);
    } finally {
      spy.mockRestore();
      await db.$disconnect();
    }
  });
});
