// What a page derived is kept between requests until the record changes (lib/server/record-cache.ts,
// decision 017): the record's version is raised at the commit of every change to any of its tables, and a
// kept read is never shown once the record has changed, whoever changed it (the app, a script, SQL).
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startFreshDatabase } from "./support/fresh-database";
import { actAs, submit } from "./support/next-request";
import { testActor } from "../support/people";
import { keptUntilTheRecordChanges, readKept, recordVersion } from "@/lib/server/record-cache";
import { ForbiddenError, NotSignedInError } from "@/lib/auth/permissions";
import { getOverview } from "@/lib/data/overview";
import { getTrustDetail } from "@/lib/data/trust";
import { parseOverviewQuery } from "@/lib/validation/overview";
import { recordProblemAction } from "@/lib/actions/go-lives";
import { IDLE } from "@/lib/actions/state";

// This file writes: it gets a database of its own.
const { db } = await startFreshDatabase();
const viewer = testActor("viewer");
const version = async () => (await recordVersion())!.version;

/**
 * The tables no page derives anything from: they change at every sign-in, every API call or every visit; and
 * ImportBatch, a file's rows kept between its preview and its apply (decision 025), which is not the record:
 * applying one writes the record's own tables, whose triggers raise the version.
 */
const SIGN_IN_TABLES = ["ApiToken", "ImportBatch", "Invitation", "SignInAttempt", "UserVisit", "account", "rateLimit", "session", "verification"];

