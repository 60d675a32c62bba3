// Board review through the real server action and data layer: who may take a baseline, that it keeps
// every go-live's plan as the record stood on its day (and is not changed by a later re-plan), that a
// comparison reads the same from a kept baseline and from the date, and the programme's costs. Writes,
// so it has a database of its own.
import { describe, expect, it } from "vitest";
import { startFreshDatabase } from "./support/fresh-database";
import { actAs, submit } from "./support/next-request";
import { PEOPLE, testActor } from "../support/people";
import { takeBaselineAction } from "@/lib/actions/baselines";
import { IDLE } from "@/lib/actions/state";
import { loadComparison, listBaselines } from "@/lib/data/baselines";
import { loadProgrammeCosts } from "@/lib/data/board";

const { db } = await startFreshDatabase();
const viewer = testActor("viewer");
type FormState = { fieldErrors?: Record<string, string>; fields?: Record<string, string> };
const stateOf = (r: Awaited<ReturnType<typeof submit>>): FormState => ("state" in r ? (r.state as FormState) : {});
// 15 January 2009: the halt of October 2008 in force, as the record stood (first reported in December 2008).
const fields = (name: string, d = "15", m = "1", y = "2009") => ({
  name,
  "takenAsOf-day": d,
  "takenAsOf-month": m,
  "takenAsOf-year": y,
  description: "During the October 2008 halt",
});

describe("who may take a baseline", () => {
  for (const person of ["nobody", "viewer", "analyst", "manager", "board", "admin"] as const) {
    const allowed = person === "board";
    it(`${person} ${allowed ? "can" : "cannot"} take one, and nothing is written when refused`, async () => {
      await actAs(person === "nobody" ? null : PEOPLE[person]);
      const before = await db.baseline.count();
      const audits = await db.auditEvent.count({ where: { action: "baseline.take" } });
      const result = await submit(takeBaselineAction, IDLE, fields(`Mid-halt by ${person}`));
      expect(result.saved, JSON.stringify(result)).toBe(allowed);
      expect(await db.baseline.count()).toBe(before + (allowed ? 1 : 0));
      expect(await db.auditEvent.count({ where: { action: "baseline.take" } })).toBe(audits + (allowed ? 1 : 0));
    });
  }
});

describe("a baseline taken by a board member", () => {
  it("refuses a month without a day, a future day and a name already used, with what to fix, keeping what was typed", async () => {
    await actAs(PEOPLE.board);
    const noDay = await submit(takeBaselineAction, IDLE, { ...fields("No day"), "takenAsOf-day": "" });
    expect(noDay.saved).toBe(false);
    expect(stateOf(noDay).fieldErrors?.takenAsOf).toMatch(/must include a day/);
    expect(stateOf(noDay).fields?.name).toBe("No day");
    const future = await submit(takeBaselineAction, IDLE, fields("Future", "1", "1", "2099"));
    expect(stateOf(future).fieldErrors?.takenAsOf).toMatch(/today or in the past/);
    const again = await submit(takeBaselineAction, IDLE, fields("mid-halt BY board"));
    expect(stateOf(again).fieldErrors?.name).toMatch(/already exists/);
  });

  it("keeps every rollout go-live's plan as it stood that day, and compares as the record on that date does", async () => {
    const kept = (await listBaselines(viewer)).find((b) => b.name === "Mid-halt by board")!;
    expect(kept.takenAsOf).toBe("2009-01-15");
    expect(kept.takenBy).toBe(PEOPLE.board);
    const fromKept = await loadComparison(viewer, { baseline: kept.key, asOf: "2010-06-01" });
    const fromDate = await loadComparison(viewer, { on: "2009-01-15", asOf: "2010-06-01" });
    if ("notFound" in fromKept || "notFound" in fromDate) throw new Error("comparison not found");
    const kingston = fromKept.comparison.rows.find((r) => r.trust.slug === "kingston")!;
    // On 15 January 2009 the record knew three Kingston plans (reported December 2008); the latest dated was April 2009.
    expect(kingston.baseline?.plannedLabel).toBe("April 2009 at the earliest");
    expect(kingston.baseline?.status).toBe("HALTED");
    // From the end of April 2009 (214 days) or its start (243) to 30 November 2009.
    expect(kingston.slip).toEqual({ min: 214, max: 243 });
    expect(kingston.replans.map((r) => r.plannedLabel)).toEqual(["autumn 2009", "September 2009", "30 November 2009"]);
    expect(fromKept.comparison.rows.map((r) => [r.goLiveId, r.slip])).toEqual(fromDate.comparison.rows.map((r) => [r.goLiveId, r.slip]));
  });

  it("stays as taken when the record of that day is corrected later", async () => {
    const kept = (await listBaselines(viewer)).find((b) => b.name === "Mid-halt by board")!;
    const roehampton = await db.goLive.findFirstOrThrow({
      where: { trust: { slug: "queen-marys-roehampton" } },
      select: { id: true, plans: { select: { sequence: true }, orderBy: { sequence: "desc" }, take: 1 } },
    });
    // a plan found later, announced before the baseline's day
    await db.goLivePlan.create({
      data: {
        goLiveId: roehampton.id,
        sequence: roehampton.plans[0]!.sequence + 1,
        plannedOn: new Date("2009-01-01"),
        plannedPrecision: "MONTH",
        plannedLabel: "January 2009",
        announcedOn: new Date("2008-09-01"),
        announcedPrecision: "DAY",
        certainty: "UNCERTAIN",
      },
    });
    const fromKept = await loadComparison(viewer, { baseline: kept.key, asOf: "2009-01-15" });
    const fromDate = await loadComparison(viewer, { on: "2009-01-15", asOf: "2009-01-15" });
    if ("notFound" in fromKept || "notFound" in fromDate) throw new Error("comparison not found");
    const row = (c: typeof fromKept) => c.comparison.rows.find((r) => r.goLiveId === roehampton.id)!;
    expect(row(fromKept).baseline?.plannedLabel).not.toBe("January 2009");
    expect(row(fromDate).baseline?.plannedLabel).toBe("January 2009");
  });

  it("an unknown baseline is not found", async () => {
    expect(await loadComparison(viewer, { baseline: "no-such-baseline", asOf: "2010-06-01" })).toEqual({ notFound: true });
  });
});

describe("what each decision cost, on the sample data", () => {
  it("the October 2008 halt held Kingston, Roehampton, St George's and Imperial for 103 days each; their charges are not known", async () => {
    const { costs, totals } = await loadProgrammeCosts(viewer, { asOf: "2010-06-01", hindsight: false });
    const halt = costs.find((c) => c.type === "HOLD" && c.decision.decided.date === "2008-10-01")!;
    expect(halt.goLives.map((g) => g.trust.slug).sort()).toEqual(["imperial", "kingston", "queen-marys-roehampton", "st-georges"].sort());
    expect(halt.goLives.every((g) => g.days === 103)).toBe(true);
    expect(halt.money).toEqual([]);
    expect(halt.withoutCharges).toBe(4);
    expect(totals.heldDays).toBeGreaterThanOrEqual(412);
  });
});
