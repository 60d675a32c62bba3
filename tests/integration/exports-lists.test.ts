// The list exports (trusts, decisions, problems, contracts, contract events, payments, sources) and
// the overview's workbook: each parsed back with an independent CSV parser and compared with the
// database; the date and trust filters give the same rows as the page's data function; only
// analysts may download them; each workbook has a Sources sheet. Adds a row, so it has a database of its own.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { neutraliseCell } from "@/lib/domain/csv";
import { describe, expect, it } from "vitest";
import { startFreshDatabase } from "./support/fresh-database";
import { actAs } from "./support/next-request";
import { testActor } from "../support/people";
import { download, expectRefused, fetchExport as goLivesCsv, fetchExport as goLivesXlsx } from "./support/export-route";
import { EXPORTS } from "@/lib/exports/registry";
import * as lists from "@/lib/data/lists";

const { db } = await startFreshDatabase();
const analyst = testActor("analyst");
const NEW_EXPORTS = ["trusts", "decisions", "problems", "contracts", "contract-events", "payments", "sources"] as const;
const EVERYTHING = "?asOf=2099-12-31";

const parseCsv = (text: string): Record<string, string>[] => parse(text, { bom: true, columns: true });
async function rowsOf(name: string, query = EVERYTHING) {
  await actAs("analyst@example.nhs.uk");
  const response = await download(`${name}.csv`, query);
  expect(response.status, `${name}.csv${query}`).toBe(200);
  return parseCsv(await response.text());
}
const idsOf = (rows: Record<string, string>[], column: string) => rows.map((r) => Number(r[column])).sort((a, b) => a - b);
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
type Filters = { asOf: string; trust?: string };
const query = (filters: Filters) => `?${new URLSearchParams(filters as Record<string, string>)}`;

