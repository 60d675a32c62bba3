// Tolerances and exceptions, worked by hand from the unit record (tests/unit/fixtures/seed-record.ts, the sample data): a slip tolerance
// of 90 days against the record on the day before the October 2008 halt (30 October 2008) raises an exception for
// Kingston from the day it was exceeded, 31 December 2008, when its April 2009 plan became known.
import { describe, expect, it } from "vitest";
import type { PaymentFact } from "@/lib/domain/decision-cost";
import { exceptionsOn, toleranceInForce, type ToleranceFact } from "@/lib/domain/tolerances";
import { facts, goLiveOf, TRUST } from "./fixtures/seed-record";

const KINGSTON = goLiveOf("KINGSTON").id;
const IMPERIAL = goLiveOf("IMPERIAL").id;

let nextId = 1;
function tolerance(t: Partial<ToleranceFact> & Pick<ToleranceFact, "kind">): ToleranceFact {
  const id = nextId++;
  return {
    id,
    key: `tolerance-${id}`,
    goLiveId: null,
    slipDays: null,
    amount: null,
    deadline: null,
    baseline: null,
    baselineOn: null,
    cleared: false,
    agreedOn: "2008-10-01",
    reason: "The board's tolerance",
    setByEmail: "board@example.test",
    knownFrom: "2008-10-01",
    ...t,
  };
}
const preHaltSlip = (extra: Partial<ToleranceFact> = {}) => tolerance({ kind: "SLIP", slipDays: 90, baselineOn: "2008-10-30", ...extra });
const none = new Map<number, PaymentFact[]>();
const asOf = (day: string, hindsight = false) => ({ asOf: day, hindsight });
const kingstonOf = (list: ReturnType<typeof exceptionsOn>) => list.filter((e) => e.goLiveId === KINGSTON);

describe("a slip of 90 days against the record before the October 2008 halt", () => {
  const tolerances = [preHaltSlip()];

  it("is not exceeded on 30 December 2008: Kingston's November 2008 plan, still the latest known, is less than 90 days past", () => {
    expect(kingstonOf(exceptionsOn(facts, tolerances, none, asOf("2008-12-30")))).toEqual([]);
  });

  it("is exceeded from 31 December 2008, when the April 2009 plan became known: 122 to 180 days after November 2008", () => {
    const [e] = kingstonOf(exceptionsOn(facts, tolerances, none, asOf("2008-12-31")));
    expect(e).toMatchObject({
      state: "OPEN",
      since: "2008-12-31",
      kind: "SLIP",
      slip: { min: 122, max: 180 },
      programmeWide: true,
      trust: { id: TRUST.KINGSTON },
    });
    expect(e!.reason).toBe("Its forecast, April 2009 at the earliest, is 122 to 180 days after the baseline's November 2008; 90 days tolerated.");
    expect(e!.tolerance).toBe("90 days of slip against the record on 30 October 2008");
  });

  it("stays an exception through the autumn 2009 re-plan, and closes when Kingston goes live 365 days late", () => {
    expect(kingstonOf(exceptionsOn(facts, tolerances, none, asOf("2009-06-30")))).toMatchObject([{ state: "OPEN", since: "2008-12-31", slip: { min: 275 } }]);
    const [closed] = kingstonOf(exceptionsOn(facts, tolerances, none, asOf("2010-01-01")));
    expect(closed).toMatchObject({ state: "CLOSED", since: "2008-12-31", slip: { min: 365, max: 394 } });
    expect(closed!.reason).toBe("Went live 30 November 2009, 365 to 394 days after the baseline's November 2008; 90 days tolerated.");
  });

  it("a tolerance recorded later is not applied to a date as the record stood, only with hindsight", () => {
    const later = [preHaltSlip({ knownFrom: "2026-12-07" })];
    expect(exceptionsOn(facts, later, none, asOf("2009-06-30"))).toEqual([]);
    expect(kingstonOf(exceptionsOn(facts, later, none, asOf("2009-06-30", true)))).toMatchObject([{ since: "2008-12-31", sinceRecorded: false }]);
    // on the day it was recorded, as it stood: outside since then, because the record knew the tolerance only from then
    expect(kingstonOf(exceptionsOn(facts, later, none, asOf("2026-12-08")))).toMatchObject([{ state: "CLOSED", since: "2026-12-07", sinceRecorded: true }]);
  });

  it("applies only from the day the board agreed it", () => {
    const agreed = [preHaltSlip({ agreedOn: "2009-02-11", knownFrom: "2009-02-11" })];
    expect(kingstonOf(exceptionsOn(facts, agreed, none, asOf("2009-06-30")))).toMatchObject([{ since: "2009-02-11" }]);
    expect(exceptionsOn(facts, agreed, none, asOf("2009-02-10"))).toEqual([]);
  });

  it("a go-live's own tolerance replaces the programme's of its kind; a cleared one ends it", () => {
    const own = [...tolerances, preHaltSlip({ goLiveId: KINGSTON, slipDays: 400 })];
    const list = exceptionsOn(facts, own, none, asOf("2010-01-01"));
    expect(kingstonOf(list)).toEqual([]);
    // Imperial's end of August 2008 plan, still the latest known on 1 January 2010, passed with no go-live
    expect(list.filter((e) => e.goLiveId === IMPERIAL)).toMatchObject([
      { state: "OPEN", reason: expect.stringMatching(/^Its plan \(end of August 2008\) has passed with no go-live: at least/) },
    ]);
    expect(toleranceInForce(own, "SLIP", KINGSTON, "2010-01-01", false)?.slipDays).toBe(400);
    const cleared = [...tolerances, tolerance({ kind: "SLIP", cleared: true, agreedOn: "2009-03-01", knownFrom: "2009-03-01" })];
    expect(exceptionsOn(facts, cleared, none, asOf("2009-06-30"))).toEqual([]);
    expect(kingstonOf(exceptionsOn(facts, cleared, none, asOf("2009-02-28")))).toHaveLength(1);
  });
});