describe("the record's version", () => {
  it("is raised by a trigger on every table but the sign-in tables (a new table needs its own)", async () => {
    const rows = await db.$queryRaw<{ table: string; triggers: string[] }[]>`
      SELECT c.relname AS "table", coalesce(array_agg(t.tgname::text ORDER BY t.tgname) FILTER (WHERE t.tgname IS NOT NULL), '{}') AS triggers
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_trigger t ON t.tgrelid = c.oid AND NOT t.tgisinternal
      WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname NOT IN ('_prisma_migrations', 'RecordVersion')
      GROUP BY c.relname ORDER BY c.relname`;
    expect(rows.length).toBeGreaterThan(30);
    const without = rows.filter((r) => !r.triggers.includes("record_version") || !r.triggers.includes("record_version_truncate")).map((r) => r.table);
    expect(without.sort()).toEqual([...SIGN_IN_TABLES].sort());
  });

  it("rises once when a change commits, not before, and not for a change rolled back", async () => {
    const before = await version();
    const source = await db.source.findFirstOrThrow({ select: { id: true, title: true } });
    await db.$transaction(async (tx) => {
      await tx.source.update({ where: { id: source.id }, data: { title: `${source.title} (checked)` } });
      await tx.source.update({ where: { id: source.id }, data: { title: source.title } });
      // Inside the transaction the version has not moved: it is raised at the commit.
      const inside = await tx.$queryRaw<{ version: bigint }[]>`SELECT "version" FROM "RecordVersion" WHERE "id" = 1`;
      expect(inside[0]!.version).toBe(before);
    });
    expect(await version()).toBe(before + 1n);

    await expect(
      db.$transaction(async (tx) => {
        await tx.source.update({ where: { id: source.id }, data: { title: "A change that is rolled back" } });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await version()).toBe(before + 1n);

    // A plain statement outside the app (a script, someone's SQL) counts too, and so does TRUNCATE.
    await db.$executeRaw`UPDATE "Trust" SET "name" = "name" WHERE "slug" = 'kingston'`;
    expect(await version()).toBe(before + 2n);
    await db.$executeRaw`TRUNCATE "_SourceToTrust"`;
    expect(await version()).toBe(before + 3n);
  });
});

describe("reads kept until the record changes", () => {
  it("reads once for the same question while the record stands, and again after any change", async () => {
    let reads = 0;
    const read = async () => ({ read: ++reads });
    const first = await keptUntilTheRecordChanges("test", { max: 4 }, { asOf: "2009-02-11" }, read);
    expect(await keptUntilTheRecordChanges("test", { max: 4 }, { asOf: "2009-02-11" }, read)).toBe(first);
    expect(reads).toBe(1);
    // Another question is another read.
    expect(await keptUntilTheRecordChanges("test", { max: 4 }, { asOf: "2010-06-01" }, read)).toEqual({ read: 2 });
    // Requests that ask at the same time share one read.
    const together = await Promise.all([1, 2, 3].map(() => keptUntilTheRecordChanges("test", { max: 4 }, { asOf: "2011-06-01" }, read)));
    expect(together.map((r) => r.read)).toEqual([3, 3, 3]);
    // Any change to the record: the same question is read again.
    await db.$executeRaw`UPDATE "Trust" SET "name" = "name" WHERE "slug" = 'kingston'`;
    expect(await keptUntilTheRecordChanges("test", { max: 4 }, { asOf: "2009-02-11" }, read)).toEqual({ read: 4 });
  });

  it("does not keep a read that failed, and shares what it keeps frozen", async () => {
    let reads = 0;
    const failing = async () => {
      reads++;
      throw new Error("the database went away");
    };
    await expect(keptUntilTheRecordChanges("test-failing", { max: 4 }, "q", failing)).rejects.toThrow("went away");
    await expect(keptUntilTheRecordChanges("test-failing", { max: 4 }, "q", failing)).rejects.toThrow("went away");
    expect(reads).toBe(2);

    const kept = await keptUntilTheRecordChanges("test-frozen", { max: 4 }, "q", async () => ({ rows: [{ name: "Kingston" }] }));
    expect(() => kept.rows.push({ name: "Another" })).toThrow(TypeError);
    expect(() => {
      kept.rows[0]!.name = "Changed";
    }).toThrow(TypeError);
  });

  it("refuses a reader without the permission before it answers, even from what another reader had kept", async () => {
    let reads = 0;
    const read = async () => ++reads;
    expect(await readKept(testActor("board"), "decision.record", "test-permission", { max: 2 }, "q", read)).toBe(1);
    await expect(readKept(testActor("manager"), "decision.record", "test-permission", { max: 2 }, "q", read)).rejects.toThrow(ForbiddenError);
    await expect(readKept(viewer, "decision.record", "test-permission", { max: 2 }, "q", read)).rejects.toThrow(ForbiddenError);
    await expect(readKept(null, "rollout.read", "test-permission", { max: 2 }, "q", read)).rejects.toThrow(NotSignedInError);
    expect(await readKept(testActor("board"), "decision.record", "test-permission", { max: 2 }, "q", read)).toBe(1);
    expect(reads).toBe(1);
  });

  it("keeps at most `max` answers of a kind, dropping the least recently used", async () => {
    let reads = 0;
    const read = async () => ++reads;
    for (const q of ["a", "b", "c"]) await keptUntilTheRecordChanges("test-max", { max: 2 }, q, read);
    await keptUntilTheRecordChanges("test-max", { max: 2 }, "c", read);
    expect(reads).toBe(3);
    await keptUntilTheRecordChanges("test-max", { max: 2 }, "a", read);
    expect(reads).toBe(4);
  });

  it("shows a problem recorded through the app on the trust page at once, and a plan written in SQL on the overview", async () => {
    const trust = await db.trust.findUniqueOrThrow({ where: { slug: "barts-and-the-london" }, select: { id: true } });
    const view = { asOf: "2030-01-01", hindsight: false };
    const before = await getTrustDetail(viewer, "barts-and-the-london", view);
    expect(await getTrustDetail(viewer, "barts-and-the-london", view)).toBe(before); // kept
    const source = await db.source.findFirstOrThrow({ where: { key: "cw-2009-02-11-bt-to-resume" }, select: { id: true } });
    await actAs("manager@example.nhs.uk");
    const saved = await submit(recordProblemAction, IDLE, {
      trustId: String(trust.id),
      "reportedOn-day": "",
      "reportedOn-month": "5",
      "reportedOn-year": "2008",
      description: "Kept-read test: appointments lost",
      sourceId: String(source.id),
      certainty: "SINGLE_SOURCE",
    });
    expect(saved.saved).toBe(true);
    const after = await getTrustDetail(viewer, "barts-and-the-london", view);
    expect(after!.problems.map((p) => p.description)).toContain("Kept-read test: appointments lost");
    expect(before!.problems.map((p) => p.description)).not.toContain("Kept-read test: appointments lost");

    // The overview, then a go-live's plans changed on another connection, as another server process or a
    // script would change them: the next read here sees them.
    const query = parseOverviewQuery({ asOf: "2030-01-01" });
    const shown = await getOverview(viewer, query);
    const row = shown.rows.find((r) => r.trust.slug === "barts-and-the-london") ?? shown.rows[0]!;
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query(
        `INSERT INTO "GoLivePlan" ("goLiveId", sequence, "plannedOn", "plannedPrecision", "announcedOn", "announcedPrecision", certainty)
        SELECT $1, max(sequence) + 1, '2029-03-01', 'MONTH', '2029-01-01', 'DAY', 'SINGLE_SOURCE' FROM "GoLivePlan" WHERE "goLiveId" = $1`,
        [row.goLiveId],
      );
    } finally {
      await other.end();
    }
    const again = await getOverview(viewer, query);
    expect(again).not.toBe(shown);
    expect(JSON.stringify(again.rows.find((r) => r.goLiveId === row.goLiveId))).not.toEqual(JSON.stringify(row));
  });
});
