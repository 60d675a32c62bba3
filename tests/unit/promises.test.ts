// The promises ledger, worked by hand from the unit record (tests/unit/fixtures/seed-record.ts, the sample data):
// Kingston's plans as each fell due, Imperial's end-of-August 2008 plan overtaken by the October 2008 halt, and the
// Royal Free's "fit to deploy by the end of January 2009" (Hansard, 27 February 2009).
import { describe, expect, it } from "vitest";
import { byMaker, byTrust, promiseScores, promisesLedger, type DecisionCommitment, type PromiseRow } from "@/lib/domain/promises";
import type { DecisionRecord, RolloutFacts } from "@/lib/domain/rollout";
import { DECISION, facts, goLiveOf, month, sampleDecision, TRUST } from "./fixtures/seed-record";

// The sample data's decision, with its commitment (Hansard, 27 February 2009).
const ROYAL_FREE_FIT_DECISION = sampleDecision("royal-free-fit-to-deploy-2009-01");
const ROYAL_FREE_FIT: DecisionCommitment = ROYAL_FREE_FIT_DECISION.commitment!;

function withRoyalFree(commitment: DecisionCommitment): RolloutFacts {
  const d: DecisionRecord = {
    ...ROYAL_FREE_FIT_DECISION,
    // the statement is in Hansard of 27 February 2009: the record knew it from then
    knownFrom: "2009-02-27",
    becameKnown: "2009-02-27",
    commitment,
  };
  return { ...facts, decisions: [...facts.decisions, d] };
}

const planRows = (rows: PromiseRow[], trust: number) => rows.filter((r) => r.kind === "GO_LIVE" && r.trusts[0]?.id === trust);

describe("Kingston's plans, as each fell due", () => {
  const kingston = () => planRows(promisesLedger(facts, "2010-06-01"), TRUST.KINGSTON);

  it("lists every dated plan with who made it, in the order they fell due; the postponement with no date is no promise", () => {
    expect(kingston().map((r) => [r.due.label, r.madeBy, r.madeByKind])).toEqual([
      ["late November 2008", "BT", "SUPPLIER"],
      ["April 2009 at the earliest", null, null],
      ["September 2009", null, null],
      ["autumn 2009", "Kingston Hospital NHS Trust board", "TRUST"],
      ["30 November 2009", null, null],
    ]);
    expect(kingston().every((r) => r.goLiveId === goLiveOf("KINGSTON").id)).toBe(true);
  });

  it("late November 2008 was broken: the indefinite postponement was reported only in December 2008, after it fell due", () => {
    const [nov] = kingston();
    expect(nov).toMatchObject({ outcome: "BROKEN", settledOn: "2008-12-31", late: null });
    expect(nov!.because).toBe("Not live by 30 November 2008; re-planned to April 2009 at the earliest (known 31 December 2008).");
  });

  it("April 2009 was superseded by autumn 2009 (known 31 March 2009); September 2009 was broken; autumn 2009 was kept by the go-live of 30 November 2009", () => {
    const [, april, september, autumn, lastDay] = kingston();
    expect(april).toMatchObject({ outcome: "SUPERSEDED", settledOn: "2009-03-31" });
    expect(april!.because).toBe("Re-planned to autumn 2009 (known 31 March 2009) before it fell due.");
    expect(september).toMatchObject({ outcome: "BROKEN", settledOn: "2009-11-30", due: { start: "2009-09-01", end: "2009-09-30" } });
    expect(autumn).toMatchObject({ outcome: "KEPT", settledOn: "2009-11-30", due: { start: "2009-09-01", end: "2009-11-30" } });
    expect(autumn!.because).toBe("Live 30 November 2009, by 30 November 2009.");
    expect(lastDay).toMatchObject({ outcome: "KEPT", settledOn: "2009-11-30", late: null });
  });

  it("as the record stood on 11 February 2009: April 2009 still open, autumn 2009 not yet made", () => {
    const early = planRows(promisesLedger(facts, "2009-02-11"), TRUST.KINGSTON);
    expect(early.map((r) => [r.due.label, r.outcome])).toEqual([
      ["late November 2008", "BROKEN"],
      ["April 2009 at the earliest", "OPEN"],
    ]);
    expect(early[1]!.because).toBe("Falls due by 30 April 2009.");
  });
});

