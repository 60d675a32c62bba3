// Milestone trend analysis, worked by hand from the unit record (tests/unit/fixtures/seed-record.ts): Kingston's
// forecasts at each quarter's end of 2008 and 2009, as the record stood on each, and its go-live.
import { describe, expect, it } from "vitest";
import { milestoneTrends, reportingDates, trendMarkers, forecastWords } from "@/lib/domain/milestone-trends";
import { facts, goLiveOf, month, TRUST, trustOf } from "./fixtures/seed-record";

const kingstonOnly = { ...facts, goLives: [goLiveOf("KINGSTON")] };

describe("reporting dates", () => {
  it("are the ends of the quarters or months in the range, or the board's meetings in it", () => {
    expect(reportingDates("quarter", { from: "2008-01-01", to: "2009-12-31" })).toEqual([
      "2008-03-31",
      "2008-06-30",
      "2008-09-30",
      "2008-12-31",
      "2009-03-31",
      "2009-06-30",
      "2009-09-30",
      "2009-12-31",
    ]);
    // A range that starts inside a quarter starts with that quarter's end; one that ends inside a quarter stops before it.
    expect(reportingDates("quarter", { from: "2008-02-15", to: "2008-11-30" })).toEqual(["2008-03-31", "2008-06-30", "2008-09-30"]);
    expect(reportingDates("month", { from: "2008-01-10", to: "2008-04-30" })).toEqual(["2008-01-31", "2008-02-29", "2008-03-31", "2008-04-30"]);
    expect(reportingDates("meeting", { from: "2008-10-01", to: "2009-03-31" }, ["2009-02-11", "2008-10-31", "2009-02-11", "2010-01-01"])).toEqual([
      "2008-10-31",
      "2009-02-11",
    ]);
    expect(reportingDates("quarter", { from: "2009-01-01", to: "2008-01-01" })).toEqual([]);
  });
});

describe("Kingston's forecasts as the record stood at each quarter's end", () => {
  const [kingston] = milestoneTrends(kingstonOnly, reportingDates("quarter", { from: "2008-01-01", to: "2009-12-31" }), "2010-06-01");
  const at = (on: string) => kingston!.points.find((p) => p.on === on)!;

  it("holds late November 2008 through 2008, as a band of the whole month", () => {
    for (const on of ["2008-03-31", "2008-06-30", "2008-09-30"]) {
      expect(at(on).forecast).toEqual({ start: "2008-11-01", end: "2008-11-30", precision: "MONTH", label: "late November 2008" });
      expect(at(on).overdue).toBe(false);
    }
  });
  it("moves to April 2009 once December 2008's re-plan is known, to autumn 2009 from March 2009, then to September 2009 from July 2009", () => {
    expect(at("2008-12-31").forecast).toMatchObject({ start: "2009-04-01", end: "2009-04-30", label: "April 2009 at the earliest" });
    expect(at("2008-12-31").status).toBe("HALTED");
    // autumn 2009 is stored as the three months September to November: a band of a season, never one day
    for (const on of ["2009-03-31", "2009-06-30"]) expect(at(on).forecast).toMatchObject({ start: "2009-09-01", end: "2009-11-30", precision: "QUARTER" });
    expect(at("2009-09-30").forecast).toMatchObject({ start: "2009-09-01", end: "2009-09-30", precision: "MONTH", label: "September 2009" });
  });
  it("ends with the go-live of 30 November 2009", () => {
    expect(at("2009-12-31")).toMatchObject({ forecast: null, note: "Live", status: "LIVE" });
    expect(kingston!.actual).toMatchObject({ start: "2009-11-30", end: "2009-11-30", precision: "DAY" });
    expect(kingston!.label).toBe(trustOf("KINGSTON").shortName);
  });
  it("says there is no date while the plan in force is a postponement with none", () => {
    // The record reports Kingston's postponement together with its April 2009 re-plan (both December 2008), so the
    // postponement is never the plan in force: the case is built from Kingston's plans without that re-plan.
    const g = goLiveOf("KINGSTON");
    const postponed = { ...facts, goLives: [{ ...g, plans: g.plans.filter((p) => p.plannedLabel !== "April 2009 at the earliest") }] };
    const [monthly] = milestoneTrends(postponed, reportingDates("month", { from: "2008-11-01", to: "2009-02-28" }), "2010-06-01");
    expect(monthly!.points.map((p) => [p.on, p.forecast?.label ?? null, p.note])).toEqual([
      ["2008-11-30", "late November 2008", null],
      ["2008-12-31", null, "No date: postponed indefinitely"],
      ["2009-01-31", null, "No date: postponed indefinitely"],
      ["2009-02-28", null, "No date: postponed indefinitely"],
    ]);
  });
  it("shows nothing after the page's date: the page shows what was known by it", () => {
    const [early] = milestoneTrends(kingstonOnly, reportingDates("quarter", { from: "2008-01-01", to: "2009-12-31" }), "2009-02-11");
    expect(early!.points.map((p) => p.on)).toEqual(["2008-03-31", "2008-06-30", "2008-09-30", "2008-12-31"]);
    // the go-live was not yet known on 11 February 2009
    expect(early!.actual).toBeNull();
  });
});

describe("overdue forecasts and the decisions drawn", () => {
  it("marks a forecast whose whole period had passed with no go-live as overdue", () => {
    const g = goLiveOf("KINGSTON");
    const stale = { ...facts, goLives: [{ ...g, plans: [{ ...g.plans[0]!, planned: month("2008-11-01") }], actuals: [] }] };
    const [trend] = milestoneTrends(stale, ["2008-11-30", "2008-12-01"], "2010-06-01");
    expect(trend!.points.map((p) => p.overdue)).toEqual([false, true]);
    expect(forecastWords(trend!.points[1]!.forecast!)).toBe("late November 2008 (1 November 2008 to 30 November 2008)");
  });
  it("draws the halts and resumes that cover the go-lives shown, on the day each took effect", () => {
    const markers = trendMarkers(kingstonOnly, "2010-06-01", { from: "2008-01-01", to: "2009-12-31" });
    expect(markers.map((m) => m.kind)).toContain("HALT");
    expect(markers.every((m) => m.on >= "2008-01-01" && m.on <= "2009-12-31")).toBe(true);
    expect(markers.map((m) => m.on)).toEqual([...markers.map((m) => m.on)].sort());
    // a decision about another trust only is not drawn
    const others = facts.decisions.filter((d) => d.scope === "NAMED_TRUSTS" && !d.trustIds.includes(TRUST.KINGSTON)).map((d) => d.key);
    expect(markers.filter((m) => others.includes(m.key))).toEqual([]);
  });
});
