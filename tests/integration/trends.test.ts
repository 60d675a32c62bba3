// Milestone trends on the sample data (lib/data/trends.ts), worked by hand from the record: Kingston's forecasts
// as the record stood at each quarter's end, from the day it first knew a plan (its December 2008 source) to its
// go-live on 30 November 2009. Read-only: the suite's own database.
import { describe, expect, it } from "vitest";
import { testActor } from "../support/people";

const { loadMilestoneTrends, TRENDS_DEFAULT_GO_LIVES, PACK_TRENDS_QUARTERS } = await import("@/lib/data/trends");
const { loadBoardPack } = await import("@/lib/data/board");
const { renderBoardPackHtml } = await import("@/components/rollout/board-pack-html");

const viewer = testActor("viewer");

describe("Kingston's milestone trend, from the sample data", () => {
  it("reads each quarter's forecast from the plans known then, and ends with the go-live", async () => {
    const result = await loadMilestoneTrends(viewer, { asOf: "2010-06-01", interval: "quarter", trusts: ["kingston"] });
    expect(result.chosen.map((c) => c.slug)).toEqual(["kingston"]);
    const [kingston] = result.trends;
    // Its first plan ("late November 2008") is known only from the December 2008 report of it.
    // All live: to the end of the quarter three months after the last went live.
    expect(result.range).toEqual({ from: "2008-12-31", to: "2010-03-31" });
    const forecasts = kingston!.points.map((p) => [p.on, p.forecast ? `${p.forecast.label}: ${p.forecast.start} to ${p.forecast.end}` : p.note]);
    expect(forecasts).toEqual([
      // the postponement and the April 2009 plan were reported together; the later plan is the one in force
      ["2008-12-31", "April 2009 at the earliest: 2009-04-01 to 2009-04-30"],
      ["2009-03-31", "autumn 2009: 2009-09-01 to 2009-11-30"],
      ["2009-06-30", "autumn 2009: 2009-09-01 to 2009-11-30"],
      ["2009-09-30", "September 2009: 2009-09-01 to 2009-09-30"],
      ["2009-12-31", "Live"],
      ["2010-03-31", "Live"],
    ]);
    expect(kingston!.points.some((p) => p.overdue)).toBe(false);
    expect(kingston!.actual).toMatchObject({ start: "2009-11-30", precision: "DAY" });
    // The October 2008 halt took effect before the range; the resume of February 2009 is in it.
    expect(result.markers.map((m) => m.kind)).toContain("RESUME");
  });

  it("shows only what was known by the page's date", async () => {
    const early = await loadMilestoneTrends(viewer, { asOf: "2009-05-01", interval: "quarter", trusts: ["kingston"] });
    expect(early.trends[0]!.points.map((p) => p.on)).toEqual(["2008-12-31", "2009-03-31"]);
    expect(early.trends[0]!.actual).toBeNull();
  });

  it("reads at each board meeting: each decision's day, or the end of its month when the record gives no day", async () => {
    const meetings = await loadMilestoneTrends(viewer, { asOf: "2010-06-01", interval: "meeting", trusts: ["kingston"] });
    // the resume of February 2009, Kingston's autumn plan of March 2009, Roehampton's of May and July 2009, the scope cut of March 2010
    expect(meetings.dates).toEqual(["2009-01-31", "2009-02-28", "2009-03-31", "2009-05-31", "2009-07-31", "2010-03-31"]);
    expect(meetings.trends[0]!.points.find((p) => p.on === "2009-02-28")!.forecast).toMatchObject({ label: "April 2009 at the earliest" });
  });

  it("names a trust it does not know, and with none chosen draws those re-planned most", async () => {
    const unknown = await loadMilestoneTrends(viewer, { asOf: "2010-06-01", interval: "quarter", trusts: ["no-such-trust", "kingston"] });
    expect(unknown.unknown).toEqual(["no-such-trust"]);
    expect(unknown.chosen.map((c) => c.slug)).toEqual(["kingston"]);
    const defaulted = await loadMilestoneTrends(viewer, { asOf: "2010-06-01", interval: "quarter", trusts: [] });
    expect(defaulted.defaulted).toBe(true);
    expect(defaulted.trends.length).toBeGreaterThan(0);
    expect(defaulted.trends.length).toBeLessThanOrEqual(TRENDS_DEFAULT_GO_LIVES);
    expect(defaulted.chosen.map((c) => c.slug)).toContain("kingston");
  });

  it("refuses a reader who may not read the record", async () => {
    await expect(loadMilestoneTrends(null, { asOf: "2010-06-01", interval: "quarter", trusts: [] })).rejects.toThrow();
  });
});

describe("the board pack's milestone trends", () => {
  it("draws the go-lives re-planned since the last pack, at the last eight quarters' ends, and prints them as section 6", async () => {
    const result = await loadBoardPack(viewer, { since: "2008-10-01", to: "2009-02-11" });
    if (result.notFound) throw new Error("the pack was not found");
    const trends = result.pack.trends!;
    expect(trends.dates).toHaveLength(PACK_TRENDS_QUARTERS);
    expect(trends.dates.at(-1)).toBe("2008-12-31");
    // Kingston's three plans of December 2008 are the most re-planning in the window
    const kingston = trends.rows.find((r) => r.trustSlug === "kingston")!;
    expect(kingston.points.find((p) => p.on === "2008-12-31")!.forecast).toMatchObject({ label: "April 2009 at the earliest" });
    expect(kingston.points.find((p) => p.on === "2008-09-30")!.note).toBe("Not yet in the record");
    const html = renderBoardPackHtml(result.pack);
    expect(html).toContain("6. Milestone trends");
    expect(html).toContain("7. Sources");
    // Read as it stood whatever the pack's view: the same go-lives and forecasts with hindsight.
    const hindsight = await loadBoardPack(viewer, { since: "2008-10-01", to: "2009-02-11", hindsight: true });
    if (hindsight.notFound) throw new Error("the pack was not found");
    expect(hindsight.pack.trends).toEqual(trends);
  });

  it("says so when nothing was re-planned in the window", async () => {
    const result = await loadBoardPack(viewer, { since: "2001-01-01", to: "2001-06-30" });
    if (result.notFound) throw new Error("the pack was not found");
    expect(result.pack.trends).toEqual({ dates: [], rows: [] });
    expect(renderBoardPackHtml(result.pack)).toContain("No go-live was re-planned between 2 January 2001 and 30 June 2001.");
  });
});