describe("other go-lives of the unit record", () => {
  const rows = promisesLedger(facts, "2015-01-01");

  it("Barnet's 'before the end of July 2007' was kept by its July 2007 go-live; Sidcup's 'in 2007' by its November 2007 go-live", () => {
    expect(planRows(rows, TRUST.BARNET)).toMatchObject([{ outcome: "KEPT", settledOn: "2007-07-31" }]);
    expect(planRows(rows, TRUST.SIDCUP)).toMatchObject([{ outcome: "KEPT", settledOn: "2007-11-30" }]);
  });

  it("Imperial's end of August 2008 was broken: the October 2008 halt took effect after it was made and before the 2014 go-live", () => {
    const [, , august] = planRows(rows, TRUST.IMPERIAL);
    expect(august).toMatchObject({ outcome: "BROKEN", settledOn: "2008-10-31", late: null });
    expect(august!.because).toBe("Not live by 31 August 2008; All Cerner go-lives in London halted (31 October 2008).");
  });

  it("a go-live after the promised day, with no re-plan and no halt between, is kept late by the days between", () => {
    // St George's 21 December 2009 (made in September 2009, after the halt was lifted): live 29 March 2010; its
    // re-plan to March 2010 became known only on 31 March 2010, after the go-live, and was kept by it
    expect(planRows(rows, TRUST.ST_GEORGES)).toMatchObject([
      { outcome: "KEPT_LATE", late: { min: 98, max: 98 }, settledOn: "2010-03-29" },
      { due: { label: "March 2010" }, outcome: "KEPT", settledOn: "2010-03-29" },
    ]);
  });

  it("a promise not yet due is open; one past due with no go-live and no re-plan is broken", () => {
    // Every dated plan in the record is followed by a re-plan or a go-live: the case is built from Kingston's first
    // plan (late November 2008) alone, with no later plan and no go-live.
    const g = goLiveOf("KINGSTON");
    const firstPlanOnly: RolloutFacts = { ...facts, goLives: [{ ...g, plans: [g.plans[0]!], actuals: [] }] };
    expect(planRows(promisesLedger(firstPlanOnly, "2008-11-15"), TRUST.KINGSTON)).toMatchObject([{ outcome: "OPEN" }]);
    // on 2009-02-28 its November 2008 plan had fallen due; the October 2008 halt had stopped it
    expect(planRows(promisesLedger(firstPlanOnly, "2009-02-28"), TRUST.KINGSTON)).toMatchObject([{ outcome: "BROKEN" }]);
  });

  it("a go-live known only to its month against a promised day in that month cannot be scored", () => {
    const g = goLiveOf("BARNET");
    const dayPromise: RolloutFacts = {
      ...facts,
      goLives: [
        {
          ...g,
          plans: [{ ...g.plans[0]!, planned: { date: "2007-07-15", precision: "DAY" }, plannedLabel: "15 July 2007" }],
          actuals: [{ ...g.actuals[0]!, wentLive: month("2007-07-01") }],
        },
      ],
    };
    expect(promisesLedger(dayPromise, "2008-01-01")).toMatchObject([{ outcome: "NOT_KNOWN" }]);
  });
});

describe("the Royal Free's fit to deploy by the end of January 2009", () => {
  it("was kept: the trust confirmed it by the end of January 2009; the record knew it from Hansard of 27 February 2009", () => {
    const rows = promisesLedger(withRoyalFree(ROYAL_FREE_FIT), "2009-03-01").filter((r) => r.kind === "DECISION");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      key: "decision-royal-free-fit-to-deploy-2009-01",
      outcome: "KEPT",
      settledOn: "2009-01-31",
      madeBy: "Royal Free Hampstead NHS Trust",
      madeByKind: "TRUST",
      due: { start: "2009-01-01", end: "2009-01-31", label: "by the end of January 2009" },
      trusts: [{ id: TRUST.ROYAL_FREE }],
    });
    expect(rows[0]!.sources.map((s) => s.key)).toEqual(["hansard-2009-02-27-royal-free-records", "ehi-2009-02-march-before-royal-free-fixes"]);
    expect(promisesLedger(withRoyalFree(ROYAL_FREE_FIT), "2009-02-26").filter((r) => r.kind === "DECISION")).toEqual([]);
  });

  it("would be kept late had it been met in February, and is not known, never broken, where the record does not say it was met", () => {
    const late = promisesLedger(withRoyalFree({ ...ROYAL_FREE_FIT, met: month("2009-02-01") }), "2009-03-01").find((r) => r.kind === "DECISION");
    expect(late).toMatchObject({ outcome: "KEPT_LATE", late: { min: 1, max: 28 } });
    const silent = promisesLedger(withRoyalFree({ ...ROYAL_FREE_FIT, met: null }), "2009-03-01").find((r) => r.kind === "DECISION");
    expect(silent).toMatchObject({ outcome: "NOT_KNOWN", because: "Due by 31 January 2009; the record does not say whether it was met." });
  });
});

