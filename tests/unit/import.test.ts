// The import's pure parts: reading a file (encoding, formulas, headers, zips) and the rules for each row.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readDateCell, editDistance } from "@/lib/import/cells";
import { cellName, looksLikeFormula, readSpreadsheet } from "@/lib/import/read-file";
import { checkRows, type ImportContext } from "@/lib/import/rows";
import { checkZip } from "@/lib/import/zip-check";
import type { DecisionFact } from "@/lib/domain/status";

const HEADER =
  "trust,scope,planned_go_live,planned_go_live_precision,planned_label,announced_on,announced_on_precision,reason,made_by,made_by_kind,certainty,sources";
const bytes = (text: string) => new TextEncoder().encode(text);

describe("reading a file", () => {
  it("reads UTF-8 with or without a byte-order mark, naming rows as the spreadsheet does", async () => {
    const text = `${HEADER}\r\nkingston,,2009-09,,,,,"Delayed — £500,000",,,confirmed,key\r\n\r\nkingston,,2009-10,,,,,Again,,,confirmed,key\r\n`;
    for (const file of [bytes(text), bytes(`\uFEFF${text}`)]) {
      const read = await readSpreadsheet(file, "rows.csv", "replans");
      expect(read.ok && read.rows.map((r) => [r.line, r.cells.reason])).toEqual([
        [2, "Delayed — £500,000"],
        [4, "Again"],
      ]);
    }
  });

  it("refuses Windows-1252 and UTF-16, saying to save as CSV UTF-8", async () => {
    const latin1 = Uint8Array.from([...bytes(`${HEADER}\nkingston,,2009,,,,,Cost `), 0xa3, ...bytes("5,,,confirmed,key\n")]);
    expect(await readSpreadsheet(latin1, "rows.csv", "replans")).toEqual({ ok: false, reason: expect.stringMatching(/not in UTF-8.*CSV UTF-8/) });
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...HEADER].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(await readSpreadsheet(utf16, "rows.csv", "replans")).toEqual({ ok: false, reason: expect.stringMatching(/UTF-16/) });
  });

  it("tells formulas from negative numbers and from an export's neutralised text", async () => {
    expect(["=1+1", "+A1", "@SUM(A1)", "-A1*2", "\tx"].map(looksLikeFormula)).toEqual([true, true, true, true, true]);
    expect(["-5", "+3.2", "Kingston", "2009-09"].map(looksLikeFormula)).toEqual([false, false, false, false]);
    const neutralised = await readSpreadsheet(bytes(`${HEADER}\nkingston,,2009,,,,,'=not a formula,,,confirmed,key\n`), "rows.csv", "replans");
    expect(neutralised.ok && neutralised.rows[0]!.cells.reason).toBe("=not a formula");
    expect(cellName(27, 4)).toBe("AB4");
  });

  it("names the missing, unknown and repeated columns, and reads past an export's own columns", async () => {
    const wrong = await readSpreadsheet(bytes("trust,trust,colour\nkingston,kingston,red\n"), "rows.csv", "replans");
    expect(wrong).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /“trust” is named twice; the column “colour” is not one of the re-plans template's; the columns “reason”, “certainty” and “sources” are missing/,
      ),
    });
    const exported = await readSpreadsheet(bytes(`plan_id,plan_number,${HEADER}\n4,2,kingston,,2009,,,,,Why,,,confirmed,key\n`), "rows.csv", "replans");
    expect(exported.ok && exported.ignoredColumns).toEqual(["plan_id", "plan_number"]);
  });

  it("refuses more than 10,000 rows, and a file named .xlsx that is not one", async () => {
    const many = `${HEADER}\n${"kingston,,2009,,,,,Why,,,confirmed,key\n".repeat(10_001)}`;
    expect(await readSpreadsheet(bytes(many), "rows.csv", "replans")).toEqual({ ok: false, reason: expect.stringMatching(/more than 10,000 rows/) });
    expect(await readSpreadsheet(bytes("hello"), "rows.xlsx", "replans")).toEqual({ ok: false, reason: expect.stringMatching(/not an Excel workbook/) });
  });
});

