// The promises ledger, worked by hand from the unit record (tests/unit/fixtures/record.ts): Kingston's plans as
// each fell due, Imperial's end-of-August 2008 plan overtaken by the October 2008 halt, and the Royal Free's
// "fit to deploy by the end of January 2009" (Hansard, 27 February 2009).
import { describe, expect, it } from "vitest";
import { byMaker, byTrust, promiseScores, promisesLedger, type DecisionCommitment, type PromiseRow } from "@/lib/domain/promises";
import type { DecisionRecord, GoLiveRecord, RolloutFacts } from "@/lib/domain/rollout";
import { DECISION, facts, goLiveOf, month, SOURCES, TRUST } from "./fixtures/record";

const maker = (madeBy: string, madeByKind: "SUPPLIER" | "TRUST" | "PROGRAMME") => ({ madeBy, madeByKind });

/** The unit record with who made three of its plans, as domain.md and the sources say. */
function withMakers(): RolloutFacts {
  const named = (g: GoLiveRecord, bySequence: Record<number, ReturnType<typeof maker>>): GoLiveRecord => ({
    ...g,
    plans: g.plans.map((p) => ({ ...p, ...(bySequence[p.sequence] ?? {}) })),
  });
  return {
    ...facts,
    goLives: facts.goLives.map((g) =>
      g.trustId === TRUST.BARNET
        ? named(g, { 1: maker("Department of Health", "PROGRAMME") })
        : g.trustId === TRUST.KINGSTON
          ? named(g, { 1: maker("BT", "SUPPLIER"), 4: maker("Kingston Hospital NHS Trust board", "TRUST") })
          : g,
    ),
  };
}

const ROYAL_FREE_FIT: DecisionCommitment = {
  what: "The system fit to deploy at other acute hospitals in London",
  due: month("2009-01-01"),
  dueLabel: "by the end of January 2009",
  byKind: "TRUST",
  met: month("2009-01-01"),
  metNote: "By the end of January 2009 the trust confirmed that the system was fit to be deployed (Hansard).",
};

function withRoyalFree(commitment: DecisionCommitment): RolloutFacts {
  const d: DecisionRecord = {
    id: 99,
    key: "royal-free-fit-to-deploy",
    kind: "ANNOUNCE",
    title: "Royal Free confirms the system fit to deploy",
    decided: month("2009-01-01"),
    reportedOn: null,
    scope: "NAMED_TRUSTS",
    trustIds: [TRUST.ROYAL_FREE],
    trustNames: ["Royal Free Hampstead NHS Trust"],
    liftsId: null,
    liftsTitle: null,
    body: "Royal Free Hampstead NHS Trust",
    rationale: null,
    certainty: "CONFIRMED",
    certaintyNote: null,
    sources: [SOURCES.hansardRoyalFree],
    // the statement is in Hansard of 27 February 2009: the record knew it from then
    knownFrom: "2009-02-27",
    becameKnown: "2009-02-27",
    commitment,
  };
  return { ...facts, decisions: [...facts.decisions, d] };
}

const planRows = (rows: PromiseRow[], trust: number) => rows.filter((r) => r.kind === "GO_LIVE" && r.trusts[0]?.id === trust);

describe("Kingston's plans, as each fell due", () => {
  const kingston = () => planRows(promisesLedger(withMakers(), "2010-06-01"), TRUST.KINGSTON);

  it("lists every dated plan with who made it, in the order they fell due; the postponement with no date is no promise", () => {
    expect(kingston().map((r) => [r.due.label, r.madeBy, r.madeByKind])).toEqual([
      ["late November 2008", "BT", "SUPPLIER"],
      ["April 2009 at the earliest", null, null],
      ["autumn 2009", "Kingston Hospital NHS Trust board", "TRUST"],
    ]);
    expect(kingston().every((r) => r.goLiveId === goLiveOf("KINGSTON").id)).toBe(true);
  });

  it("late November 2008 was superseded: the indefinite postponement was known from 31 October 2008, before it fell due", () => {
    const [nov] = kingston();
    expect(nov).toMatchObject({ outcome: "SUPERSEDED", settledOn: "2008-10-31", late: null });
    expect(nov!.because).toBe("Re-planned to no date (postponed indefinitely) (known 31 October 2008) before it fell due.");
  });

  it("April 2009 was superseded by autumn 2009 (known 31 March 2009), and autumn 2009 was kept by the go-live of 30 November 2009", () => {
    const [, april, autumn] = kingston();
    expect(april).toMatchObject({ outcome: "SUPERSEDED", settledOn: "2009-03-31" });
    expect(autumn).toMatchObject({ outcome: "KEPT", settledOn: "2009-11-30", due: { start: "2009-09-01", end: "2009-11-30" } });
    expect(autumn!.because).toBe("Live 30 November 2009, by 30 November 2009.");
  });

  it("as the record stood on 11 February 2009: April 2009 still open, autumn 2009 not yet made", () => {
    const early = planRows(promisesLedger(withMakers(), "2009-02-11"), TRUST.KINGSTON);
    expect(early.map((r) => [r.due.label, r.outcome])).toEqual([
      ["late November 2008", "SUPERSEDED"],
      ["April 2009 at the earliest", "OPEN"],
    ]);
    expect(early[1]!.because).toBe("Falls due by 30 April 2009.");
  });
});

