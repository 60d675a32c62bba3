import { describe, expect, it } from "vitest";
import type { Baseline } from "@/lib/domain/baseline";
import { baselineFromRecord } from "@/lib/domain/baseline";
import { axisTicks, buildBoardTimeline, describeBoardTimeline, PROGRAMME, zoomPresets, zoomRange } from "@/lib/domain/board-timeline";
import { parseBoardTimelineQuery } from "@/lib/validation/board-timeline";
import { DECISION, TRUST, decisions, facts, goLiveOf } from "./fixtures/seed-record";

// The halt took effect at the end of October 2008 (31st): the record on the day before it.
const preHalt = baselineFromRecord(facts, "2008-10-30", "The day before the halt");
const rowOf = (t: ReturnType<typeof buildBoardTimeline>, trustId: number) => t.rows.find((r) => r.trust.id === trustId);

describe("the whole programme with the pre-halt baseline", () => {
  const timeline = buildBoardTimeline(facts, [preHalt], PROGRAMME);

  it("Kingston: the baseline bar is November 2008 (1 to 30 November), the actual bar 30 November 2009", () => {
    const kingston = rowOf(timeline, TRUST.KINGSTON)!;
    expect(kingston.label).toBe("Kingston");
    expect(kingston.baselines).toEqual([
      {
        baselineId: "on:2008-10-30",
        bar: {
          date: { date: "2008-11-01", precision: "MONTH" },
          period: { start: "2008-11-01", end: "2008-11-30" },
          shown: { start: "2008-11-01", end: "2008-11-30" },
        },
        label: "late November 2008",
        inBaseline: true,
      },
    ]);
    expect(kingston.actual).toEqual({
      date: { date: "2009-11-30", precision: "DAY" },
      period: { start: "2009-11-30", end: "2009-11-30" },
      shown: { start: "2009-11-30", end: "2009-11-30" },
    });
  });

  it("shades the October 2008 halt from 31 October 2008 (the end of the month it was decided) to 11 February 2009 (the resume was reported)", () => {
    expect(timeline.halts).toEqual([
      {
        key: "halt-2008-10",
        title: "All Cerner go-lives in London halted",
        decided: { date: "2008-10-01", precision: "MONTH" },
        from: "2008-10-31",
        until: "2009-02-11",
        liftedBy: { key: "resume-2009-02", title: "London Acute Programme Board recommends implementation of Cerner Millennium continue in London" },
        shown: { start: "2008-10-31", end: "2009-02-11" },
      },
    ]);
  });

  it("marks every decision on the day it took effect, numbered in date order", () => {
    expect(timeline.decisions.map((d) => [d.number, d.date, d.kind, d.key])).toEqual([
      [1, "2008-10-31", "HALT", "halt-2008-10"],
      [2, "2009-02-11", "RESUME", "resume-2009-02"],
      [3, "2009-03-31", "POSTPONE", "kingston-autumn-2009-03"],
      [4, "2010-03-31", "ANNOUNCE", "scope-cut-2010-03"],
    ]);
  });

  it("has a row per rollout go-live with a date to draw, by trust name; the Royal Free's other sources' days are kept", () => {
    // Imperial has two go-lives (order communications, then the patient administration system)
    expect(timeline.rows.map((r) => r.trust.id)).toEqual([
      TRUST.BARNET,
      TRUST.BARTS,
      TRUST.IMPERIAL,
      TRUST.IMPERIAL,
      TRUST.KINGSTON,
      TRUST.SIDCUP,
      TRUST.ROYAL_FREE,
      TRUST.ST_GEORGES,
    ]);
    // Roehampton has no dated plan and no go-live in the record: nothing to draw
    expect(timeline.outside).toEqual(["Queen Mary's Roehampton"]);
    const royalFree = rowOf(timeline, TRUST.ROYAL_FREE)!;
    expect(royalFree.actual?.date).toEqual({ date: "2008-06-15", precision: "DAY" });
    expect(royalFree.otherActuals).toEqual([
      { date: "2008-06-16", precision: "DAY" },
      { date: "2008-06-17", precision: "DAY" },
    ]);
    // Live before the baseline: the baseline holds when it went live, July 2007 (staged over 19-24 July).
    expect(rowOf(timeline, TRUST.BARNET)!.baselines[0]).toMatchObject({ label: "live", bar: { period: { start: "2007-07-01", end: "2007-07-31" } } });
    // St George's first plan was announced in September 2009: nothing in the baseline, and no bar.
    expect(rowOf(timeline, TRUST.ST_GEORGES)!.baselines[0]).toMatchObject({ bar: null, label: null, inBaseline: true });
  });

  it("leaves out the go-lives of a trust that is not a rollout target", () => {
    // The record gives Homerton (an own Cerner build) no go-live: it is given Barnet's here.
    const homerton = { ...goLiveOf("BARNET"), id: 999, trustId: TRUST.HOMERTON };
    const t = buildBoardTimeline({ ...facts, goLives: [...facts.goLives, homerton] }, [preHalt], PROGRAMME);
    expect(t.rows.map((r) => r.goLiveId)).toEqual(timeline.rows.map((r) => r.goLiveId));
    expect(t.outside).toEqual(timeline.outside);
  });
});

