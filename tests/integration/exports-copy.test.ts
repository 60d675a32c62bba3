// On a database server, exports are written by PostgreSQL's own CSV writer (COPY … TO STDOUT) with
// the cells formatted in SQL; on the embedded database, by csv-stringify from rows read in batches.
// Here both are run on the same database for every export and must parse to the same cells, awkward
// text included; the COPY output's records end with CRLF; filters with quotes in them stay data; and a
// cancelled download stops the query on the server. Adds rows, so it has a database of its own.
import { parse } from "csv-parse/sync";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { AWKWARD_TEXT } from "./support/awkward-text";
import { startFreshDatabase } from "./support/fresh-database";
import { csvStream } from "@/lib/exports/stream";
import { EXPORTS } from "@/lib/exports/registry";

const onServer = process.env.DATABASE_POOL_MAX !== "1";
const { url, db } = await startFreshDatabase();
if (onServer) {
  // A server whose default date style is not ISO: the export must still write 2009-11-30, not 30/11/2009.
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`ALTER DATABASE "${new URL(url).pathname.slice(1)}" SET DateStyle = 'SQL, DMY'`);
  await admin.end();
}

async function csvOf(name: string, query: string, via: "copy" | "batches") {
  const def = EXPORTS[name]!;
  const { filters, errors } = def.parseFilters(new URLSearchParams(query));
  expect(errors, `${name}?${query}`).toEqual([]);
  return new Response(csvStream(def, filters, { bom: true, via })).text();
}
const parseCsv = (text: string): string[][] => parse(text, { bom: true });

describe.runIf(onServer)("exports written by PostgreSQL's COPY", () => {
  it("give the same cells as the batch writer for every export, awkward text included", async () => {
    const goLive = await db.goLive.findFirstOrThrow({
      where: { trust: { slug: "kingston" } },
      select: { id: true, trustId: true, plans: { orderBy: { sequence: "desc" }, take: 1, select: { sequence: true } } },
    });
    let sequence = goLive.plans[0]!.sequence;
    for (const text of AWKWARD_TEXT) {
      await db.goLivePlan.create({
        data: { goLiveId: goLive.id, sequence: ++sequence, reason: text, plannedLabel: text, certainty: "UNCERTAIN", certaintyNote: text },
      });
      await db.problem.create({
        data: {
          trustId: goLive.trustId,
          goLiveId: goLive.id,
          reportedOn: new Date("2008-11-01"),
          precision: "MONTH",
          description: text,
          certainty: "UNCERTAIN",
          certaintyNote: text,
        },
      });
      await db.auditEvent.create({ data: { actor: text, action: "test.awkward", entity: text, entityId: text, after: { note: text } } });
    }
    for (const [name, def] of Object.entries(EXPORTS)) {
      for (const query of ["", "asOf=2099-12-31", "asOf=2008-11-15&trust=kingston"]) {
        if (def.parseFilters(new URLSearchParams(query)).errors.length > 0) continue; // a filter this export does not take
        const [copy, batches] = [await csvOf(name, query, "copy"), await csvOf(name, query, "batches")];
        expect(parseCsv(copy), `${name}?${query}`).toEqual(parseCsv(batches));
        expect(copy.endsWith("\r\n"), `${name}: the last record ends with CRLF`).toBe(true);
      }
    }
    const plans = parseCsv(await csvOf("plan-history", "asOf=2099-12-31", "copy"));
    expect(
      plans
        .slice(1)
        .map((r) => r[6])
        .filter(Boolean)
        .every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d!)),
    ).toBe(true);
    const reasons = plans.map((r) => r[11]);
    expect(reasons).toEqual(
      expect.arrayContaining(["two\r\nlines", "bare\nline feed", "'=SUM(A1:A9)", "'\tTabbed", "'\rreturn", " leading space", `"`, "\\N"]),
    );
  });

  it("a filter holding quotes and backslashes is data, not SQL", async () => {
    await db.auditEvent.create({ data: { actor: "o'brien\\x@example.nhs.uk", action: "test.quote", entity: "Test", entityId: "1" } });
    const rows = parseCsv(await csvOf("audit", `actor=${encodeURIComponent("o'brien\\x")}`, "copy"));
    expect(rows.slice(1).map((r) => r[2])).toEqual(["o'brien\\x@example.nhs.uk"]);
    expect(await csvOf("audit", `actor=${encodeURIComponent('\'; DROP TABLE "AuditEvent"; --')}`, "copy")).toMatch(/^audit_id,[^\n]*\r\n$/); // the header, and no rows
    expect(await db.auditEvent.count()).toBeGreaterThan(0);
  });

  it("a cancelled download stops the query on the server", async () => {
    await db.$executeRawUnsafe(`INSERT INTO "AuditEvent" (actor, action, entity, "entityId", after)
      SELECT 'bulk@example.nhs.uk', 'test.bulk', 'Test', g::text, jsonb_build_object('n', g, 'padding', repeat('x', 200)) FROM generate_series(1, 200000) g`);
    const def = EXPORTS.audit!;
    const stream = csvStream(def, def.parseFilters(new URLSearchParams()).filters, { bom: false, via: "copy" });
    const reader = stream.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value).startsWith("audit_id,occurred_at")).toBe(true);
    const second = await reader.read(); // rows are arriving while the query runs
    expect(second.done).toBe(false);
    await reader.cancel();
    const running = async () =>
      Number(
        (
          await db.$queryRawUnsafe<{ n: bigint }[]>(
            `SELECT count(*) AS n FROM pg_stat_activity WHERE state = 'active' AND query LIKE 'COPY (SELECT %' AND pid <> pg_backend_pid()`,
          )
        )[0]!.n,
      );
    let left = await running();
    for (let i = 0; i < 50 && left > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      left = await running();
    }
    expect(left).toBe(0);
  });
});
