import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { neutraliseCell, toCsv, UTF8_BOM, type CsvCell } from "@/lib/domain/csv";

/** Parse as a strict reader would: CRLF records, BOM stripped. */
const readBack = (csv: string, recordDelimiter: string | undefined = "\r\n"): string[][] =>
  parse(csv, { bom: true, record_delimiter: recordDelimiter, relax_column_count: false }) as string[][];

describe("toCsv writes what an RFC 4180 reader reads back", () => {
  const header = ["Trust", "Note", "Cost"];
  const rows: CsvCell[][] = [
    ["Queen Mary's Sidcup NHS Trust", 'BT said "on track"', "£4,676,000"],
    ["Royal Free Hampstead NHS Trust", "crashes, lost appointments", "£33,644 a month"],
    ["St George's", "line one\nline two", "x"],
    ["Barts", "windows\r\nbreak", "y"],
    ["Kingston", "old Mac\rbreak", "z"],
    ["Hôpital Saint-Érasme", "Cerner’s build — “LC1” ✓ 日本", "€1"],
    ["  padded  ", " leading", "trailing "],
  ];
  const csv = toCsv(header, rows);

  it("parses back cell for cell: quotes, commas, newlines, apostrophes, pounds and non-ASCII", () => {
    expect(readBack(csv)).toEqual([header, ...rows]);
  });

  it("a reader that splits on any line break still gets the same rows: line breaks in cells are quoted", () => {
    // Excel and many readers treat a bare LF or CR as the end of a row.
    expect(csv).toContain('"line one\nline two"');
    expect(csv).toContain('"windows\r\nbreak"');
    expect(csv).toContain('"old Mac\rbreak"');
    expect(parse(csv, { bom: true, record_delimiter: ["\r\n", "\n", "\r"] })).toEqual([header, ...rows]);
  });

  it("doubles embedded quotes and quotes cells with commas", () => {
    expect(csv).toContain('"BT said ""on track"""');
    expect(csv).toContain('"£4,676,000"');
    expect(csv).toContain("Queen Mary's Sidcup NHS Trust,");
  });

  it("keeps leading and trailing spaces by quoting them", () => {
    expect(csv).toContain('"  padded  "');
    expect(csv).toContain('" leading"');
  });

  it("starts with a UTF-8 byte-order mark by default", () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).startsWith("Trust,Note,Cost\r\n")).toBe(true);
  });

  it("has no byte-order mark with { bom: false }", () => {
    const plain = toCsv(["a"], [["b"]], { bom: false });
    expect(plain).toBe("a\r\nb\r\n");
    expect(plain.charCodeAt(0)).toBe("a".charCodeAt(0));
  });

  it("ends every record, the last included, with CRLF", () => {
    const plain = toCsv(
      ["Trust", "Status"],
      [
        ["Barnet", "Live"],
        ["Kingston", "Halted"],
      ],
      { bom: false },
    );
    expect(plain).toBe("Trust,Status\r\nBarnet,Live\r\nKingston,Halted\r\n");
    expect(plain.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("writes null and undefined as empty cells", () => {
    expect(toCsv(["a", "b", "c"], [[null, undefined, "x"]], { bom: false })).toBe("a,b,c\r\n,,x\r\n");
  });
});

describe("toCsv neutralises text a spreadsheet would run as a formula", () => {
  const dangerous = ["=SUM(A1:A2)", "+44 20 7946 0000", "-12 days", "@cmd", "\tTAB", "\rCR", '=HYPERLINK("http://x","y")'];

  it.each(dangerous)("%j comes back with a leading apostrophe", (cell) => {
    const [, row] = readBack(toCsv(["Cell"], [[cell]]));
    expect(row).toEqual([`'${cell}`]);
  });

  it("a negative number stays a number: -12 is not neutralised", () => {
    const csv = toCsv(["Slip min", "Slip max", "Cost"], [[-12, 394, 4676000]], { bom: false });
    expect(csv).toBe("Slip min,Slip max,Cost\r\n-12,394,4676000\r\n");
    expect(readBack(csv)[1]).toEqual(["-12", "394", "4676000"]);
  });

  it("text that only contains a formula character later is left alone", () => {
    expect(readBack(toCsv(["a"], [["1+1=2"], ["a@b.nhs.uk"], ["2009-02-11"]]))).toEqual([["a"], ["1+1=2"], ["a@b.nhs.uk"], ["2009-02-11"]]);
  });

  it("header cells are neutralised too", () => {
    expect(readBack(toCsv(["=1+1"], []))).toEqual([["'=1+1"]]);
  });

  it("neutraliseCell prefixes only the dangerous first characters", () => {
    expect(neutraliseCell("=1")).toBe("'=1");
    expect(neutraliseCell("-1")).toBe("'-1");
    expect(neutraliseCell("Kingston")).toBe("Kingston");
    expect(neutraliseCell("")).toBe("");
  });
});