describe("zoomed to a quarter or a year", () => {
  it("2008-Q4 clips to 1 October to 31 December 2008 and keeps only what overlaps", () => {
    const q4 = buildBoardTimeline(facts, [preHalt], zoomRange("2008-Q4")!);
    expect(q4.range).toEqual({ from: "2008-10-01", to: "2008-12-31" });
    // Kingston was planned for November 2008 (the record gives Roehampton no plan); everything else falls outside.
    expect(q4.rows.map((r) => r.trust.id)).toEqual([TRUST.KINGSTON]);
    const kingston = rowOf(q4, TRUST.KINGSTON)!;
    expect(kingston.baselines[0]!.bar!.shown).toEqual({ start: "2008-11-01", end: "2008-11-30" });
    expect(kingston.actual!.shown).toBeNull(); // 30 November 2009 is outside the quarter
    expect(q4.outside).toHaveLength(8);
    // The halt is cut at the quarter's end; the day it was lifted stays as the record has it.
    expect(q4.halts.map((h) => [h.from, h.until, h.shown])).toEqual([["2008-10-31", "2009-02-11", { start: "2008-10-31", end: "2008-12-31" }]]);
    expect(q4.decisions.map((d) => [d.number, d.key])).toEqual([[1, "halt-2008-10"]]);
    expect(describeBoardTimeline(q4)).toBe(
      "Board timeline from 1 October 2008 to 31 December 2008: 1 go-live with a plan or go-live in this period, each with 1 bar for its planned date in the baseline and one for the actual go-live; " +
        "1 halt shaded (31 October 2008 to 11 February 2009); 1 decision marked. The table that follows gives every date.",
    );
  });

  it("2009 keeps Kingston's go-live, the end of the halt, the resume and the autumn postponement", () => {
    const y2009 = buildBoardTimeline(facts, [preHalt], zoomRange("2009")!);
    expect(y2009.rows.map((r) => r.trust.id)).toEqual([TRUST.KINGSTON]);
    expect(rowOf(y2009, TRUST.KINGSTON)!.baselines[0]!.bar!.shown).toBeNull();
    expect(y2009.halts.map((h) => h.shown)).toEqual([{ start: "2009-01-01", end: "2009-02-11" }]);
    expect(y2009.decisions.map((d) => [d.number, d.date, d.key])).toEqual([
      [1, "2009-02-11", "resume-2009-02"],
      [2, "2009-03-31", "kingston-autumn-2009-03"],
    ]);
  });

  it("a halt with no resume in the record is shaded to the end of the range, still in force", () => {
    const noResume = { ...facts, decisions: decisions.filter((d) => d.id !== DECISION.RESUME) };
    const t = buildBoardTimeline(noResume, [], zoomRange("2009-Q1")!);
    expect(t.halts).toMatchObject([{ from: "2008-10-31", until: "2009-03-31", liftedBy: null, shown: { start: "2009-01-01", end: "2009-03-31" } }]);
    expect(describeBoardTimeline(t)).toContain("1 halt shaded (31 October 2008 to 31 March 2009, still in force)");
  });
});

