import { describe, expect, it } from "vitest";
import { decisionEffect } from "@/lib/domain/decision-effect";
import { effectTableWords, summariseDecisionEffect, whatIfCallToAction } from "@/lib/domain/decision-words";
import { DECISION, decisions, facts } from "./fixtures/seed-record";

const byId = (id: number) => decisions.find((d) => d.id === id)!;

describe("a decision's effect in words", () => {
  it("the October 2008 halt, after its lift: what it held and when it was lifted", () => {
    const halt = byId(DECISION.HALT);
    const effect = decisionEffect(halt, facts, "2010-06-01");
    const text = summariseDecisionEffect(halt, effect);
    expect(text).toMatch(/^This halt held \d+ go-lives? that (was|were) not yet live when it took effect on 31 October 2008\./);
    expect(text).toContain("It was lifted on 11 February 2009");
    expect(effectTableWords(halt, effect)).toMatchObject({ caption: "Go-lives held by this halt", days: "Days held" });
  });

  it("the halt before it took effect, and the resume that released its go-lives", () => {
    const halt = byId(DECISION.HALT);
    expect(summariseDecisionEffect(halt, decisionEffect(halt, facts, "2008-10-15"))).toBe(
      "On 15 October 2008 this halt had not yet taken effect: it counts from 31 October 2008.",
    );
    const resume = byId(DECISION.RESUME);
    const effect = decisionEffect(resume, facts, "2010-06-01");
    expect(summariseDecisionEffect(resume, effect)).toMatch(
      /^This resume lifted the halt of October 2008 from 11 February 2009, releasing \d+ go-lives? it had held since 31 October 2008\./,
    );
    expect(effectTableWords(resume, effect)).toMatchObject({ caption: "Go-lives released by this resume", until: "Released on" });
  });

  it("an announcement changes no status, and says so", () => {
    const scopeCut = byId(DECISION.SCOPE_CUT);
    const effect = decisionEffect(scopeCut, facts, "2010-06-01");
    expect(effect.type).toBe("NONE");
    expect(summariseDecisionEffect(scopeCut, effect)).toBe("An announcement does not change any go-live's status, so this dashboard shows no effect for it.");
  });
});

describe("the what-if's call to action, worded for what was changed", () => {
  const kingston = { goLiveId: 5, trust: { slug: "kingston", shortName: "Kingston" }, scope: "Whole trust", recordIsActual: false };

  it("a moved halt or resume is recorded as a board decision", () => {
    const c = whatIfCallToAction({ kind: "decision" }, null);
    expect(c.link).toEqual({ href: "/decisions/new", text: "record it as a decision" });
    expect(c.permission).toBe("decision.record");
  });

  it("a moved plan is a re-plan, on that go-live's re-plan page, never 'a decision'", () => {
    const c = whatIfCallToAction({ kind: "plan", goLiveId: 5 }, kingston);
    expect(c.link).toEqual({ href: "/trusts/kingston/go-lives/5/replan", text: "record a re-plan of Kingston" });
    expect(c.permission).toBe("go-live.replan");
    expect(`${c.lead} ${c.withoutPermission}`).not.toMatch(/decision/);
    expect(c.withoutPermission).toMatch(/programme manager/);
  });

  it("a moved plan of a go-live already live offers nothing to record", () => {
    const c = whatIfCallToAction({ kind: "plan", goLiveId: 5 }, { ...kingston, scope: "Phase 1", recordIsActual: true });
    expect(c.link).toBeNull();
    expect(c.lead).toContain("Kingston (Phase 1) has already gone live");
  });
});
