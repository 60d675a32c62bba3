import { afterEach, describe, expect, it, vi } from "vitest";
import { EARLIEST_AS_OF, LATEST_AS_OF, parseAsOf } from "@/lib/validation/as-of";

const TODAY = "2024-05-01";

describe("parseAsOf: the ?asOf= date the overview is shown for", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("a missing date shows today, with no error", () => {
    expect(parseAsOf(undefined, TODAY)).toEqual({ asOf: TODAY, requested: null, error: null });
  });

  it("an empty or blank date shows today, with no error", () => {
    expect(parseAsOf("", TODAY)).toEqual({ asOf: TODAY, requested: null, error: null });
    expect(parseAsOf("   ", TODAY)).toEqual({ asOf: TODAY, requested: null, error: null });
  });

  it("without a given today, a missing date uses the clock's local date", () => {
    vi.useFakeTimers({ now: new Date(2009, 1, 11, 9, 30) });
    expect(parseAsOf(undefined)).toEqual({ asOf: "2009-02-11", requested: null, error: null });
  });

  it("a valid date passes through: 2009-02-11", () => {
    expect(parseAsOf("2009-02-11", TODAY)).toEqual({ asOf: "2009-02-11", requested: "2009-02-11", error: null });
  });

  it("29 February in a leap year is valid", () => {
    expect(parseAsOf("2008-02-29", TODAY)).toEqual({ asOf: "2008-02-29", requested: "2008-02-29", error: null });
  });

  it("the first and last dates allowed are valid", () => {
    expect(parseAsOf(EARLIEST_AS_OF, TODAY).error).toBeNull();
    expect(parseAsOf(LATEST_AS_OF, TODAY).error).toBeNull();
    expect(EARLIEST_AS_OF).toBe("2000-01-01");
  });

  it("surrounding spaces are trimmed", () => {
    expect(parseAsOf(" 2009-02-11 ", TODAY)).toEqual({ asOf: "2009-02-11", requested: "2009-02-11", error: null });
  });

  it("a repeated parameter uses the first value", () => {
    expect(parseAsOf(["2008-11-15", "2009-02-11"], TODAY).asOf).toBe("2008-11-15");
  });

  it.each([
    ["2009-02-30", "Enter a real date, for example 2009-02-11"],
    ["2009-13-01", "Enter a real date, for example 2009-02-11"],
    ["11/02/2009", "Enter the date as year, month and day, for example 2009-02-11"],
    ["2009-2-1", "Enter the date as year, month and day, for example 2009-02-11"],
    ["yesterday", "Enter the date as year, month and day, for example 2009-02-11"],
    ["1999-12-31", "Enter a date between 2000-01-01 and 2099-12-31"],
    ["2100-01-01", "Enter a date between 2000-01-01 and 2099-12-31"],
  ])("%j shows today, keeps what was typed, and says what to enter", (typed, message) => {
    const result = parseAsOf(typed, TODAY);
    expect(result).toEqual({ asOf: TODAY, requested: typed, error: message });
    expect(result.error).toMatch(/^Enter /);
  });
});