describe("several baselines side by side", () => {
  it("a plan postponed with no date has no bar but keeps its words; a go-live missing from a stored baseline says so", () => {
    // The record reports Kingston's 'postponed indefinitely' together with its April 2009 re-plan (both December
    // 2008), so no baseline of the record holds the postponement: it is built from Kingston's plans without the
    // re-plan, on 31 December 2008, when the postponement was known.
    const kingston = goLiveOf("KINGSTON");
    const postponed = {
      ...facts,
      goLives: facts.goLives.map((g) => (g.id === kingston.id ? { ...g, plans: g.plans.filter((p) => p.plannedLabel !== "April 2009 at the earliest") } : g)),
    };
    const midHalt = baselineFromRecord(postponed, "2008-12-31");
    const stored: Baseline = {
      key: "board-2008-09",
      name: "Board, September 2008",
      takenAsOf: "2008-09-30",
      plans: preHalt.plans.filter((p) => p.goLiveId !== kingston.id),
    };
    const t = buildBoardTimeline(facts, [preHalt, midHalt, stored], PROGRAMME);
    expect(t.baselines.map((b) => b.id)).toEqual(["on:2008-10-30", "on:2008-12-31", "baseline:board-2008-09"]);
    const cells = rowOf(t, TRUST.KINGSTON)!.baselines;
    expect(cells[1]).toEqual({ baselineId: "on:2008-12-31", bar: null, label: "postponed indefinitely", inBaseline: true });
    expect(cells[2]).toEqual({ baselineId: "baseline:board-2008-09", bar: null, label: null, inBaseline: false });
  });
});