describe("a zip before it is opened", () => {
  async function zipOf(size: number) {
    const zip = new JSZip();
    zip.file("a.xml", new Uint8Array(size));
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }
  it("passes a small zip and refuses one that inflates past the limit", async () => {
    expect(checkZip(await zipOf(1000), { entries: 10, unzippedBytes: 1 << 20 })).toMatchObject({ ok: true, entries: 1, unzippedBytes: 1000 });
    expect(checkZip(await zipOf(4 << 20), { entries: 10, unzippedBytes: 1 << 20 })).toEqual({ ok: false, reason: expect.stringMatching(/once unpacked/) });
  });
  it("stops at the limit when the directory lies about the size", async () => {
    const bomb = await zipOf(4 << 20);
    // The central directory's uncompressed size (offset 24 of the entry) rewritten to 10 bytes.
    const view = new DataView(bomb.buffer, bomb.byteOffset);
    const directory = view.getUint32(bomb.byteLength - 22 + 16, true);
    view.setUint32(directory + 24, 10, true);
    expect(checkZip(bomb, { entries: 10, unzippedBytes: 1 << 20 })).toEqual({ ok: false, reason: expect.stringMatching(/once unpacked/) });
  });
  it("refuses too many entries", async () => {
    const zip = new JSZip();
    for (let i = 0; i < 20; i++) zip.file(`${i}.xml`, "x");
    expect(checkZip(await zip.generateAsync({ type: "uint8array" }), { entries: 10, unzippedBytes: 1 << 20 })).toEqual({
      ok: false,
      reason: expect.stringMatching(/holds 20 files/),
    });
  });
});

describe("a date cell", () => {
  it("reads the forms people write and the export's, with their precision", () => {
    expect(readDateCell("2009-09-30", "", "D")).toEqual({ value: { date: "2009-09-30", precision: "DAY" } });
    expect(readDateCell("30/09/2009", "", "D")).toEqual({ value: { date: "2009-09-30", precision: "DAY" } });
    expect(readDateCell("2009-09", "", "D")).toEqual({ value: { date: "2009-09-01", precision: "MONTH" } });
    expect(readDateCell("2009-09-01", "quarter", "D")).toEqual({ value: { date: "2009-09-01", precision: "QUARTER" } });
    expect(readDateCell("", "", "D")).toEqual({ value: null });
  });
  it("refuses impossible dates and precisions that do not fit, in words", () => {
    expect(readDateCell("2009-02-31", "", "Planned go-live date")).toEqual({
      problem: "Planned go-live date “2009-02-31” is not a real date: February 2009 has no day 31",
    });
    expect(readDateCell("2009-13", "", "D")).toEqual({ problem: "D “2009-13” has no month 13: months are 1 to 12" });
    expect(readDateCell("2009-09-15", "month", "D")).toEqual({
      problem: "D “2009-09-15” is given to the month, so it must be written as the first day of its month",
    });
    expect(readDateCell("next spring", "", "D")).toMatchObject({ problem: expect.stringMatching(/is not a date/) });
  });
  it("measures how far apart two names are", () => {
    expect(editDistance("kingstn", "kingston")).toBe(1);
  });
});

