import { describe, expect, it } from "vitest";
import { baselineFromRecord, baselinesBeforeHalts, compareWithBaseline, describeSlip, latestReplans } from "@/lib/domain/baseline";
import { DECISION, HALT_TITLE, SOURCES, TRUST, facts, goLiveOf, type TrustKey } from "./fixtures/seed-record";

// "Before the October 2008 halt": the record as it stood on 30 September 2008.
const beforeHalt = baselineFromRecord(facts, "2008-09-30", "Before the October 2008 halt");
const planOf = (trustId: number) => beforeHalt.plans.find((p) => facts.goLives.find((g) => g.id === p.goLiveId)!.trustId === trustId)!;

describe("a baseline derived from a past date", () => {
  it("holds each rollout go-live's plan as the record stood then, and leaves out trusts that were not rollout targets", () => {
    expect(planOf(TRUST.KINGSTON)).toMatchObject({
      planned: { date: "2008-11-01", precision: "MONTH" },
      plannedLabel: "late November 2008",
      status: "PLANNED",
      plansMade: 1,
    });
    // Imperial's third plan (end of August 2008, announced July 2008) was the one in force.
    expect(planOf(TRUST.IMPERIAL)).toMatchObject({ planned: { date: "2008-08-01", precision: "MONTH" }, plansMade: 3 });
    // Live by then: the baseline holds when it went live, July 2007 (staged over 19-24 July).
    expect(planOf(TRUST.BARNET)).toMatchObject({ planned: { date: "2007-07-01", precision: "MONTH" }, plannedLabel: "live", status: "LIVE" });
    // St George's first plan was announced in September 2009: no plan yet.
    expect(planOf(TRUST.ST_GEORGES)).toMatchObject({ planned: null, plansMade: 0 });
    expect(beforeHalt.plans.some((p) => facts.goLives.find((g) => g.id === p.goLiveId)!.trustId === TRUST.HOMERTON)).toBe(false);
  });
});

describe("today's record against the pre-halt baseline, worked by hand", () => {
  const comparison = compareWithBaseline(facts, beforeHalt, "2010-06-01");
  // Imperial's row is its patient administration system's (its first go-live in the record)
  const row = (key: TrustKey) => comparison.rows.find((r) => r.goLiveId === goLiveOf(key).id)!;

  it("Kingston: late November 2008 became 30 November 2009, 365 to 394 days later, after five re-plans", () => {
    const kingston = row("KINGSTON");
    expect(kingston.comparedIsActual).toBe(true);
    expect(kingston.compared).toEqual({ date: "2009-11-30", precision: "DAY" });
    // from the end of November 2008 (30th) and from its start (1st) to 30 November 2009
    expect(kingston.slip).toEqual({ min: 365, max: 394 });
    expect(describeSlip(kingston.slip)).toBe("365 to 394 days later");
    expect(kingston.replans.map((r) => r.plannedLabel)).toEqual([
      "postponed indefinitely",
      "April 2009 at the earliest",
      "autumn 2009",
      "September 2009",
      "30 November 2009",
    ]);
    expect(kingston.replans.map((r) => r.sources.map((s) => s.key))).toEqual([
      [SOURCES.ehiKingstonCost.key],
      [SOURCES.ehiKingstonCost.key],
      [SOURCES.ehiAutumn.key],
      ["ehi-2009-07-queen-marys-emis-web"],
      ["ehi-2009-11-kingston-30-november"],
    ]);
  });

  it("Imperial: end of August 2008 had passed with no go-live by June 2010, so at least 639 days later", () => {
    const imperial = row("IMPERIAL");
    expect(imperial.overdue).toBe(true);
    // from 31 August 2008 to 1 June 2010
    expect(imperial.slip!.min).toBe(639);
    expect(describeSlip(imperial.slip, imperial.overdue)).toMatch(/^At least 639 days later/);
    expect(imperial.replans).toEqual([]);
  });

  it("a go-live live before the baseline has not slipped; one with no plan by then is not known", () => {
    expect(row("BARNET").slip).toEqual({ min: 0, max: 0 });
    expect(describeSlip(row("BARNET").slip)).toBe("None");
    expect(row("ST_GEORGES").slip).toBeNull();
    expect(describeSlip(row("ST_GEORGES").slip)).toBe("Not known");
    expect(row("ST_GEORGES").replans).toHaveLength(2);
    expect(row("ROYAL_FREE").slip).toEqual({ min: 0, max: 0 }); // live in June 2008, before the baseline
  });

  it("counts the go-lives that certainly slipped and the re-plans since", () => {
    // Kingston and Imperial (overdue); Roehampton had no dated plan before the halt, so nothing to slip from
    expect(comparison.slipped).toBe(2);
    expect(comparison.replans).toBe(5 + 1 + 2); // Kingston 5, Roehampton 1, St George's 2
  });

  it("compared on the baseline's own date, nothing has slipped", () => {
    const same = compareWithBaseline(facts, beforeHalt, "2008-09-30");
    expect(same.rows.filter((r) => r.slip && r.slip.min > 0 && !r.overdue)).toEqual([]);
    expect(same.replans).toBe(0);
  });
});

describe("a slip in words", () => {
  it("says earlier, later or a range, never a bare sign", () => {
    expect(describeSlip({ min: 1, max: 1 })).toBe("1 day later");
    expect(describeSlip({ min: -30, max: -30 })).toBe("30 days earlier");
    expect(describeSlip({ min: -29, max: 29 })).toBe("Between 29 days earlier and 29 days later");
  });
});

describe("the baselines offered without one being taken", () => {
  it("are the record on the day before each halt of every London trust took effect", () => {
    // The October 2008 halt took effect at the end of October (the record gives only the month).
    expect(baselinesBeforeHalts(facts.decisions)).toEqual([{ on: "2008-10-30", name: `The day before “${HALT_TITLE}” took effect` }]);
  });

  it("leave out a halt of named trusts: the trust's own business, and at national scale there are hundreds", () => {
    const halt = facts.decisions.find((d) => d.id === DECISION.HALT)!;
    const named = { ...halt, id: 99, key: "kingston-halt", title: "Kingston halted", scope: "NAMED_TRUSTS" as const, trustIds: [TRUST.KINGSTON] };
    expect(baselinesBeforeHalts([...facts.decisions, named]).map((b) => b.name)).toEqual([`The day before “${HALT_TITLE}” took effect`]);
  });
});

describe("the re-plans a comparison row lists", () => {
  it("lists every re-plan when there are ten or fewer, counting from 1", () => {
    expect(latestReplans([1, 2, 3])).toEqual({ listed: [1, 2, 3], earlier: 0, start: 1 });
    const ten = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(latestReplans(ten)).toEqual({ listed: ten, earlier: 0, start: 1 });
  });

  it("lists the latest ten of 300, numbered from 291, and leaves 290 to the go-live's page", () => {
    const many = Array.from({ length: 300 }, (_, i) => i + 1);
    const { listed, earlier, start } = latestReplans(many);
    expect(listed).toEqual(many.slice(290));
    expect(earlier).toBe(290);
    expect(start).toBe(291);
  });
});
