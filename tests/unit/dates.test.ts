import { describe, expect, it } from "vitest";
import { certainFrom, daysBetween, daysBetweenPartial, formatIsoDate, formatPartialDate, intervalOf, parseIsoDate, toIsoDate } from "@/lib/domain/dates";
import { day, month, quarter, year } from "./fixtures/seed-record";

describe("intervalOf: the days a partial date allows", () => {
  it.each([
    ["a day is just that day", day("2007-07-19"), "2007-07-19", "2007-07-19"],
    ["November 2007 runs from 1 to 30 November", month("2007-11-01"), "2007-11-01", "2007-11-30"],
    ["a 31-day month ends on the 31st", month("2008-08-01"), "2008-08-01", "2008-08-31"],
    ["February 2008 (a leap year) ends on the 29th", month("2008-02-01"), "2008-02-01", "2008-02-29"],
    ["February 2009 ends on the 28th", month("2009-02-01"), "2009-02-01", "2009-02-28"],
    ["February 2100 (a century, not a leap year) ends on the 28th", month("2100-02-01"), "2100-02-01", "2100-02-28"],
    ["autumn 2009 as a quarter from 1 September runs to 30 November", quarter("2009-09-01"), "2009-09-01", "2009-11-30"],
    ["a quarter from December crosses into the next year and keeps February's length", quarter("2007-12-01"), "2007-12-01", "2008-02-29"],
    ["2007 as a year runs to 31 December 2007", year("2007-01-01"), "2007-01-01", "2007-12-31"],
  ])("%s", (_, date, start, end) => {
    expect(intervalOf(date)).toEqual({ start, end });
  });

  it("the fact is certainly past from the end of its period", () => {
    expect(certainFrom(month("2008-10-01"))).toBe("2008-10-31");
    expect(certainFrom(day("2009-02-11"))).toBe("2009-02-11");
    expect(certainFrom(year("2007-01-01"))).toBe("2007-12-31");
  });

  it("a malformed stored date is refused rather than guessed", () => {
    expect(() => intervalOf({ date: "2009-02-30", precision: "DAY" })).toThrow(RangeError);
  });
});

describe("formatPartialDate: dates in the NHS content style", () => {
  it("a day reads '15 June 2008'", () => {
    expect(formatPartialDate(day("2008-06-15"))).toBe("15 June 2008");
  });

  it("a single-digit day has no leading zero: '8 December 2007'", () => {
    expect(formatPartialDate(day("2007-12-08"))).toBe("8 December 2007");
    expect(formatIsoDate("2007-12-08")).toBe("8 December 2007");
  });

  it("a month reads 'June 2008', never '1 June 2008'", () => {
    expect(formatPartialDate(month("2008-06-01"))).toBe("June 2008");
  });

  it("a quarter within one year reads 'September to November 2009'", () => {
    expect(formatPartialDate(quarter("2009-09-01"))).toBe("September to November 2009");
  });

  it("a quarter across a new year names both years", () => {
    expect(formatPartialDate(quarter("2008-11-01"))).toBe("November 2008 to January 2009");
  });

  it("a year reads '2007'", () => {
    expect(formatPartialDate(year("2007-01-01"))).toBe("2007");
  });
});

describe("daysBetweenPartial: the range of days two partial dates allow", () => {
  it("two days give one exact number", () => {
    expect(daysBetweenPartial(day("2008-05-27"), day("2008-07-14"))).toEqual({ min: 48, max: 48 });
  });

  it("Kingston: planned November 2008, live 30 November 2009 is 365 to 394 days late", () => {
    expect(daysBetweenPartial(month("2008-11-01"), day("2009-11-30"))).toEqual({ min: 365, max: 394 });
  });

  it("Imperial: 27 May 2008 to August 2008 is 66 to 96 days", () => {
    expect(daysBetweenPartial(day("2008-05-27"), month("2008-08-01"))).toEqual({ min: 66, max: 96 });
  });

  it("a year to the next year is 1 to 730 days (2008 is a leap year)", () => {
    expect(daysBetweenPartial(year("2007-01-01"), year("2008-01-01"))).toEqual({ min: 1, max: 730 });
  });

  it("a day inside a month can be before or after it: the range straddles zero", () => {
    expect(daysBetweenPartial(month("2008-11-01"), day("2008-11-15"))).toEqual({ min: -15, max: 14 });
  });

  it("daysBetween counts calendar days and is negative backwards", () => {
    expect(daysBetween("2008-02-28", "2008-03-01")).toBe(2);
    expect(daysBetween("2009-02-28", "2009-03-01")).toBe(1);
    expect(daysBetween("2009-03-01", "2009-02-28")).toBe(-1);
  });
});

describe("parseIsoDate: only real dates written YYYY-MM-DD", () => {
  it("accepts 2009-02-11 as 11 February 2009 in local time", () => {
    const date = parseIsoDate("2009-02-11");
    expect(date).not.toBeNull();
    expect([date!.getFullYear(), date!.getMonth(), date!.getDate()]).toEqual([2009, 1, 11]);
    expect(toIsoDate(date!)).toBe("2009-02-11");
  });

  it("accepts 29 February in a leap year", () => {
    expect(parseIsoDate("2008-02-29")).not.toBeNull();
  });

  it("rejects 29 February in a common year", () => {
    expect(parseIsoDate("2009-02-29")).toBeNull();
  });

  it("rejects 2009-02-30 instead of rolling it into March", () => {
    expect(parseIsoDate("2009-02-30")).toBeNull();
  });

  it("rejects month 13 and day 00", () => {
    expect(parseIsoDate("2009-13-01")).toBeNull();
    expect(parseIsoDate("2009-01-00")).toBeNull();
  });

  it("rejects '2009-2-1' without leading zeros", () => {
    expect(parseIsoDate("2009-2-1")).toBeNull();
  });

  it("rejects other shapes: '11/02/2009', a time, padding, words", () => {
    for (const value of ["11/02/2009", "2009-02-11T00:00:00Z", " 2009-02-11", "2009-02-11 ", "yesterday", ""]) {
      expect(parseIsoDate(value), value).toBeNull();
    }
  });
});