describe("the rows checked against the record", () => {
  const halt: DecisionFact = {
    id: 1,
    kind: "HALT",
    title: "All Cerner go-lives in London halted",
    decided: { date: "2008-10-01", precision: "MONTH" },
    reportedOn: null,
    scope: "ALL_LONDON",
    trustIds: [],
    liftsId: null,
  } as DecisionFact;
  const context: ImportContext = {
    today: "2026-12-07",
    trusts: [
      {
        id: 1,
        slug: "kingston",
        name: "Kingston Hospital NHS Trust",
        isRolloutTarget: true,
        goLives: [
          {
            id: 10,
            version: 3,
            scope: "Whole trust",
            plans: [{ sequence: 1, planned: { date: "2009-04-01", precision: "MONTH" }, label: null, announced: { date: "2008-12-01", precision: "MONTH" } }],
            actuals: [],
            accepted: [],
          },
        ],
        problems: [{ reported: { date: "2010-01-01", precision: "MONTH" }, description: "Appointments lost" }],
      },
      {
        id: 2,
        slug: "royal-free",
        name: "Royal Free Hampstead NHS Trust",
        isRolloutTarget: true,
        goLives: [{ id: 20, version: 1, scope: "Whole trust", plans: [], actuals: [{ date: "2008-06-15", precision: "DAY" }], accepted: [] }],
        problems: [],
      },
    ],
    sources: [{ id: 7, key: "ehi", url: "https://example.org/a", published: { date: "2009-03-01", precision: "MONTH" } }],
    decisionsFor: () => [halt],
  };
  const row = (line: number, cells: Record<string, string>) => ({
    line,
    cells: { trust: "kingston", reason: "Why", certainty: "confirmed", sources: "ehi", ...cells },
  });

  it("says what a re-plan changes, each row after the one before", () => {
    const preview = checkRows("replans", [row(2, { planned_go_live: "2009-09" }), row(3, { planned_go_live: "2009-11-30", announced_on: "2009-11" })], context);
    expect(preview.rows.map((r) => r.change)).toEqual([
      "Kingston Hospital NHS Trust (Whole trust): new plan September 2009, announced March 2009, was April 2009",
      "Kingston Hospital NHS Trust (Whole trust): new plan 30 November 2009, announced November 2009, was September 2009",
    ]);
    expect(preview.versions).toEqual({ 10: 3 });
  });

  it("explains an unknown trust, a go-live that happened, a plan announced after its date, a missing source", () => {
    const preview = checkRows(
      "replans",
      [
        row(2, { trust: "Kingstone", planned_go_live: "2009-09" }),
        row(3, { trust: "royal-free", planned_go_live: "2009-09" }),
        row(4, { planned_go_live: "2009-01", announced_on: "2009-06-01" }),
        row(5, { planned_go_live: "2009-09", sources: "https://nowhere.example" }),
        row(6, { planned_go_live: "2009-04", announced_on: "2008-12" }),
      ],
      context,
    );
    expect(preview.rows.map((r) => r.problems)).toEqual([
      ["There is no trust “Kingstone” in the record: did you mean Kingston Hospital NHS Trust (kingston)?"],
      ["Royal Free Hampstead NHS Trust (Whole trust) went live 15 June 2008, so it cannot be re-planned"],
      [expect.stringMatching(/^Announced 1 June 2009, after the date it plans \(January 2009\)/)],
      ["Source “https://nowhere.example” is not in the record: add it under Sources first, or check the address"],
      ["Already in the record as plan 1 of Kingston Hospital NHS Trust (April 2009, announced December 2008)"],
    ]);
    expect(preview.versions).toEqual({});
  });

  it("needs a reason for a go-live during a halt, and refuses a second go-live in the file", () => {
    const live = (line: number, cells: Record<string, string>) => ({ line, cells: { trust: "kingston", certainty: "confirmed", sources: "ehi", ...cells } });
    const preview = checkRows(
      "go-lives",
      [live(2, { went_live_on: "2008-11-15" }), live(3, { went_live_on: "2008-11-15", override_reason: "The board agreed" })],
      context,
    );
    expect(preview.rows[0]!.problems).toEqual([
      "A halt covered Kingston Hospital NHS Trust on 15 November 2008 (All Cerner go-lives in London halted): give the reason it went live anyway in override_reason, or check the date",
    ]);
    expect(preview.rows[1]!.problems).toEqual(["A second go-live for Kingston Hospital NHS Trust (Whole trust): row 2 records one"]);
  });

  it("says what a problem adds, and refuses a go-live the trust does not have and a problem already in the record", () => {
    const problem = (line: number, cells: Record<string, string>) => ({
      line,
      cells: { trust: "kingston", certainty: "single_source", sources: "https://example.org/a", ...cells },
    });
    const preview = checkRows(
      "problems",
      [
        problem(2, { reported_on: "2010-02", description: "Crashes after go-live", go_live_scope: "whole trust" }),
        problem(3, { reported_on: "2010-02", description: "Crashes", go_live_scope: "Phase 2" }),
        problem(4, { reported_on: "2010-01", description: "appointments lost " }),
        problem(5, { reported_on: "2010-02", description: "crashes after go-live" }),
      ],
      context,
    );
    expect(preview.rows.map((r) => r.change ?? r.problems)).toEqual([
      "Kingston Hospital NHS Trust (Whole trust): a problem reported February 2010: “Crashes after go-live”",
      ["Kingston Hospital NHS Trust has no go-live “Phase 2”: its go-lives are “Whole trust”; leave go_live_scope empty for the trust as a whole"],
      ["Already in the record: Kingston Hospital NHS Trust's problem reported January 2010 with the same description"],
      ["The same problem as row 2: the same trust, date reported and description"],
    ]);
    expect(preview.rows[0]!.payload).toMatchObject({ kind: "problems", trustId: 1, goLiveId: 10, sourceIds: [7] });
  });
});
