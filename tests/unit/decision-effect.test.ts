import { describe, expect, it } from "vitest";
import { decisionEffect, isFullyLifted } from "@/lib/domain/decision-effect";
import type { DecisionRecord, RolloutFacts } from "@/lib/domain/rollout";
import { DECISION, TRUST, day, decisions, facts, month } from "./fixtures/seed-record";

const byId = (id: number) => decisions.find((d) => d.id === id)!;
const halt = byId(DECISION.HALT);
const resume = byId(DECISION.RESUME);

const names = (effect: ReturnType<typeof decisionEffect>) => effect.goLives.map((g) => g.trust.shortName);
const row = (effect: ReturnType<typeof decisionEffect>, trustId: number) => effect.goLives.find((g) => g.trust.id === trustId)!;

function withDecisions(...extra: DecisionRecord[]): RolloutFacts {
  return { ...facts, decisions: [...facts.decisions, ...extra] };
}

function decision(d: Partial<DecisionRecord> & Pick<DecisionRecord, "id" | "key" | "kind" | "decided">): DecisionRecord {
  return {
    title: d.key,
    reportedOn: null,
    scope: "ALL_LONDON",
    trustIds: [],
    trustNames: [],
    liftsId: null,
    liftsTitle: null,
    commitment: null,
    body: "Board",
    rationale: null,
    certainty: "CONFIRMED",
    certaintyNote: null,
    sources: [],
    ...d,
  };
}

describe("the October 2008 halt, worked by hand from the record", () => {
  const effect = decisionEffect(halt, facts, "2010-06-01");

  it("took effect on 31 October 2008 and was lifted by the February 2009 resume", () => {
    expect(effect.type).toBe("HOLD");
    expect(effect.effectiveFrom).toBe("2008-10-31");
    expect(effect.hasTakenEffect).toBe(true);
    expect(effect.liftedBy.map((d) => d.id)).toEqual([DECISION.RESUME]);
  });

  it("held the four go-lives that were not yet live: Kingston, Roehampton, St George's and Imperial", () => {
    expect(names(effect).sort()).toEqual(["Imperial", "Kingston", "Queen Mary's Roehampton", "St George's"]);
    // Barnet, Sidcup, Barts and the Royal Free were live; Homerton was not a rollout target.
    for (const id of [TRUST.BARNET, TRUST.SIDCUP, TRUST.BARTS, TRUST.ROYAL_FREE, TRUST.HOMERTON]) {
      expect(effect.goLives.some((g) => g.trust.id === id)).toBe(false);
    }
  });

  it("held each from 31 October 2008 to 11 February 2009: 103 days", () => {
    for (const g of effect.goLives) {
      expect(g.from).toBe("2008-10-31");
      expect(g.until).toBe("2009-02-11");
      expect(g.end).toBe("LIFTED");
      expect(g.liftedBy?.id).toBe(DECISION.RESUME);
      expect(g.days).toBe(103);
    }
  });

  it("Kingston went live on 30 November 2009, 395 days after the halt took effect", () => {
    const kingston = row(effect, TRUST.KINGSTON);
    expect(kingston.wentLive).toEqual(day("2009-11-30"));
    expect(kingston.daysToGoLive).toEqual({ min: 395, max: 395 });
  });

  it("St George's went live on 29 March 2010, 514 days after; Roehampton was not live by the date", () => {
    expect(row(effect, TRUST.ST_GEORGES).daysToGoLive).toEqual({ min: 514, max: 514 });
    expect(row(effect, TRUST.ROEHAMPTON).wentLive).toBeNull();
    expect(row(effect, TRUST.ROEHAMPTON).daysToGoLive).toBeNull();
  });

  it("Imperial is not live as of June 2010 and live as of May 2014", () => {
    expect(row(effect, TRUST.IMPERIAL).wentLive).toBeNull();
    const later = decisionEffect(halt, facts, "2014-05-01");
    expect(row(later, TRUST.IMPERIAL).wentLive).toEqual(day("2014-04-22"));
    expect(row(later, TRUST.IMPERIAL).days).toBe(103);
  });
});

describe("the halt as of dates before it was lifted", () => {
  it("on 15 November 2008 it had held the four go-lives for 15 days and was still in force", () => {
    const effect = decisionEffect(halt, facts, "2008-11-15");
    expect(effect.goLives).toHaveLength(4);
    expect(effect.liftedBy).toEqual([]);
    for (const g of effect.goLives) {
      expect(g.until).toBe("2008-11-15");
      expect(g.end).toBe("IN_FORCE");
      expect(g.liftedBy).toBeNull();
      expect(g.days).toBe(15);
      expect(g.wentLive).toBeNull();
    }
  });

  it("on 30 October 2008 it had not yet taken effect and held nothing", () => {
    const effect = decisionEffect(halt, facts, "2008-10-30");
    expect(effect.hasTakenEffect).toBe(false);
    expect(effect.goLives).toEqual([]);
  });

  it("on the day it took effect it held the four for 0 days", () => {
    const effect = decisionEffect(halt, facts, "2008-10-31");
    expect(effect.goLives.map((g) => g.days)).toEqual([0, 0, 0, 0]);
  });
});

