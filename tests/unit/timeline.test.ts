import { describe, expect, it } from "vitest";
import { prepareSpanFacts, spanValueOn } from "@/lib/domain/status-spans";
import {
  countByQuarter, inQuarter, NOT_TO_A_QUARTER, quarterEnds, quarterName, quarterOf, timelineLabel, type TimelineGoLive,
} from "@/lib/domain/timeline";
import { parseTimelineQuery } from "@/lib/validation/timeline";
import { day, facts, month, quarter, TRUST, year } from "./fixtures/record";

/** The timeline's go-lives on a date, read by the same rules the stored runs hold (lib/domain/status-spans.ts). */
function goLivesOn(asOf: string): TimelineGoLive[] {
  return facts.goLives.flatMap((g) => {
    const value = spanValueOn(prepareSpanFacts(facts, g.id, []), asOf, false);
    const trust = facts.trusts.find((t) => t.id === g.trustId)!;
    return value ? [{ goLiveId: g.id, label: timelineLabel(trust.shortName, g.scope), slug: trust.slug, status: value.status, firstPlanned: value.firstPlanned, latestPlanned: value.latestPlanned, wentLive: value.wentLive }] : [];
  });
}
const kingstonOn = (asOf: string) => goLivesOn(asOf).find((g) => facts.goLives.find((x) => x.id === g.goLiveId)!.trustId === TRUST.KINGSTON)!;

describe("a date's quarter", () => {
  it("is the calendar quarter its period lies in", () => {
    expect(quarterOf(day("2009-11-30"))).toBe("2009-Q4");
    expect(quarterOf(month("2008-11-01"))).toBe("2008-Q4");
    expect(quarterOf(day("2009-01-01"))).toBe("2009-Q1");
    expect(quarterOf(day("2009-03-31"))).toBe("2009-Q1");
  });

  it("is none for a year or a season that runs across two quarters: the record does not say which", () => {
    expect(quarterOf(year("2010-01-01"))).toBeNull();
    // A season: December to February.
    expect(quarterOf(quarter("2008-12-01"))).toBeNull();
    expect(quarterOf(quarter("2009-04-01"))).toBe("2009-Q2");
  });

  it("is named by its months", () => {
    expect(quarterName("2009-Q1")).toBe("January to March 2009");
    expect(quarterName(NOT_TO_A_QUARTER)).toBe("Not to a quarter");
  });
});

describe("the counts per quarter, from the record", () => {
  it("Kingston on 1 June 2010: first planned for late November 2008, live on 30 November 2009, no plan left to count", () => {
    const k = kingstonOn("2010-06-01");
    expect(k.firstPlanned?.label).toBe("late November 2008");
    expect(k.wentLive).toEqual(day("2009-11-30"));
    expect(inQuarter(k, "first", "2008-Q4")).toBe(true);
    expect(inQuarter(k, "live", "2009-Q4")).toBe(true);
    // Live: its latest plan is spent and is not a go-live still to come.
    expect(["2009-Q4", "2008-Q4", NOT_TO_A_QUARTER].some((q) => inQuarter(k, "latest", q))).toBe(false);
  });

  it("Kingston in January 2009, during the halt: still to go live, so its latest plan counts", () => {
    const k = kingstonOn("2009-01-15");
    expect(k.status).toBe("HALTED");
    expect(k.wentLive).toBeNull();
    const { quarters, notToAQuarter } = countByQuarter([k]);
    const latestIn = [...quarters, ...(notToAQuarter ? [notToAQuarter] : [])].filter((q) => q.latest > 0).map((q) => q.quarter);
    expect(latestIn).toHaveLength(1);
    expect(inQuarter(k, "latest", latestIn[0]!)).toBe(true);
  });

  it("adds up to one count per go-live in each series, with every quarter between the first and last listed", () => {
    const goLives = goLivesOn("2010-06-01");
    const { quarters, notToAQuarter } = countByQuarter(goLives);
    const all = [...quarters, ...(notToAQuarter ? [notToAQuarter] : [])];
    expect(all.reduce((n, q) => n + q.live, 0)).toBe(goLives.filter((g) => g.wentLive).length);
    expect(all.reduce((n, q) => n + q.first, 0)).toBe(goLives.filter((g) => g.firstPlanned).length);
    for (let i = 1; i < quarters.length; i++) {
      const [y0, q0] = quarters[i - 1]!.quarter.split("-Q").map(Number) as [number, number];
      expect(quarters[i]!.quarter).toBe(q0 === 4 ? `${y0 + 1}-Q1` : `${y0}-Q${q0 + 1}`);
    }
    // Each count drills down to exactly the go-lives behind it.
    for (const q of all) expect(goLives.filter((g) => inQuarter(g, "live", q.quarter)).length).toBe(q.live);
  });

  it("counts nothing when the record knew of no go-live", () => {
    expect(countByQuarter([])).toEqual({ quarters: [], notToAQuarter: null });
  });
});

describe("the days the halted and live counts are taken on", () => {
  it("are each quarter's last day, and the date itself in its own quarter", () => {
    expect(quarterEnds("2008-Q3", "2009-02-11")).toEqual(["2008-09-30", "2008-12-31", "2009-02-11"]);
    expect(quarterEnds("2009-Q1", "2009-03-31")).toEqual(["2009-03-31"]);
  });
});

describe("the timeline's address", () => {
  it("drills down to a count", () => {
    const q = parseTimelineQuery({ series: "live", quarter: "2009-Q4", page: "2" });
    expect(q.drill).toEqual({ series: "live", quarter: "2009-Q4" });
    expect(q.page).toBe(2);
    expect(q.errors).toEqual([]);
  });

  it("says what to fix for a count or quarter it does not know, and lists every go-live", () => {
    const q = parseTimelineQuery({ series: "constructor", quarter: "2009-Q5" });
    expect(q.drill).toBeNull();
    expect(q.errors.map((e) => e.field)).toEqual(["series", "quarter"]);
    expect(q.errors[1]!.message).toMatch(/such as 2009-Q1/);
    expect(parseTimelineQuery({ series: ["live", "first"], quarter: "none" }).drill).toEqual({ series: "live", quarter: "none" });
  });
});
