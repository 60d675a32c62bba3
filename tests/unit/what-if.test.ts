import { describe, expect, it } from "vitest";
import type { PaymentFact } from "@/lib/domain/decision-cost";
import { movableDecisions, runWhatIf, ScenarioError } from "@/lib/domain/what-if";
import { DECISION, TRUST, decisions, facts } from "./fixtures/seed-record";

const goLiveOf = (trustId: number) => facts.goLives.find((g) => g.trustId === trustId)!;
const kingston = goLiveOf(TRUST.KINGSTON);
// Made up for the arithmetic: the record has no charge or acceptance for Kingston.
const payments: PaymentFact[] = [
  { id: 1, goLiveId: kingston.id, kind: "DEPLOYMENT_CHARGE", description: "test charge", amount: "1000000", period: "one-off", priceBasis: null, sources: [] },
];
const acceptances = [{ goLiveId: kingston.id, accepted: { date: "2009-12-15", precision: "DAY" as const } }];
const AS_OF = "2015-01-01";
const rowOf = (result: ReturnType<typeof runWhatIf>, trustId: number) => result.rows.find((r) => r.trust.id === trustId)!;

describe("what if the February 2009 resume had come on 1 December 2008, worked by hand", () => {
  const result = runWhatIf(facts, payments, acceptances, { kind: "decision", decisionId: DECISION.RESUME, date: "2008-12-01" }, AS_OF);

  it("each go-live the resume released keeps its days from the resume to go live: 72 days earlier", () => {
    // 11 February 2009 to 1 December 2008 is 72 days earlier
    expect(rowOf(result, TRUST.KINGSTON)).toMatchObject({
      record: { date: "2009-11-30" },
      scenario: { date: "2009-09-19", precision: "DAY" },
      shiftDays: -72,
      changed: true,
    });
    expect(rowOf(result, TRUST.ST_GEORGES)).toMatchObject({ record: { date: "2010-03-29" }, scenario: { date: "2010-01-16" }, shiftDays: -72 });
    expect(rowOf(result, TRUST.KINGSTON).reason).toMatch(/keeps the days it took from the resume/);
  });

  it("Roehampton, released with no dated plan and no go-live in the record: when it would have gone live is not given", () => {
    expect(rowOf(result, TRUST.ROEHAMPTON)).toMatchObject({ scenario: null, shiftDays: null, changed: true });
    expect(rowOf(result, TRUST.ROEHAMPTON).reason).toBe("Released by this resume; the record gives no date for its go-live");
    expect(result.totalShiftDays).toBe(-72 * 3); // Kingston, St George's, Imperial
  });

  it("on a date before the halt, nothing had been held or released: the what-if moves nothing", () => {
    const early = runWhatIf(facts, [], [], { kind: "decision", decisionId: DECISION.RESUME, date: "2008-12-01" }, "2008-06-01");
    expect(early.rows.every((r) => !r.changed)).toBe(true);
  });

  it("leaves go-lives the resume did not release as they were", () => {
    expect(rowOf(result, TRUST.BARNET)).toMatchObject({ changed: false, shiftDays: 0, reason: "Not affected" });
    expect(result.rows[0]!.changed).toBe(true); // the moved go-lives first
  });

  it("moves the payments with the go-live: Kingston's charge, due on acceptance, 72 days earlier", () => {
    const [charge] = rowOf(result, TRUST.KINGSTON).payments;
    expect(charge).toMatchObject({ recordDue: { date: "2009-12-15" }, scenarioDue: { date: "2009-10-04" }, shiftDays: -72 });
  });
});

describe("what if the October 2008 halt had begun on 1 December 2008", () => {
  const result = runWhatIf(facts, [], [], { kind: "decision", decisionId: DECISION.HALT, date: "2008-12-01" }, AS_OF);

  it("Kingston's plan for late November 2008 fell before it: not held, it goes live as planned", () => {
    expect(rowOf(result, TRUST.KINGSTON)).toMatchObject({ scenario: { date: "2008-11-01", precision: "MONTH" }, changed: true });
    expect(rowOf(result, TRUST.KINGSTON).reason).toMatch(/fell before the halt would have begun/);
  });

  it("Imperial's plan (end of August 2008) was already past when the halt began: it stays as recorded", () => {
    expect(rowOf(result, TRUST.IMPERIAL).changed).toBe(false);
  });
});

describe("what if a trust's planned date moved", () => {
  it("into the halt: held until the resume at the earliest", () => {
    const result = runWhatIf(facts, [], [], { kind: "plan", goLiveId: kingston.id, date: { date: "2009-01-15", precision: "DAY" } }, AS_OF);
    expect(rowOf(result, TRUST.KINGSTON)).toMatchObject({ scenario: { date: "2009-02-11" }, atTheEarliest: true });
  });

  it("outside any halt: it goes live on the new date", () => {
    const result = runWhatIf(facts, [], [], { kind: "plan", goLiveId: kingston.id, date: { date: "2009-06-01", precision: "DAY" } }, AS_OF);
    expect(rowOf(result, TRUST.KINGSTON)).toMatchObject({ scenario: { date: "2009-06-01" }, shiftDays: -182, atTheEarliest: false });
    expect(result.totalShiftDays).toBe(-182);
  });
});

describe("scenarios that cannot be", () => {
  it("a resume before its halt, a halt after its resume, or a decision that moves nothing, say what to fix", () => {
    expect(() => runWhatIf(facts, [], [], { kind: "decision", decisionId: DECISION.RESUME, date: "2008-10-01" }, AS_OF)).toThrow(ScenarioError);
    expect(() => runWhatIf(facts, [], [], { kind: "decision", decisionId: DECISION.HALT, date: "2009-03-01" }, AS_OF)).toThrow(/must begin before its resume/);
    expect(() => runWhatIf(facts, [], [], { kind: "decision", decisionId: DECISION.SCOPE_CUT, date: "2009-03-01" }, AS_OF)).toThrow(/halt or a resume/);
  });

  it("only halts and resumes are offered", () => {
    expect(movableDecisions(decisions).map((d) => d.id)).toEqual([DECISION.HALT, DECISION.RESUME]);
  });
});
