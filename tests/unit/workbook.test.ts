// How an export's cells become workbook cells (lib/exports/workbook.ts, decision 026): typed by the column's type,
// an imprecise date shown only as far as the record gives it, text exactly as the record holds it.
import { describe, expect, it } from "vitest";
import type { ColumnDoc } from "@/lib/exports/types";
import { dayValue, workbookWriter } from "@/lib/exports/workbook";

const col = (name: string, type: ColumnDoc["type"]): ColumnDoc => ({ name, type, meaning: "", example: "" });
const COLUMNS = [
  col("planned", "date"),
  col("planned_precision", "date precision"),
  col("amount", "decimal"),
  col("slip", "integer"),
  col("reason", "text"),
  col("at", "timestamp"),
  col("on", "date"),
];
const write = workbookWriter(COLUMNS);

describe("a workbook row", () => {
  it("writes a date as a date cell shown to the precision beside it, and a day-precise date in full", () => {
    const [planned, precision, , , , , on] = write(["2009-04-01", "month", "", "", "", "", "2009-11-30"]);
    expect(planned).toEqual({ value: new Date(Date.UTC(2009, 3, 1)), style: { numFmt: "yyyy-mm" } });
    expect(precision!.value).toBe("month");
    // no precision column beside it: a day
    expect(on).toEqual({ value: new Date(Date.UTC(2009, 10, 30)), style: { numFmt: "yyyy-mm-dd" } });
    expect(write(["2009-01-01", "year", "", "", "", "", ""])[0]!.style.numFmt).toBe("yyyy");
    expect(write(["2009-04-01", "quarter", "", "", "", "", ""])[0]!.style.numFmt).toBe('yyyy-mm" (quarter)"');
  });

  it("writes numbers as numbers, negative slips included, and leaves a cell the record does not have empty", () => {
    const [, , amount, slip] = write(["", "", "33644.5", -12, "", "", ""]);
    expect([amount!.value, slip!.value]).toEqual([33644.5, -12]);
    const empty = write(["", "", "", "", "", "", ""]);
    expect(empty.map((c) => c.value)).toEqual([null, null, null, null, null, null, null]);
  });

  it("writes formula-like text as a plain string styled as text, with no apostrophe", () => {
    for (const text of ["=1+1", "+44 20 7946 0000", "-trailing", "@cmd"]) {
      expect(write(["", "", "", "", text, "", ""])[4]).toEqual({ value: text, style: { numFmt: "@" } });
    }
  });

  it("keeps what is not a date or a number as text rather than inventing one", () => {
    const cells = write(["late 2009", "", "about £5m", "", "", "yesterday", ""]);
    expect([cells[0]!.value, cells[2]!.value, cells[5]!.value]).toEqual(["late 2009", "about £5m", "yesterday"]);
    expect([cells[0]!.style.numFmt, cells[2]!.style.numFmt, cells[5]!.style.numFmt]).toEqual(["@", "@", "@"]);
    expect(dayValue("11-02-2009")).toBeNull();
  });

  it("writes an instant as a date cell in UTC", () => {
    const at = write(["", "", "", "", "", "2026-11-25T23:41:08.123Z", ""])[5]!;
    expect(at.value).toEqual(new Date("2026-11-25T23:41:08.123Z"));
    expect(at.style.numFmt).toBe("yyyy-mm-dd hh:mm:ss");
  });
});