describe("other go-lives of the unit record", () => {
  const rows = promisesLedger(facts, "2015-01-01");

  it("Barnet's 'before the end of July 2007' was kept on 19 July 2007; Sidcup's 'in 2007' by its November 2007 go-live", () => {
    expect(planRows(rows, TRUST.BARNET)).toMatchObject([{ outcome: "KEPT", settledOn: "2007-07-19" }]);
    expect(planRows(rows, TRUST.SIDCUP)).toMatchObject([{ outcome: "KEPT", settledOn: "2007-11-30" }]);
  });

  it("Imperial's end of August 2008 was broken: the October 2008 halt took effect after it was made and before the 2014 go-live", () => {
    const [, , august] = planRows(rows, TRUST.IMPERIAL);
    expect(august).toMatchObject({ outcome: "BROKEN", settledOn: "2008-10-31", late: null });
    expect(august!.because).toBe("Not live by 31 August 2008; All Cerner go-lives in London halted (31 October 2008).");
  });

  it("a go-live after the promised day, with no re-plan and no halt between, is kept late by the days between", () => {
    // St George's 21 December 2009 (made in March 2010 in the unit record, after the halt was lifted): live 29 March 2010
    expect(planRows(rows, TRUST.ST_GEORGES)).toMatchObject([{ outcome: "KEPT_LATE", late: { min: 98, max: 98 }, settledOn: "2010-03-29" }]);
  });

  it("a promise not yet due is open; one past due with no go-live and no re-plan is broken", () => {
    const roehampton = planRows(promisesLedger(facts, "2008-11-15"), TRUST.ROEHAMPTON);
    expect(roehampton).toMatchObject([{ outcome: "OPEN" }]);
    // on 2009-02-28 its November 2008 plan had fallen due; the October 2008 halt had stopped it
    expect(planRows(promisesLedger(facts, "2009-02-28"), TRUST.ROEHAMPTON)).toMatchObject([{ outcome: "BROKEN" }]);
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
      key: "decision-royal-free-fit-to-deploy",
      outcome: "KEPT",
      settledOn: "2009-01-31",
      madeBy: "Royal Free Hampstead NHS Trust",
      madeByKind: "TRUST",
      due: { start: "2009-01-01", end: "2009-01-31", label: "by the end of January 2009" },
      trusts: [{ id: TRUST.ROYAL_FREE }],
    });
    expect(rows[0]!.sources.map((s) => s.key)).toEqual(["hansard-royal-free"]);
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
  const all = promisesLedger(withMakers(), "2015-01-01");

  it("by who made it: the share kept of those settled and the median days late of those met, with the counts behind them", () => {
    const scores = promiseScores(all, byMaker);
    expect(scores.map((s) => s.label)).toEqual(["BT", "Department of Health", "Kingston Hospital NHS Trust board", null]);
    expect(scores[0]).toMatchObject({ kind: "SUPPLIER", total: 1, settled: 1, shareKept: 0, medianLateDays: null, met: 0, counts: { SUPERSEDED: 1 } });
    expect(scores[1]).toMatchObject({ kind: "PROGRAMME", total: 1, settled: 1, shareKept: 1, medianLateDays: 0, met: 1 });
    expect(scores[2]).toMatchObject({ kind: "TRUST", total: 1, shareKept: 1 });
    // not known: Sidcup kept, Barts 1 and 2 superseded by plans known from the start, Barts 3 kept, Kingston's
    // April 2009 superseded, Roehampton broken, St George's kept late by 98 days, Imperial 1 superseded by 2 (both
    // known from the start), 2 broken (re-planned only after 14 July 2008), 3 broken by the halt
    const notKnown = scores[3]!;
    expect(notKnown.total).toBe(
      notKnown.counts.KEPT + notKnown.counts.KEPT_LATE + notKnown.counts.BROKEN + notKnown.counts.SUPERSEDED + notKnown.counts.OPEN + notKnown.counts.NOT_KNOWN,
    );
    expect(notKnown.counts).toMatchObject({ KEPT: 2, KEPT_LATE: 1, BROKEN: 3, SUPERSEDED: 4, OPEN: 0 });
    expect(notKnown.shareKept).toBeCloseTo(2 / 10);
    // met: 0, 0 and 98 days late: the median is 0
    expect(notKnown).toMatchObject({ met: 3, medianLateDays: 0 });
  });

  it("by trust: a decision's commitment counts for the trust it names", () => {
    const royalFree = promiseScores(rows, byTrust).find((s) => s.slug === "royal-free-hampstead");
    expect(royalFree).toMatchObject({ total: 1, counts: { KEPT: 1 }, shareKept: 1 });
  });

  it("a decision in force covers only the go-lives it names: Kingston's March 2009 postponement breaks no other trust's promise", () => {
    const stGeorges = planRows(promisesLedger({ ...facts, decisions: facts.decisions.filter((d) => d.id !== DECISION.HALT) }, "2015-01-01"), TRUST.ST_GEORGES);
    expect(stGeorges).toMatchObject([{ outcome: "KEPT_LATE" }]);
  });
});
