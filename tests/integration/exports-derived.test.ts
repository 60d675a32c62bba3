// The exports the rules derive (decision 021): the milestone trends, the promises ledger and its scores, the
// exceptions, the overview's go-lives and ratings, what each decision cost and the baseline comparison. Each parsed back with an independent CSV parser and compared with its page's data function, for the
// same filters; the workbooks hold the same rows and a Sources sheet; only analysts download them; bad filters are
// refused with what to fix. Sets a tolerance, so it has a database of its own.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { download, expectRefused } from "./support/export-route";
import { startFreshDatabase } from "./support/fresh-database";
import { actAs } from "./support/next-request";
import { testActor } from "../support/people";
import { DERIVED_EXPORTS } from "@/lib/exports/derived";
import { loadPromises } from "@/lib/data/promises";
import { getOverview } from "@/lib/data/overview";
import { loadProgrammeCosts } from "@/lib/data/board";
import { loadComparison } from "@/lib/data/baselines";
import { parseOverviewQuery } from "@/lib/validation/overview";
import { parseView } from "@/lib/validation/as-of";
import { loadMilestoneTrends } from "@/lib/data/trends";

const { db } = await startFreshDatabase();
const analyst = testActor("analyst");
const csvOf = async (file: string, query: string) => {
  await actAs(analyst.email);
  const response = await download(file, query);
  expect(response.status, `${file}${query}: ${response.status === 200 ? "" : await response.clone().text()}`).toBe(200);
  // a UTF-8 byte-order mark for Excel (Response.text() would drop it)
  const bytes = Buffer.from(await response.clone().arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8");
  return { response, rows: parse(text, { bom: true, columns: true }) as Record<string, string>[] };
};

describe("the promises ledger and its scores", () => {
  it("gives the page's rows for the same date and filters, with the columns the dictionary documents", async () => {
    const { response, rows } = await csvOf("promises.csv", "?asOf=2010-06-01&trust=kingston");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="london-cerner-promises-2010-06-01.csv"');
    expect(response.headers.get("X-Export-Format-Version")).toBe("1");
    expect(Object.keys(rows[0]!)).toEqual(DERIVED_EXPORTS.promises!.columns.map((c) => c.name));
    const ledger = await loadPromises(analyst, "2010-06-01");
    const kingston = ledger.rows.filter((r) => r.trusts.some((t) => t.slug === "kingston"));
    expect(rows.map((r) => r.promise_key)).toEqual(kingston.map((r) => r.key));
    expect(rows.map((r) => [r.due_words, r.outcome, r.made_by, r.made_by_kind])).toEqual([
      ["late November 2008", "broken", "BT", "supplier"],
      ["April 2009 at the earliest", "superseded", "", ""],
      ["September 2009", "broken", "", ""],
      ["autumn 2009", "kept", "Kingston Hospital NHS Trust board", "trust"],
      ["30 November 2009", "kept", "", ""],
    ]);
    expect(rows[3]).toMatchObject({
      due_start: "2009-09-01",
      due_end: "2009-11-30",
      due_precision: "quarter",
      settled_on: "2009-11-30",
      certainty: "single_source",
      as_of: "2010-06-01",
    });
    expect(rows.every((r) => r.sources?.startsWith("https://"))).toBe(true);
    const broken = (await csvOf("promises.csv", "?asOf=2010-06-01&outcome=broken")).rows;
    expect(broken.length).toBe(ledger.rows.filter((r) => r.outcome === "BROKEN").length);
    expect(broken.every((r) => r.outcome === "broken")).toBe(true);
  });

  it("scores: every promise, by kind of maker, by maker and by trust, with the counts behind each figure", async () => {
    const { rows } = await csvOf("promise-scores.csv", "?asOf=2010-06-01");
    expect(rows[0]).toMatchObject({ grouped_by: "all", group: "All promises" });
    expect(rows.find((r) => r.grouped_by === "maker" && r.group === "BT")).toMatchObject({
      group_kind: "supplier",
      promises: "1",
      broken: "1",
      settled: "1",
      share_kept: "0",
      median_days_late: "",
      met: "0",
    });
    expect(rows.find((r) => r.grouped_by === "trust" && r.trust_slug === "kingston")).toMatchObject({
      promises: "5",
      kept: "2",
      settled: "5",
      share_kept: "0.4",
    });
  });

  it("refuses filters it cannot read, saying what to fix", async () => {
    await actAs(analyst.email);
    await expectRefused("promises.csv", "?asOf=2010-06-01&outcome=nonsense", "outcome: Choose an outcome from the list");
    await expectRefused("promises.xlsx", "?asOf=2010-06-01&trust=no-such-trust", 'trust: No trust has the key "no-such-trust"');
  });
});

describe("the milestone trends", () => {
  it("one row per go-live and reporting date, as the page draws them", async () => {
    const { rows } = await csvOf("trends.csv", "?asOf=2010-06-01&interval=quarter&trust=kingston");
    const page = await loadMilestoneTrends(analyst, { asOf: "2010-06-01", interval: "quarter", trusts: ["kingston"] });
    expect(rows.length).toBe(page.trends.reduce((n, t) => n + t.points.length, 0));
    expect(rows.map((r) => [r.reporting_date, r.forecast_words || r.note])).toEqual([
      ["2008-12-31", "April 2009 at the earliest"],
      ["2009-03-31", "autumn 2009"],
      ["2009-06-30", "autumn 2009"],
      ["2009-09-30", "September 2009"],
      ["2009-12-31", "Live"],
      ["2010-03-31", "Live"],
    ]);
    expect(rows[0]).toMatchObject({
      trust_slug: "kingston",
      status: "halted",
      forecast_start: "2009-04-01",
      forecast_end: "2009-04-30",
      forecast_precision: "month",
      overdue: "false",
      went_live_start: "2009-11-30",
      went_live_precision: "day",
      interval: "quarter",
    });
  });

  it("refuses an interval or trust it does not know", async () => {
    await actAs(analyst.email);
    await expectRefused("trends.csv", "?interval=weekly&trust=no-such-trust", /Choose how often to read the forecasts/);
  });
});

describe("the exceptions", () => {
  it("lists Kingston outside tolerance from 31 December 2008 with hindsight, and none as it stood before the tolerance was recorded", async () => {
    await db.tolerance.create({
      data: {
        key: "test-slip",
        kind: "SLIP",
        slipDays: 90,
        baselineOn: new Date("2008-10-30"),
        agreedOn: new Date("2008-11-01"),
        reason: "Test",
        setById: "t",
        setByEmail: "board@example.nhs.uk",
      },
    });
    const { rows, response } = await csvOf("exceptions.csv", "?asOf=2009-02-11&view=hindsight");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="london-cerner-exceptions-2009-02-11-hindsight.csv"');
    expect(rows.find((r) => r.trust_slug === "kingston")).toMatchObject({
      kind: "slip",
      state: "open",
      since: "2008-12-31",
      since_when_recorded: "false",
      slip_days_min: "122",
      slip_days_max: "180",
      programme_wide: "true",
      tolerance_key: "test-slip",
      view: "hindsight",
    });
    expect((await csvOf("exceptions.csv", "?asOf=2009-02-11")).rows).toEqual([]);
  });

  it("the workbook holds the same rows and the sources", async () => {
    await actAs(analyst.email);
    const response = await download("exceptions.xlsx", "?asOf=2009-02-11&view=hindsight");
    expect(response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet("Exceptions")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(DERIVED_EXPORTS.exceptions!.columns.map((c) => c.name));
    const { rows } = await csvOf("exceptions.csv", "?asOf=2009-02-11&view=hindsight");
    expect(sheet.rowCount - 1).toBe(rows.length);
    expect(book.getWorksheet("Sources")!.rowCount).toBe((await db.source.count()) + 1);
  });
});

describe("who may download them", () => {
  for (const [who, email, status] of [
    ["nobody", null, 401],
    ["a viewer", "viewer@example.nhs.uk", 403],
    ["a board member", "board@example.nhs.uk", 403],
    ["an analyst", analyst.email, 200],
  ] as const) {
    it(`${who} gets ${status}`, async () => {
      await actAs(email);
      for (const name of Object.keys(DERIVED_EXPORTS)) {
        // the comparison needs its baseline: here the record the day before the October 2008 halt
        const query = name === "baseline-comparison" ? "?on=2008-10-30&asOf=2010-06-01" : "?asOf=2010-06-01";
        expect((await download(`${name}.csv`, query)).status, name).toBe(status);
      }
    });
  }
});

describe("the overview's go-lives and their ratings", () => {
  it("the go-lives file sends its format version, as every export does", async () => {
    const { response, rows } = await csvOf("go-lives.csv", "?asOf=2009-02-11");
    expect(response.headers.get("X-Export-Format-Version")).toBe(String(DERIVED_EXPORTS["go-lives"]!.version));
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="london-cerner-go-lives-2009-02-11.csv"');
    expect(rows.find((r) => r.trust?.startsWith("Kingston"))?.status).toBe("next_in_line");
  });

  it("gives each go-live's rating and reasons as the overview has them, for the same date and filters", async () => {
    // 15 January 2009: the October 2008 halt in force, as it stood (it was reported in December)
    const { response, rows } = await csvOf("ratings.csv", "?asOf=2009-01-15&status=halted");
    expect(response.headers.get("X-Export-Format-Version")).toBe("1");
    expect(Object.keys(rows[0]!)).toEqual(DERIVED_EXPORTS.ratings!.columns.map((c) => c.name));
    const overview = await getOverview(analyst, parseOverviewQuery({ asOf: "2009-01-15", status: "halted" }), { allRows: true });
    expect(overview.rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => [Number(r.go_live_id), r.status, r.rating, r.reasons])).toEqual(
      overview.rows.map((o) => [o.goLiveId, "halted", o.rating!.rating.toLowerCase(), o.rating!.reasons.join(" | ")]),
    );
    expect(rows.every((r) => r.rating !== "" && r.reasons !== "" && r.as_of === "2009-01-15" && r.view === "as_it_stood")).toBe(true);
  });

  it("refuses a filter the overview refuses, saying what to fix", async () => {
    await actAs(analyst.email);
    await expectRefused("ratings.csv", "?status=bogus", /^The export could not be made\. status: /);
  });
});

describe("what each decision cost", () => {
  it("has a row for each go-live a decision held and each charge that moved, as /board/costs works them out", async () => {
    const { rows } = await csvOf("decision-costs.csv", "?asOf=2010-06-01");
    const { costs } = await loadProgrammeCosts(analyst, parseView("2010-06-01", undefined).view);
    const expected = costs.flatMap((c) =>
      c.goLives.flatMap((g) => (g.payments.length ? g.payments : [null]).map((p) => [c.decision.key, g.goLiveId, g.days, p?.payment.id ?? null])),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((r) => [r.decision_key, Number(r.go_live_id), Number(r.days_held), r.payment_id === "" ? null : Number(r.payment_id)])).toEqual(expected);
    // a go-live with no charge in the record says so with empty cells, never a made-up zero
    for (const r of rows.filter((r) => r.payment_id === ""))
      expect([r.charge, r.amount_moved_min, r.amount_moved_max, r.price_basis]).toEqual(["", "", "", ""]);
    for (const r of rows.filter((r) => r.payment_id !== "")) expect(Number(r.amount_moved_max)).toBeGreaterThanOrEqual(Number(r.amount_moved_min));
  });

  it("writes the money as numbers and the dates as dates in the workbook", async () => {
    await actAs(analyst.email);
    const response = await download("decision-costs.xlsx", "?asOf=2010-06-01");
    expect(response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    const names = (sheet.getRow(1).values as unknown[]).slice(1);
    const at = (name: string) => names.indexOf(name) + 1;
    const { rows: csv } = await csvOf("decision-costs.csv", "?asOf=2010-06-01");
    expect(sheet.rowCount - 1).toBe(csv.length);
    csv.forEach((r, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(at("days_held")).value).toBe(Number(r.days_held));
      // money as a number where the record gives a charge; an empty cell (not known) where it gives none
      expect(row.getCell(at("amount_moved_min")).value).toBe(r.amount_moved_min === "" ? null : Number(r.amount_moved_min));
    });
    expect(sheet.getRow(2).getCell(at("effective_from")).value).toBeInstanceOf(Date);
  });
});

describe("the baseline comparison", () => {
  it("holds every page's go-lives, each against the baseline as the page shows it", async () => {
    const { response, rows } = await csvOf("baseline-comparison.csv", "?on=2008-10-30&asOf=2010-06-01");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="london-cerner-baseline-comparison-on-2008-10-30-2010-06-01.csv"');
    const pages = [];
    for (let page = 1; ; page++) {
      const result = await loadComparison(analyst, { on: "2008-10-30", asOf: "2010-06-01", page });
      if ("notFound" in result) throw new Error("the baseline is the record on a date: it is always found");
      pages.push(...result.comparison.rows);
      if (page >= result.pageCount) break;
    }
    expect(pages.length).toBeGreaterThan(0);
    expect(rows.map((r) => [Number(r.go_live_id), r.status, r.slip_days_min === "" ? null : Number(r.slip_days_min), r.overdue])).toEqual(
      pages.map((p) => [p.goLiveId, p.status.toLowerCase(), p.slip?.min ?? null, String(p.overdue)]),
    );
    expect(new Set(rows.map((r) => r.baseline_as_of))).toEqual(new Set(["2008-10-30"]));
  });

  it("refuses a comparison with no baseline, or with one the record does not have", async () => {
    await actAs(analyst.email);
    await expectRefused("baseline-comparison.csv", "?asOf=2010-06-01", /baseline: Choose a baseline/);
    await expectRefused("baseline-comparison.xlsx", "?baseline=no-such-baseline", /No baseline has the key "no-such-baseline"/);
  });
});