describe("a deadline, and money deferred", () => {
  it("a deadline of 30 June 2009 is broken from 31 March 2009, when the autumn 2009 forecast became known", () => {
    const deadline = [tolerance({ kind: "DEADLINE", deadline: "2009-06-30", goLiveId: KINGSTON })];
    expect(kingstonOf(exceptionsOn(facts, deadline, none, asOf("2009-01-15")))).toEqual([]);
    const [e] = kingstonOf(exceptionsOn(facts, deadline, none, asOf("2009-04-01")));
    expect(e).toMatchObject({
      state: "OPEN",
      since: "2009-03-31",
      programmeWide: false,
      reason: "Its forecast, autumn 2009, is after the deadline of 30 June 2009.",
    });
    expect(kingstonOf(exceptionsOn(facts, deadline, none, asOf("2010-01-01")))).toMatchObject([
      { state: "CLOSED", reason: "Went live 30 November 2009, after the deadline of 30 June 2009." },
    ]);
  });

  it("£500,000 deferred against the pre-halt record is exceeded once the November 2008 plan has passed: the whole £1m charge moves", () => {
    const charge: PaymentFact = {
      id: 1,
      goLiveId: KINGSTON,
      kind: "DEPLOYMENT_CHARGE",
      description: "Deployment charge",
      amount: "1000000",
      period: "one-off",
      priceBasis: null,
      sources: [],
    };
    const money = [tolerance({ kind: "MONEY", amount: 500_000, baselineOn: "2008-10-30" })];
    const payments = new Map([[KINGSTON, [charge]]]);
    expect(kingstonOf(exceptionsOn(facts, money, payments, asOf("2008-11-30")))).toEqual([]);
    const [e] = kingstonOf(exceptionsOn(facts, money, payments, asOf("2009-01-15")));
    expect(e).toMatchObject({ kind: "MONEY", state: "OPEN", since: "2008-12-01" });
    expect(e!.reason).toBe(
      "Its forecast, April 2009 at the earliest, is 122 to 180 days after the baseline's November 2008, deferring £1,000,000 of charges; £500,000 tolerated.",
    );
    // a go-live with no charge in the record: the money deferred is not known, never counted as none
    expect(exceptionsOn(facts, money, none, asOf("2009-01-15"))).toEqual([]);
  });
});