// What the exports should say, worked out here from Prisma's rows rather than from the export's SQL.
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
const low = (v: string | null) => v?.toLowerCase() ?? "";
const asText = (v: string | null) => (v === null ? "" : /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
type Src = { id: number; url: string | null; title: string };
const sourcesText = (sources: Src[]) =>
  [...sources]
    .sort((a, b) => a.id - b.id)
    .map((s) => s.url ?? s.title)
    .join(" ");
const src = { select: { id: true, url: true, title: true } } as const;

describe("each list export, cell for cell with the database", () => {
  it("trusts: every trust, ODS code empty where not known, rollout target and sites", async () => {
    const rows = await rowsOf("trusts");
    expect(Object.keys(rows[0]!)).toEqual(EXPORTS.trusts!.columns.map((c) => c.name));
    const trusts = await db.trust.findMany({ orderBy: { id: "asc" }, include: { sites: { orderBy: { name: "asc" } }, sources: src } });
    expect(idsOf(rows, "trust_id")).toEqual(trusts.map((t) => t.id));
    for (const t of trusts) {
      const row = rows.find((r) => Number(r.trust_id) === t.id)!;
      expect(row).toMatchObject({
        trust_slug: t.slug,
        trust: asText(t.name),
        short_name: asText(t.shortName),
        ods_code: t.odsCode ?? "",
        type: low(t.type),
        rollout_target: String(t.isRolloutTarget),
        sites: t.sites.map((s) => s.name).join("; "),
        notes: asText(t.notes),
        certainty: low(t.certainty),
        certainty_note: asText(t.certaintyNote),
        sources: sourcesText(t.sources),
      });
    }
    expect(rows.find((r) => r.trust_slug === "homerton")!.rollout_target).toBe("false");
    expect(rows.find((r) => r.trust_slug === "homerton")!.type).toBe("foundation_trust"); // "NHS FT" in the record
    expect(rows.find((r) => r.trust_slug === "queen-marys-roehampton")!.type).toBe("primary_care_trust"); // run by NHS Wandsworth
    expect(rows.find((r) => r.trust_slug === "imperial")!.sites).toBe("Hammersmith; St Mary's"); // both campuses named 23 July 2008
  });

  it("decisions: kind, dates with their precision, scope, named trusts, the halt a resume lifts", async () => {
    const rows = await rowsOf("decisions");
    expect(Object.keys(rows[0]!)).toEqual(EXPORTS.decisions!.columns.map((c) => c.name));
    const decisions = await db.decision.findMany({ orderBy: { id: "asc" }, include: { trusts: { orderBy: { name: "asc" } }, lifts: true, sources: src } });
    expect(idsOf(rows, "decision_id")).toEqual(decisions.map((d) => d.id));
    for (const d of decisions) {
      const row = rows.find((r) => Number(r.decision_id) === d.id)!;
      expect(row).toMatchObject({
        decision_key: d.key,
        kind: low(d.kind),
        title: asText(d.title),
        decided_on: iso(d.decidedOn),
        decided_on_precision: low(d.decidedPrecision),
        reported_on: iso(d.reportedOn),
        body: asText(d.body),
        scope: low(d.scope),
        trusts: d.trusts.map((t) => t.name).join("; "),
        lifts: d.lifts?.key ?? "",
        rationale: asText(d.rationale),
        certainty: low(d.certainty),
        certainty_note: asText(d.certaintyNote),
        sources: sourcesText(d.sources),
      });
    }
    expect(rows.find((r) => r.decision_key === "resume-2009-02")).toMatchObject({ kind: "resume", lifts: "halt-2008-10", scope: "all_london" });
  });

  it("problems: trust, go-live, reported date and precision", async () => {
    const rows = await rowsOf("problems");
    expect(Object.keys(rows[0]!)).toEqual(EXPORTS.problems!.columns.map((c) => c.name));
    const problems = await db.problem.findMany({ orderBy: { id: "asc" }, include: { trust: true, goLive: true, sources: src } });
    expect(idsOf(rows, "problem_id")).toEqual(problems.map((p) => p.id));
    for (const p of problems) {
      const row = rows.find((r) => Number(r.problem_id) === p.id)!;
      expect(row).toMatchObject({
        trust: asText(p.trust.name),
        ods_code: p.trust.odsCode ?? "",
        go_live_scope: asText(p.goLive?.scope ?? null),
        reported_on: iso(p.reportedOn),
        reported_on_precision: low(p.precision),
        description: asText(p.description),
        certainty: low(p.certainty),
        certainty_note: asText(p.certaintyNote),
        sources: sourcesText(p.sources),
      });
    }
  });

  it("contracts: supplier, region, events known by the date", async () => {
    const rows = await rowsOf("contracts");
    expect(Object.keys(rows[0]!)).toEqual(EXPORTS.contracts!.columns.map((c) => c.name));
    const contracts = await db.contract.findMany({ orderBy: { id: "asc" }, include: { supplier: true, sources: src, _count: { select: { events: true } } } });
    expect(idsOf(rows, "contract_id")).toEqual(contracts.map((c) => c.id));
    for (const c of contracts) {
      const row = rows.find((r) => Number(r.contract_id) === c.id)!;
      expect(row).toMatchObject({
        contract_key: c.key,
        contract: asText(c.name),
        supplier: asText(c.supplier.name),
        region: asText(c.region),
        events: String(c._count.events),
        certainty: low(c.certainty),
        certainty_note: asText(c.certaintyNote),
        sources: sourcesText(c.sources),
      });
    }
  });

  it("contract events: each figure its own row, in plain pounds with its price basis", async () => {
    const rows = await rowsOf("contract-events");
    expect(Object.keys(rows[0]!)).toEqual(EXPORTS["contract-events"]!.columns.map((c) => c.name));
    const events = await db.contractEvent.findMany({ orderBy: { id: "asc" }, include: { contract: { include: { supplier: true } }, sources: src } });
    expect(idsOf(rows, "event_id")).toEqual(events.map((e) => e.id));
    for (const e of events) {
      const row = rows.find((r) => Number(r.event_id) === e.id)!;
      expect(row).toMatchObject({
        contract_key: e.contract.key,
        contract: asText(e.contract.name),
        supplier: asText(e.contract.supplier.name),
        kind: low(e.kind),
        occurred_on: iso(e.occurredOn),
        occurred_on_precision: low(e.precision),
        description: asText(e.description),
        price_basis: asText(e.priceBasis),
        certainty: low(e.certainty),
        certainty_note: asText(e.certaintyNote),
        sources: sourcesText(e.sources),
      });
      expect(row.value === "" ? null : Number(row.value)).toBe(e.value === null ? null : e.value.toNumber());
      expect(row.value).toMatch(/^(\d+(\.\d+)?)?$/); // no £, no commas
    }
    const writeOff = rows.find((r) => r.kind === "write_off")!;
    expect(writeOff).toMatchObject({
      value: "340000000",
      occurred_on: "2009-01-22",
      occurred_on_precision: "day",
      price_basis: "as reported (basis not stated)",
    });
    expect(
      rows
        .filter((r) => r.contract_key === "london-lsp" && r.kind === "award")
        .map((r) => r.value)
        .sort(),
    ).toEqual(["1021000000", "1100000000", "996000000"]);
  });

  it("payments: amount in plain pounds, period, price basis, the trust through the go-live", async () => {
    const rows = await rowsOf("payments");
    expect(Object.keys(rows[0]!)).toEqual(EXPORTS.payments!.columns.map((c) => c.name));
    const payments = await db.payment.findMany({
      orderBy: { id: "asc" },
      include: { trust: true, goLive: { include: { trust: true } }, contract: true, sources: src },
    });
    expect(idsOf(rows, "payment_id")).toEqual(payments.map((p) => p.id));
    for (const p of payments) {
      const row = rows.find((r) => Number(r.payment_id) === p.id)!;
      const trust = p.trust ?? p.goLive?.trust ?? null;
      expect(row).toMatchObject({
        trust: asText(trust?.name ?? null),
        ods_code: trust?.odsCode ?? "",
        go_live_scope: asText(p.goLive?.scope ?? null),
        contract_key: p.contract?.key ?? "",
        kind: low(p.kind),
        description: asText(p.description),
        period: asText(p.period),
        price_basis: asText(p.priceBasis),
        as_at: iso(p.asAt),
        as_at_precision: low(p.asAtPrecision),
        certainty: low(p.certainty),
        certainty_note: asText(p.certaintyNote),
        sources: sourcesText(p.sources),
      });
      expect(Number(row.amount)).toBe(p.amount.toNumber());
    }
    expect(rows.find((r) => r.kind === "deployment_charge")).toMatchObject({ amount: "4676000", price_basis: "2003-04 prices", period: "one-off" });
  });

  it("sources: every source with the number of facts on it, as the sources page counts them", async () => {
    const rows = await rowsOf("sources");
    expect(Object.keys(rows[0]!)).toEqual(EXPORTS.sources!.columns.map((c) => c.name));
    const page = await lists.listSourcesKnownBy(analyst, { asOf: "2099-12-31" });
    const sources = await db.source.findMany({ orderBy: { id: "asc" } });
    expect(idsOf(rows, "source_id")).toEqual(sources.map((s) => s.id));
    for (const s of sources) {
      const row = rows.find((r) => Number(r.source_id) === s.id)!;
      expect(row).toMatchObject({
        source_key: s.key,
        title: asText(s.title),
        publisher: asText(s.publisher),
        published_on: iso(s.publishedOn),
        published_on_precision: low(s.publishedPrecision),
        url: s.url ?? "",
        facts: String(page.find((p) => p.id === s.id)!.factCount),
      });
    }
  });

  it("awkward text survives: quotes, commas, line breaks, a pound sign, and a formula neutralised", async () => {
    const kingston = await db.trust.findUniqueOrThrow({ where: { slug: "kingston" } });
    const description = `=HYPERLINK("x") "quoted", with commas\r\nand a second line: £1,000`;
    const added = await db.problem.create({
      data: {
        trustId: kingston.id,
        reportedOn: new Date("2009-12-01T00:00:00Z"),
        precision: "MONTH",
        description,
        certainty: "UNCERTAIN",
        certaintyNote: "Test row",
      },
    });
    // Reported in December 2009: known from the end of that month.
    expect((await rowsOf("problems", "?asOf=2009-12-30&trust=kingston")).some((r) => Number(r.problem_id) === added.id)).toBe(false);
    const row = (await rowsOf("problems", "?asOf=2010-01-01&trust=kingston")).find((r) => Number(r.problem_id) === added.id)!;
    expect(row.description).toBe(`'${description}`);
    expect(row.reported_on).toBe("2009-12-01");
  });
});

describe("the filters give the same rows as the page", () => {
  it("decisions: by the date, by kind and by a trust the decisions cover", async () => {
    const cases: [string, Parameters<typeof lists.listDecisions>[1]][] = [
      ["?asOf=2008-11-15", { asOf: "2008-11-15" }],
      ["?asOf=2009-02-11", { asOf: "2009-02-11" }],
      ["?asOf=2099-12-31&kind=halt", { asOf: "2099-12-31", kind: "halt" }],
      ["?asOf=2010-06-01&trust=kingston", { asOf: "2010-06-01", trust: "kingston" }],
      ["?asOf=2010-06-01&trust=homerton", { asOf: "2010-06-01", trust: "homerton" }],
    ];
    const counts: number[] = [];
    for (const [query, filters] of cases) {
      const rows = await rowsOf("decisions", query);
      expect(idsOf(rows, "decision_id"), query).toEqual(sorted((await lists.listDecisions(analyst, filters)).map((d) => d.id)));
      counts.push(rows.length);
    }
    expect(counts[0]).toBeLessThan(counts[1]!); // the resume of February 2009 is there by 11 February
    expect((await rowsOf("decisions", "?kind=halt")).every((r) => r.kind === "halt")).toBe(true);
    expect((await rowsOf("decisions", "?asOf=2010-06-01&trust=kingston")).some((r) => r.decision_key === "kingston-autumn-2009-03")).toBe(true);
    expect((await rowsOf("decisions", "?asOf=2010-06-01&trust=homerton")).some((r) => r.decision_key === "halt-2008-10")).toBe(false);
    // a trust the record does not have is a message, not an empty file that looks like an answer
    await actAs("analyst@example.nhs.uk");
    for (const name of ["decisions", "problems", "plan-history", "promises"]) {
      await expectRefused(`${name}.csv`, "?asOf=2010-06-01&trust=no-such-trust", 'No trust has the key "no-such-trust"');
    }
  });

  it("problems: by the date reported and by trust", async () => {
    const cases: Filters[] = [
      { asOf: "2008-05-31" },
      { asOf: "2008-12-31" },
      { asOf: "2099-12-31", trust: "royal-free" },
      { asOf: "2008-10-31", trust: "royal-free" },
    ];
    for (const filters of cases) {
      const rows = await rowsOf("problems", query(filters));
      expect(idsOf(rows, "problem_id"), JSON.stringify(filters)).toEqual(sorted((await lists.listProblems(analyst, filters)).map((p) => p.id)));
      if (filters.trust) expect(rows.every((r) => r.trust!.startsWith("Royal Free"))).toBe(true);
    }
    expect((await rowsOf("problems", "?asOf=2008-05-31")).length).toBeLessThan((await rowsOf("problems", "?asOf=2008-12-31")).length);
  });

  it("contract events and contracts: by the date the event occurred, once it was known (or with hindsight)", async () => {
    for (const asOf of ["2003-11-30", "2009-01-22", "2009-01-23", "2099-12-31"]) {
      for (const hindsight of [false, true]) {
        const page = await lists.listContracts(analyst, { asOf, hindsight });
        const q = `?asOf=${asOf}${hindsight ? "&view=hindsight" : ""}`;
        const events = await rowsOf("contract-events", q);
        expect(idsOf(events, "event_id"), q).toEqual(sorted(page.flatMap((c) => c.events.map((e) => e.id))));
        const contracts = await rowsOf("contracts", q);
        expect(
          contracts.map((r) => [Number(r.contract_id), Number(r.events)]),
          q,
        ).toEqual(page.map((c) => [c.id, c.events.length]));
      }
    }
    // BT pre-announced the charge on 22 January 2009; the record's first report of it is Computer Weekly's of 23 January.
    const writeOff = (q: string) => rowsOf("contract-events", q).then((rows) => rows.find((r) => r.kind === "write_off"));
    expect(await writeOff("?asOf=2009-01-21&view=hindsight")).toBeUndefined();
    expect(await writeOff("?asOf=2009-01-22")).toBeUndefined();
    expect((await writeOff("?asOf=2009-01-22&view=hindsight"))?.known_from).toBe("2009-01-23");
    expect((await writeOff("?asOf=2009-01-23"))?.known_from).toBe("2009-01-23");
  });

  it("payments: as at the date or undated, and by trust directly or through its go-live", async () => {
    const cases: Filters[] = [
      { asOf: "2008-12-31" },
      { asOf: "2009-01-15" },
      { asOf: "2009-03-01" },
      { asOf: "2099-12-31", trust: "royal-free" },
      { asOf: "2099-12-31", trust: "kingston" },
    ];
    for (const filters of cases) {
      const rows = await rowsOf("payments", query(filters));
      expect(idsOf(rows, "payment_id"), JSON.stringify(filters)).toEqual(sorted((await lists.listPayments(analyst, filters)).map((p) => p.id)));
    }
    // The £191m earned "in four years" (as at 2008) is reported in the record in 2009, stored as the year: known from its end.
    expect((await rowsOf("payments", "?asOf=2009-01-15")).map((r) => r.kind)).toEqual([]);
    expect((await rowsOf("payments", "?asOf=2009-01-15&view=hindsight")).map((r) => r.kind)).toEqual(["earned_to_date"]);
    expect((await rowsOf("payments", "?asOf=2010-01-15")).map((r) => r.kind)).toContain("earned_to_date");
    expect((await rowsOf("payments", "?asOf=2009-03-01&trust=royal-free")).map((r) => r.kind).sort()).toEqual(["deployment_charge", "service_charge"]);
  });

  it("sources: published by the date, or undated", async () => {
    for (const asOf of ["2006-01-01", "2009-02-11", "2099-12-31"]) {
      const rows = await rowsOf("sources", `?asOf=${asOf}`);
      expect(idsOf(rows, "source_id"), asOf).toEqual(sorted((await lists.listSourcesKnownBy(analyst, { asOf })).map((s) => s.id)));
    }
    expect((await rowsOf("sources", "?asOf=2006-01-01")).length).toBeLessThan((await rowsOf("sources", "?asOf=2099-12-31")).length);
  });

  it("trusts: every trust at every date, as the trusts page lists them", async () => {
    const page = sorted((await lists.listTrusts(analyst)).map((t) => t.id));
    expect(idsOf(await rowsOf("trusts", "?asOf=2006-01-01"), "trust_id")).toEqual(page);
    expect(idsOf(await rowsOf("trusts", ""), "trust_id")).toEqual(page);
  });

  it("refuses a wrong kind, trust or date with what to fix", async () => {
    await actAs("analyst@example.nhs.uk");
    await expectRefused("decisions.csv", "?kind=HALTED", "Choose a kind of decision from: halt, resume");
    await expectRefused("payments.csv", "?trust=Royal%20Free", "Choose a trust from the list");
    expect((await download("sources.csv", "?asOf=2009-02-30")).status).toBe(400);
  });
});

describe("downloads", () => {
  it("carry a byte-order mark unless asked not to", async () => {
    await actAs("analyst@example.nhs.uk");
    for (const name of NEW_EXPORTS) {
      const withBom = Buffer.from(await (await download(`${name}.csv`)).arrayBuffer());
      expect([...withBom.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
      const without = Buffer.from(await (await download(`${name}.csv`, "?bom=0")).arrayBuffer());
      expect(without.subarray(0, EXPORTS[name]!.columns[0]!.name.length).toString("utf8"), name).toBe(EXPORTS[name]!.columns[0]!.name);
      expect(parse(without.toString("utf8"), { columns: true })).toEqual(parseCsv(withBom.toString("utf8")));
    }
  });

  it("only analysts may download them", async () => {
    for (const [email, status] of [
      [null, 401],
      ["viewer@example.nhs.uk", 403],
      ["manager@example.nhs.uk", 403],
      ["board@example.nhs.uk", 403],
      ["admin@example.nhs.uk", 403],
      ["analyst@example.nhs.uk", 200],
    ] as const) {
      await actAs(email);
      for (const name of NEW_EXPORTS) {
        for (const ext of ["csv", "xlsx"]) expect((await download(`${name}.${ext}`)).status, `${email} ${name}.${ext}`).toBe(status);
      }
      expect((await goLivesXlsx(new Request("http://localhost/exports/go-lives.xlsx"))).status, `${email} go-lives.xlsx`).toBe(status);
    }
  });

  it("each is the same data as a workbook, with a second sheet listing the sources", async () => {
    await actAs("analyst@example.nhs.uk");
    const sourceCount = await db.source.count();
    for (const name of NEW_EXPORTS) {
      const csv = parse(await (await download(`${name}.csv`, EVERYTHING)).text(), { bom: true }) as string[][];
      const response = await download(`${name}.xlsx`, EVERYTHING);
      expect(response.headers.get("content-type"), name).toContain("spreadsheetml");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
      // XML keeps a line break inside a cell as LF, where the CSV has CRLF
      expect(sheetValues(workbook.worksheets[0]!, csv[0]!.length), name).toEqual(csv.map((r) => r.map((v) => v.replace(/\r\n?/g, "\n"))));
      const sources = workbook.getWorksheet("Sources");
      expect(sources, name).toBeDefined();
      expect(sources!.rowCount - 1, name).toBe(sourceCount);
    }
  });

  it("the overview's workbook has the same rows as its CSV, and the sources", async () => {
    await actAs("analyst@example.nhs.uk");
    for (const query of ["?asOf=2010-06-01", "?asOf=2009-02-11&status=next-in-line"]) {
      const csv = parse(await (await goLivesCsv(new Request(`http://localhost/exports/go-lives.csv${query}`))).text(), { bom: true }) as string[][];
      const response = await goLivesXlsx(new Request(`http://localhost/exports/go-lives.xlsx${query}`));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toContain(`london-cerner-go-lives-${query.slice(6, 16)}.xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
      expect(sheetValues(workbook.worksheets[0]!, csv[0]!.length), query).toEqual(csv);
      expect(workbook.getWorksheet("Sources")!.rowCount - 1).toBe(await db.source.count());
    }
    const bad = await goLivesXlsx(new Request("http://localhost/exports/go-lives.xlsx?asOf=11-02-2009"));
    expect(bad.status).toBe(400);
  });
});

/**
 * A sheet's cells as the text a CSV of it would hold: a date cell as its ISO day (an instant as ISO 8601), a number as
 * its digits, and text with the CSV's formula guard added (the workbook holds the text as it is, decision 026).
 */
function sheetValues(sheet: ExcelJS.Worksheet, width: number): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(
      Array.from({ length: width }, (_, i) => {
        const cell = row.getCell(i + 1);
        const value = cell.value;
        if (value === null || value === undefined) return "";
        if (value instanceof Date) return /h/.test(cell.numFmt ?? "") ? value.toISOString() : value.toISOString().slice(0, 10);
        return typeof value === "string" ? neutraliseCell(value) : String(value);
      }),
    );
  });
  return rows;
}
