import { describe, expect, it } from "vitest";
import { citedOn, isPublishedBy } from "@/lib/domain/knowledge";

const cw = { key: "cw-2009-02-11", published: { date: "2009-02-11", precision: "DAY" as const } };
const ehiMarch = { key: "ehi-2009-03", published: { date: "2009-03-01", precision: "MONTH" as const } };
const may2014 = { key: "ehi-2014-05", published: { date: "2014-05-01", precision: "MONTH" as const } };
const undated = { key: "minutes", published: null };

describe("which sources a page for a date cites", () => {
  it("a report of 11 February 2009 is cited on that day, not the day before", () => {
    expect(isPublishedBy(cw, "2009-02-10")).toBe(false);
    expect(isPublishedBy(cw, "2009-02-11")).toBe(true);
  });

  it("a source known only as March 2009 is cited from 31 March 2009", () => {
    expect(isPublishedBy(ehiMarch, "2009-03-30")).toBe(false);
    expect(isPublishedBy(ehiMarch, "2009-03-31")).toBe(true);
  });

  it("a source published in May 2014 is not cited as of 2009-02-11, and is counted as later", () => {
    expect(citedOn([cw, may2014, undated], "2009-02-11")).toEqual({ cited: [cw, undated], later: 1 });
    expect(citedOn([cw, may2014], "2014-06-01")).toEqual({ cited: [cw, may2014], later: 0 });
  });
});
