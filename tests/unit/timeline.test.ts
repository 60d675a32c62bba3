import { describe, expect, it } from "vitest";
import { prepareSpanFacts, spanValueOn } from "@/lib/domain/status-spans";
import {
  claimsInWords,
  countByQuarter,
  disputedDays,
  inQuarter,
  NOT_TO_A_QUARTER,
  placeReferenceLabels,
  quarterEnds,
  quarterName,
  quarterOf,
  shapeGoLiveChart,
  timelineLabel,
  type TimelineGoLive,
} from "@/lib/domain/timeline";
import { parseTimelineQuery } from "@/lib/validation/timeline";
import { day, facts, month, quarter, TRUST, year } from "./fixtures/seed-record";

/** The timeline's go-lives on a date, read by the same rules the stored runs hold (lib/domain/status-spans.ts). */
function goLivesOn(asOf: string): TimelineGoLive[] {
  return facts.goLives.flatMap((g) => {
    const value = spanValueOn(prepareSpanFacts(facts, g.id, []), asOf, false);
    const trust = facts.trusts.find((t) => t.id === g.trustId)!;
    return value
      ? [
          {
            goLiveId: g.id,
            label: timelineLabel(trust.shortName, g.scope),
            slug: trust.slug,
            status: value.status,
            firstPlanned: value.firstPlanned,
            latestPlanned: value.latestPlanned,
            wentLive: value.wentLive,
          },
        ]
      : [];
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

describe("the chart of a page of go-lives", () => {
  const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  const halt = { key: "halt-2008-10", title: "All Cerner go-lives in London halted", from: "2008-10-01", to: "2009-02-11" };

  it("fits the axis to the data, not to the page's date: today adds no empty years", () => {
    const rows = goLivesOn("2026-12-07");
    const chart = shapeGoLiveChart({ rows, halts: [halt], asOf: "2026-12-07", disputes: new Map() });
    const dates = [...chart.firstPlans, ...chart.latestPlans, ...chart.actuals].map((p) => p.x);
    const [start, end] = chart.domain;
    expect(start).toBe(Date.UTC(new Date(Math.min(...dates)).getUTCFullYear(), 0, 1));
    expect(end).toBe(Date.UTC(new Date(Math.max(...dates)).getUTCFullYear() + 1, 0, 1));
    expect(end).toBeLessThan(ms("2026-01-01"));
    // The date lies after the data: it is said in words, not drawn at the far edge.
    expect(chart.asOf).toBeNull();
    expect(chart.ticks[0]).toBe(start);
    expect(chart.ticks.at(-1)).toBe(end);
  });

  it("draws the page's date when it lies among the data, and a halt still in force runs to it", () => {
    const rows = goLivesOn("2009-01-15");
    const chart = shapeGoLiveChart({ rows, halts: [{ ...halt, to: null }], asOf: "2009-01-15", disputes: new Map() });
    expect(chart.asOf).toBe(ms("2009-01-15"));
    expect(chart.halts[0]).toMatchObject({ from: ms("2008-10-01"), to: ms("2009-01-15") });
    expect(chart.domain[0]).toBeLessThanOrEqual(ms("2008-10-01"));
    expect(chart.domain[1]).toBeGreaterThan(ms("2009-01-15"));
  });

  it("never puts two reference labels where they would touch: at 11 February 2009 'As of' and 'Halt' take two rows", () => {
    const chart = shapeGoLiveChart({ rows: goLivesOn("2009-02-11"), halts: [halt], asOf: "2009-02-11", disputes: new Map() });
    const [a, b] = ["halt-halt-2008-10", "as-of"].map((k) => chart.referenceLabels.find((l) => l.key === k)!);
    expect(a!.row).not.toBe(b!.row);
    expect(chart.referenceRows).toBe(2);
  });

  it("keeps labels far apart in one row, and packs any number of close ones without overlap", () => {
    const domain: [number, number] = [ms("2006-01-01"), ms("2016-01-01")];
    const far = placeReferenceLabels(
      [
        { key: "a", text: "Halt", x: ms("2007-01-01") },
        { key: "b", text: "As of", x: ms("2014-01-01") },
      ],
      domain,
    );
    expect(far.map((l) => l.row)).toEqual([0, 0]);
    const close = placeReferenceLabels(
      Array.from({ length: 6 }, (_, i) => ({ key: `l${i}`, text: i % 2 ? "As of" : "Halt", x: ms(`2009-0${i + 1}-01`) })),
      domain,
    );
    const extent = (l: { x: number; text: string }) => {
      const from = ((l.x - domain[0]) / (domain[1] - domain[0])) * 360;
      return [from, from + l.text.length * 9] as const;
    };
    for (const a of close)
      for (const b of close) {
        if (a.key === b.key || a.row !== b.row) continue;
        const [af, at] = extent(a);
        const [bf, bt] = extent(b);
        expect(at <= bf || bt <= af).toBe(true);
      }
    expect(new Set(close.map((l) => l.row)).size).toBeGreaterThan(1);
  });

  it("marks a go-live whose day the sources dispute, with each source's claim, apart from the agreed ones", () => {
    const rows = goLivesOn("2026-12-07");
    const royalFree = rows.find((r) => facts.goLives.find((g) => g.id === r.goLiveId)!.trustId === TRUST.ROYAL_FREE)!;
    const disputes = disputedDays([
      {
        key: "royal-free-go-live-day",
        title: "Royal Free go-live day",
        goLive: { id: royalFree.goLiveId },
        claims: [{ claim: "15 June 2008" }, { claim: "16 June 2008" }, { claim: "17 June 2008" }],
      },
      // A conflict about no go-live, or with one side only so far, disputes no day.
      { key: "who-halted", title: "Who halted", goLive: null, claims: [{ claim: "BT" }, { claim: "NHS London" }] },
    ]);
    expect([...disputes.keys()]).toEqual([royalFree.goLiveId]);
    const chart = shapeGoLiveChart({ rows, halts: [], asOf: "2026-12-07", disputes });
    expect(chart.disputedActuals.map((p) => p.y)).toEqual([royalFree.label]);
    expect(chart.disputedActuals[0]!.text).toContain("15 June 2008, 16 June 2008 or 17 June 2008");
    expect(chart.actuals.map((p) => p.y)).not.toContain(royalFree.label);
    expect(chart.actuals.length + chart.disputedActuals.length).toBe(rows.filter((r) => r.wentLive).length);
    expect(claimsInWords(["A", "B"])).toBe("A or B");
  });
});
