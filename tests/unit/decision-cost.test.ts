import { describe, expect, it } from "vitest";
import { formatMoney } from "@/lib/domain/format";
import { DAYS_PER_MONTH, decisionCost, movedPayments, programmeCosts, programmeTotals, type PaymentFact } from "@/lib/domain/decision-cost";
import { DECISION, TRUST, decisions, facts } from "./fixtures/seed-record";

const halt = decisions.find((d) => d.id === DECISION.HALT)!;
const resume = decisions.find((d) => d.id === DECISION.RESUME)!;
const kingstonGoLive = facts.goLives.find((g) => g.trustId === TRUST.KINGSTON)!;

// The record gives no charges for Kingston: these two are made up for the arithmetic, worked by hand below.
const charges: PaymentFact[] = [
  {
    id: 1,
    goLiveId: kingstonGoLive.id,
    kind: "DEPLOYMENT_CHARGE",
    description: "test deployment charge",
    amount: "1000000",
    period: "one-off",
    priceBasis: "test prices",
    sources: [],
  },
  {
    id: 2,
    goLiveId: kingstonGoLive.id,
    kind: "SERVICE_CHARGE",
    description: "test service charge",
    amount: "10000",
    period: "a month",
    priceBasis: "test prices",
    sources: [],
  },
];

describe("the cost of the October 2008 halt, worked by hand", () => {
  const cost = decisionCost(halt, facts, charges, "2010-06-01");
  const kingston = cost.goLives.find((g) => g.trust.id === TRUST.KINGSTON)!;

  it("held four go-lives for 103 days each (31 October 2008 to the resume on 11 February 2009)", () => {
    expect(cost.type).toBe("HOLD");
    expect(cost.goLives.map((g) => g.trust.id).sort()).toEqual([TRUST.KINGSTON, TRUST.ROEHAMPTON, TRUST.ST_GEORGES, TRUST.IMPERIAL].sort());
    expect(cost.goLives.every((g) => g.days === 103)).toBe(true);
    expect(cost.heldDays).toBe(412);
  });

  it("Kingston moved from late November 2008 to 30 November 2009: 365 to 394 days", () => {
    expect(kingston.planAtDecision).toEqual({ date: "2008-11-01", precision: "MONTH" });
    expect(kingston.movedTo).toEqual({ date: "2009-11-30", precision: "DAY" });
    expect(kingston.movedToIsActual).toBe(true);
    expect(kingston.moved).toEqual({ min: 365, max: 394 });
  });

  it("its deployment charge moved with it, and 12 to 13 months of service charge with it", () => {
    const [deployment, service] = kingston.payments;
    expect(deployment).toMatchObject({ type: "DEPLOYMENT", amount: { min: 1_000_000, max: 1_000_000 } });
    expect(service!.type).toBe("SERVICE");
    expect(service!.months!.min).toBeCloseTo(365 / DAYS_PER_MONTH, 6); // 11.99 months
    expect(service!.amount.min).toBeCloseTo(119_917.86, 1);
    expect(service!.amount.max).toBeCloseTo(129_445.58, 1);
    expect(cost.money).toEqual([{ priceBasis: "test prices", min: 1_000_000 + service!.amount.min, max: 1_000_000 + service!.amount.max }]);
  });

  it("counts the go-lives with no charge in the record as not known, never as nothing", () => {
    expect(cost.withoutCharges).toBe(3);
    const onRecord = decisionCost(halt, facts, [], "2010-06-01");
    expect(onRecord.money).toEqual([]);
    expect(onRecord.withoutCharges).toBe(4);
  });
});

describe("the programme view", () => {
  const costs = programmeCosts(facts, charges, "2010-06-01");

  it("lists the halt and the resume that lifted it, oldest first", () => {
    expect(costs.map((c) => c.decision.id)).toEqual(expect.arrayContaining([DECISION.HALT, DECISION.RESUME]));
    expect(costs.findIndex((c) => c.decision.id === DECISION.HALT)).toBeLessThan(costs.findIndex((c) => c.decision.id === DECISION.RESUME));
    const released = costs.find((c) => c.decision.id === resume.id)!;
    expect(released.type).toBe("RELEASE");
    expect(released.goLives.length).toBe(4);
  });

  it("adds up the holds only, and each go-live's money once: a resume releases what its halt held, and Kingston's own postponement overlaps the halt's move", () => {
    const totals = programmeTotals(costs);
    const holds = costs.filter((c) => c.type === "HOLD" || c.type === "POSTPONE");
    expect(totals.heldDays).toBe(holds.reduce((n, c) => n + c.heldDays, 0));
    expect(totals.heldDays).toBeGreaterThanOrEqual(412);
    expect(totals.money).toHaveLength(1);
    expect(totals.money[0]!.max).toBeCloseTo(1_129_445.58, 1);
    expect(totals.goLives).toBe(4);
    expect(totals.withoutCharges).toBe(3);
  });

  it("before the halt took effect, nothing is listed for it", () => {
    expect(programmeCosts(facts, charges, "2008-10-01").some((c) => c.decision.id === DECISION.HALT)).toBe(false);
  });
});

describe("payments moved with a go-live", () => {
  it("a go-live moved earlier moves no money later", () => {
    expect(movedPayments(charges, { min: -30, max: -10 }).map((p) => p.amount)).toEqual([
      { min: 0, max: 0 },
      { min: 0, max: 0 },
    ]);
  });
  it("money reads as a range in pounds", () => {
    expect(formatMoney({ min: 1_119_917.87, max: 1_129_445.59 })).toBe("£1,119,918 to £1,129,446");
    expect(formatMoney({ min: 4_676_000, max: 4_676_000 })).toBe("£4,676,000");
  });
});