describe("zoom presets and the query", () => {
  it("offers the whole programme, 13 years and 52 quarters", () => {
    const { programme, years, quarters } = zoomPresets();
    expect(programme).toMatchObject({ value: "all", from: "2003-01-01", to: "2015-12-31" });
    expect(years.map((y) => y.value)).toEqual(Array.from({ length: 13 }, (_, i) => String(2003 + i)));
    expect(quarters).toHaveLength(52);
    expect(zoomRange("2008-Q4")).toMatchObject({ from: "2008-10-01", to: "2008-12-31", label: "Q4 2008: October to December 2008" });
    expect(zoomRange("2012-Q1")).toMatchObject({ from: "2012-01-01", to: "2012-03-31" });
    expect(zoomRange("2016")).toBeNull();
    expect(zoomRange("2008-Q5")).toBeNull();
  });

  it("ticks: years for the programme, quarters for a year, months for a quarter", () => {
    expect(axisTicks(PROGRAMME).map((t) => t.label)).toEqual(Array.from({ length: 13 }, (_, i) => String(2003 + i)));
    expect(axisTicks(zoomRange("2008")!).map((t) => t.label)).toEqual(["January 2008", "April 2008", "July 2008", "October 2008"]);
    expect(axisTicks(zoomRange("2008-Q4")!).map((t) => t.date)).toEqual(["2008-10-01", "2008-11-01", "2008-12-01"]);
    expect(axisTicks({ from: "2008-11-01", to: "2008-11-30" }).map((t) => t.label)).toEqual([
      "1 November",
      "8 November",
      "15 November",
      "22 November",
      "29 November",
    ]);
  });

  it("reads zoom=2008-Q4, custom dates and the baselines from the URL", () => {
    expect(parseBoardTimelineQuery({ zoom: "2008-Q4", on: "2008-10-30" })).toMatchObject({
      range: { from: "2008-10-01", to: "2008-12-31" },
      zoom: "2008-Q4",
      onDates: ["2008-10-30"],
      errors: [],
      isFirstVisit: false,
    });
    expect(parseBoardTimelineQuery({ zoom: "custom", from: "2008-06-01", to: "2009-06-30", baseline: ["a", "b", ""] })).toMatchObject({
      range: { from: "2008-06-01", to: "2009-06-30" },
      zoom: "custom",
      baselineKeys: ["a", "b"],
    });
    // A preset wins over dates left in the form.
    expect(parseBoardTimelineQuery({ zoom: "2009", from: "2008-06-01", to: "2009-06-30" }).range).toEqual({ from: "2009-01-01", to: "2009-12-31" });
    expect(parseBoardTimelineQuery({})).toMatchObject({ range: PROGRAMME, zoom: "all", isFirstVisit: true, errors: [] });
  });

  it("says what is wrong, one message per field", () => {
    const badZoom = parseBoardTimelineQuery({ zoom: "2008-Q5", on: "2008-10-30" });
    expect(badZoom.errors).toEqual([{ field: "zoom", message: "Choose a period from the list, or choose custom dates and enter them" }]);
    // What was asked is kept, to show back in the form.
    expect(badZoom).toMatchObject({ onDates: ["2008-10-30"], params: { zoom: "2008-Q5" } });
    expect(parseBoardTimelineQuery({ zoom: "custom", from: "2009-01-01" }).errors).toEqual([{ field: "to", message: "Enter the last day of the period" }]);
    expect(parseBoardTimelineQuery({ zoom: "custom", from: "2009-01-01", to: "2008-12-31" }).errors).toEqual([
      { field: "to", message: "The last day of the period must be on or after its first day, 1 January 2009" },
    ]);
    expect(parseBoardTimelineQuery({ on: ["2008-10-30", "2008-02-30"] }).errors).toEqual([
      { field: "onDate", message: "Enter a real date, for example 2009-02-11" },
    ]);
    expect(parseBoardTimelineQuery({ baseline: ["Bad Key"] }).errors).toEqual([{ field: "baselines", message: "Choose baselines from the list" }]);
    expect(parseBoardTimelineQuery({ on: ["2008-01-01", "2008-02-01", "2008-03-01", "2008-04-01", "2008-05-01"] }).errors[0]!.field).toBe("baselines");
  });

  it("the date input has its own name, onDate, beside the checkboxes' `on` dates; an old ?on= bookmark still reads", () => {
    expect(parseBoardTimelineQuery({ on: ["2008-10-30"], onDate: "2008-05-01" })).toMatchObject({ onDates: ["2008-05-01", "2008-10-30"], errors: [] });
    expect(parseBoardTimelineQuery({ on: "2008-05-01" })).toMatchObject({ onDates: ["2008-05-01"], isFirstVisit: false, errors: [] });
    expect(parseBoardTimelineQuery({ onDate: "" })).toMatchObject({ onDates: [], isFirstVisit: false, errors: [] });
    expect(parseBoardTimelineQuery({ on: ["2008-01-01", "2008-02-01", "2008-03-01", "2008-04-01"], onDate: "2008-05-01" }).errors[0]!.field).toBe("baselines");
  });

  it("a date input's parts that are not a date get the date input's message, naming the field", () => {
    // proxy.ts passes parts that are not a date on as day/month/year.
    expect(parseBoardTimelineQuery({ onDate: "31/2/2008" }).errors).toEqual([{ field: "onDate", message: "The other date must be a real date" }]);
    expect(parseBoardTimelineQuery({ zoom: "custom", from: "/10/2008", to: "2008-12-31" }).errors).toEqual([
      { field: "from", message: "The first day must include a day" },
    ]);
    expect(parseBoardTimelineQuery({ zoom: "custom", from: "1/10/2008", to: "31/13/2008" }).errors).toEqual([
      { field: "from", message: "Enter the date as year, month and day, for example 2009-02-11" },
      { field: "to", message: "Month must be between 1 and 12" },
    ]);
  });
});