describe("scores", () => {
  const rows = promisesLedger(withRoyalFree(ROYAL_FREE_FIT), "2015-01-01");
  const all = promisesLedger(facts, "2015-01-01");

  it("by who made it: the share kept of those settled and the median days late of those met, with the counts behind them", () => {
    const scores = promiseScores(all, byMaker);
    expect(scores.map((s) => s.label)).toEqual([
      "Barts and The London NHS Trust",
      "BT",
      "Department of Health",
      "Imperial College Healthcare NHS Trust (St Mary's)",
      "Kingston Hospital NHS Trust board",
      null,
    ]);
    const [barts, bt, dh, imperial, kingstonBoard, notKnown] = scores;
    // Barts' 7 to 10 March 2008, superseded by start of April 2008 (known 31 March 2008)
    expect(barts).toMatchObject({ kind: "TRUST", total: 1, settled: 1, shareKept: 0, medianLateDays: null, met: 0, counts: { SUPERSEDED: 1 } });
    // BT's late November 2008, broken: not live by then, re-planned only after
    expect(bt).toMatchObject({ kind: "SUPPLIER", total: 1, settled: 1, shareKept: 0, medianLateDays: null, met: 0, counts: { BROKEN: 1 } });
    expect(dh).toMatchObject({ kind: "PROGRAMME", total: 1, settled: 1, shareKept: 1, medianLateDays: 0, met: 1 });
    // St Mary's end of August 2008, broken by the halt
    expect(imperial).toMatchObject({ kind: "TRUST", total: 1, shareKept: 0, counts: { BROKEN: 1 } });
    expect(kingstonBoard).toMatchObject({ kind: "TRUST", total: 1, shareKept: 1 });
    // not known: Sidcup kept, Barts 1 superseded by 2 (both known from the start), Barts 3 kept, Kingston's April
    // 2009 superseded, its September 2009 broken (re-planned only on 30 November 2009), its 30 November 2009 kept,
    // St George's 21 December 2009 kept late by 98 days and its March 2010 kept, Imperial 1 superseded by 2 (both
    // known from the start), 2 broken (re-planned only after 14 July 2008)
    expect(notKnown!.total).toBe(
      notKnown!.counts.KEPT +
        notKnown!.counts.KEPT_LATE +
        notKnown!.counts.BROKEN +
        notKnown!.counts.SUPERSEDED +
        notKnown!.counts.OPEN +
        notKnown!.counts.NOT_KNOWN,
    );
    expect(notKnown!.counts).toMatchObject({ KEPT: 4, KEPT_LATE: 1, BROKEN: 2, SUPERSEDED: 3, OPEN: 0 });
    expect(notKnown!.shareKept).toBeCloseTo(4 / 10);
    // met: 0, 0, 0, 0 and 98 days late: the median is 0
    expect(notKnown).toMatchObject({ met: 5, medianLateDays: 0 });
  });

  it("by trust: a decision's commitment counts for the trust it names", () => {
    const royalFree = promiseScores(rows, byTrust).find((s) => s.slug === "royal-free");
    expect(royalFree).toMatchObject({ total: 1, counts: { KEPT: 1 }, shareKept: 1 });
  });

  it("a decision in force covers only the go-lives it names: Kingston's March 2009 postponement breaks no other trust's promise", () => {
    const stGeorges = planRows(promisesLedger({ ...facts, decisions: facts.decisions.filter((d) => d.id !== DECISION.HALT) }, "2015-01-01"), TRUST.ST_GEORGES);
    expect(stGeorges).toMatchObject([{ outcome: "KEPT_LATE" }, { outcome: "KEPT" }]);
  });
});
