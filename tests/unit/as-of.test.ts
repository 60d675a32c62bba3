import { afterEach, describe, expect, it, vi } from "vitest";
import { asOfInputParts, asOfSchema, dateInputsInAddress, EARLIEST_AS_OF, LATEST_AS_OF, parseAsOf } from "@/lib/validation/as-of";

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
    ["11-02-2009", "Enter the date as year, month and day, for example 2009-02-11"],
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

describe("the as-of date input: asOf-day, asOf-month and asOf-year in the address", () => {
  const read = (query: string) => {
    const result = dateInputsInAddress(new URLSearchParams(query));
    return result ? { redirect: result.redirect, search: result.search.toString() } : null;
  };

  it("an address without them is left alone", () => {
    expect(read("asOf=2009-02-11&trust=kingston&filter-trust=x")).toBeNull();
  });

  it("every date input of a GET form is read the same way, and one wrong date keeps them all as typed", () => {
    expect(read("from-day=1&from-month=10&from-year=2008&to-day=11&to-month=2&to-year=2009&view=hindsight")).toEqual({
      redirect: true,
      search: "from=2008-10-01&to=2009-02-11&view=hindsight",
    });
    expect(read("from-day=1&from-month=10&from-year=2008&to-day=30&to-month=2&to-year=2009")).toEqual({
      redirect: false,
      search: "from=2008-10-01&to=30%2F2%2F2009",
    });
  });

  it("a real date goes on as ?asOf=YYYY-MM-DD, where the parts stood, replacing an old asOf", () => {
    expect(read("trust=kingston&asOf-day=11&asOf-month=2&asOf-year=2009&view=hindsight")).toEqual({
      redirect: true,
      search: "trust=kingston&asOf=2009-02-11&view=hindsight",
    });
    expect(read("asOf=2008-01-01&asOf-day=1&asOf-month=Jun&asOf-year=2010")).toEqual({ redirect: true, search: "asOf=2010-06-01" });
  });

  it("nothing typed is no date: the page shows today", () => {
    expect(read("asOf-day=&asOf-month=&asOf-year=&trust=kingston")).toEqual({ redirect: true, search: "trust=kingston" });
    expect(read("asOf-day=&asOf-month=&asOf-year=&asOf=2009-01-01")).toEqual({ redirect: true, search: "" });
  });

  it("anything else reaches the page as the parts typed, which parseAsOf reads with the date input's messages", () => {
    const wrong = read("asOf-day=31&asOf-month=2&asOf-year=2009");
    expect(wrong).toEqual({ redirect: false, search: "asOf=31%2F2%2F2009" });
    const asOf = new URLSearchParams(wrong!.search).get("asOf")!;
    expect(parseAsOf(asOf, TODAY)).toEqual({ asOf: TODAY, requested: "31/2/2009", error: "The date must be a real date" });
    expect(asOfInputParts(parseAsOf(asOf, TODAY))).toEqual({ day: "31", month: "2", year: "2009" });
    expect(parseAsOf(new URLSearchParams(read("asOf-day=1&asOf-month=13&asOf-year=2009")!.search).get("asOf")!, TODAY).error).toBe(
      "Month must be between 1 and 12",
    );
    expect(parseAsOf(new URLSearchParams(read("asOf-day=&asOf-month=2&asOf-year=2009")!.search).get("asOf")!, TODAY).error).toBe("The date must include a day");
    expect(parseAsOf(new URLSearchParams(read("asOf-day=1&asOf-month=1&asOf-year=1999")!.search).get("asOf")!, TODAY).error).toBe(
      "The date must be between 2000 and 2099",
    );
  });

  it("parseAsOf reads the parts typed in the order of the date input", () => {
    expect(parseAsOf("11/Feb/2009", TODAY)).toEqual({ asOf: "2009-02-11", requested: "2009-02-11", error: null });
    expect(asOfSchema.safeParse("2009-02-11")).toMatchObject({ success: true, data: "2009-02-11" });
  });

  it("a part holding a slash is kept as typed, and is not a date", () => {
    const asOf = new URLSearchParams(read("asOf-day=1/2&asOf-month=2&asOf-year=2009")!.search).get("asOf")!;
    const result = parseAsOf(asOf, TODAY);
    expect(result.error).toBe("Day must be a number between 1 and 31");
    expect(asOfInputParts(result)).toEqual({ day: "1/2", month: "2", year: "2009" });
  });

  it("the date input shows the date asked for in the address, or the date shown", () => {
    expect(asOfInputParts(parseAsOf("2009-02-11", TODAY))).toEqual({ day: "11", month: "2", year: "2009" });
    expect(asOfInputParts(parseAsOf(undefined, TODAY))).toEqual({ day: "1", month: "5", year: "2024" });
    expect(asOfInputParts(parseAsOf("2009-02-30", TODAY))).toEqual({ day: "30", month: "2", year: "2009" });
    expect(asOfInputParts(parseAsOf("yesterday", TODAY))).toEqual({ day: "", month: "", year: "" });
  });
});