describe("the February 2009 resume", () => {
  it("lifted the October halt and released the four go-lives it held, after 103 days", () => {
    const effect = decisionEffect(resume, facts, "2010-06-01");
    expect(effect.type).toBe("RELEASE");
    expect(effect.lifts?.id).toBe(DECISION.HALT);
    expect(names(effect).sort()).toEqual(["Imperial", "Kingston", "Queen Mary's Roehampton", "St George's"]);
    expect(effect.goLives.every((g) => g.from === "2008-10-31" && g.until === "2009-02-11" && g.days === 103)).toBe(true);
  });

  it("counts the days to go-live from the resume: Kingston 292 days after 11 February 2009", () => {
    const effect = decisionEffect(resume, facts, "2010-06-01");
    expect(row(effect, TRUST.KINGSTON).daysToGoLive).toEqual({ min: 292, max: 292 });
  });

  it("had released nothing before it took effect", () => {
    const effect = decisionEffect(resume, facts, "2009-02-10");
    expect(effect.hasTakenEffect).toBe(false);
    expect(effect.goLives).toEqual([]);
  });
});

describe("halts of named trusts and partial lifts", () => {
  const namedHalt = decision({ id: 50, key: "roehampton-halt", kind: "HALT", decided: day("2009-03-10"), scope: "NAMED_TRUSTS", trustIds: [TRUST.ROEHAMPTON] });
  const namedResume = decision({
    id: 51,
    key: "roehampton-resume",
    kind: "RESUME",
    decided: day("2009-03-20"),
    scope: "NAMED_TRUSTS",
    trustIds: [TRUST.ROEHAMPTON],
    liftsId: 50,
  });

  it("a halt of one named trust holds only that trust's go-live, from its day", () => {
    const effect = decisionEffect(namedHalt, withDecisions(namedHalt), "2009-03-15");
    expect(names(effect)).toEqual(["Queen Mary's Roehampton"]);
    expect(effect.goLives[0]).toMatchObject({ from: "2009-03-10", until: "2009-03-15", end: "IN_FORCE", days: 5 });
  });

  it("a halt of a trust already live holds nothing", () => {
    const barnetHalt = decision({ id: 52, key: "barnet-halt", kind: "HALT", decided: day("2009-03-10"), scope: "NAMED_TRUSTS", trustIds: [TRUST.BARNET] });
    expect(decisionEffect(barnetHalt, withDecisions(barnetHalt), "2010-01-01").goLives).toEqual([]);
  });

  it("a resume of the named trust ends the hold after 10 days", () => {
    const f = withDecisions(namedHalt, namedResume);
    const effect = decisionEffect(namedHalt, f, "2009-04-01");
    expect(effect.goLives[0]).toMatchObject({ until: "2009-03-20", end: "LIFTED", days: 10 });
    expect(decisionEffect(namedResume, f, "2009-04-01").goLives.map((g) => g.trust.id)).toEqual([TRUST.ROEHAMPTON]);
  });

  it("a resume naming only Kingston lifts an all-London halt for Kingston alone", () => {
    const londonHalt = decision({ id: 60, key: "london-halt", kind: "HALT", decided: day("2009-03-02") });
    const kingstonResume = decision({
      id: 61,
      key: "kingston-resume",
      kind: "RESUME",
      decided: day("2009-03-12"),
      scope: "NAMED_TRUSTS",
      trustIds: [TRUST.KINGSTON],
      liftsId: 60,
    });
    const f = withDecisions(londonHalt, kingstonResume);
    const effect = decisionEffect(londonHalt, f, "2009-03-22");
    expect(row(effect, TRUST.KINGSTON)).toMatchObject({ end: "LIFTED", days: 10 });
    expect(row(effect, TRUST.ROEHAMPTON)).toMatchObject({ end: "IN_FORCE", days: 20 });
    expect(isFullyLifted(londonHalt, f.decisions)).toBe(false);
    expect(isFullyLifted(halt, decisions)).toBe(true);
    expect(isFullyLifted(namedHalt, [namedResume])).toBe(true);
  });
});

describe("postponements, withdrawals and recommendations", () => {
  it("the March 2009 Kingston postponement covered Kingston, live 244 days after it took effect", () => {
    const postpone = byId(DECISION.KINGSTON_AUTUMN);
    const effect = decisionEffect(postpone, facts, "2010-06-01");
    expect(effect.type).toBe("POSTPONE");
    expect(effect.effectiveFrom).toBe("2009-03-31");
    expect(names(effect)).toEqual(["Kingston"]);
    expect(effect.goLives[0]).toMatchObject({ until: "2009-11-30", end: "WENT_LIVE", days: 244, daysToGoLive: { min: 244, max: 244 } });
  });

  it("a withdrawal holds for good: until the date asked about", () => {
    const withdraw = decision({
      id: 70,
      key: "withdraw-roehampton",
      kind: "WITHDRAW",
      decided: month("2009-06-01"),
      scope: "NAMED_TRUSTS",
      trustIds: [TRUST.ROEHAMPTON],
    });
    const effect = decisionEffect(withdraw, withDecisions(withdraw), "2009-07-30");
    expect(effect.type).toBe("HOLD");
    expect(effect.goLives[0]).toMatchObject({ from: "2009-06-30", until: "2009-07-30", end: "IN_FORCE", days: 30 });
  });

  it("an announcement changes no go-live's status", () => {
    const effect = decisionEffect(byId(DECISION.SCOPE_CUT), facts, "2010-06-01");
    expect(effect.type).toBe("NONE");
    expect(effect.goLives).toEqual([]);
  });
});
