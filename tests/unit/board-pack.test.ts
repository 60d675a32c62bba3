import { describe, expect, it } from "vitest";
import { buildBoardPack } from "@/lib/domain/board-pack";
import { DECISION, SOURCES, TRUST, conflicts, decisions, facts, problems } from "./fixtures/seed-record";

describe("the board pack for the meeting of 11 February 2009, since the pack of 1 October 2008", () => {
  const pack = buildBoardPack({ facts, problems, payments: [], conflicts }, { since: "2008-10-01", to: "2009-02-11" });

  it("lists the changes in between, oldest first: the rescue plan, the halt, the Royal Free's deficit, Kingston's re-plans and delay cost (all reported in December 2008), the resume", () => {
    expect(pack.changes.map((c) => [c.kind, c.certainFrom, c.trust])).toEqual([
      ["PROBLEM", "2008-10-06", "Royal Free Hampstead NHS Trust"],
      ["DECISION", "2008-10-31", null],
      ["PROBLEM", "2008-11-30", "Royal Free Hampstead NHS Trust"],
      ["PLAN", "2008-12-31", "Kingston Hospital NHS Trust"],
      ["PLAN", "2008-12-31", "Kingston Hospital NHS Trust"],
      ["PROBLEM", "2008-12-31", "Kingston Hospital NHS Trust"],
      ["DECISION", "2009-02-11", null],
    ]);
    expect(pack.changes[3]!.text).toMatch(/postponed with no date \(“postponed indefinitely”\)/);
    expect(pack.changes[4]!.text).toMatch(/planned for April 2009 at the earliest/);
  });

  it("leaves out what was already known by the last pack, and what came after the meeting", () => {
    expect(pack.changes.some((c) => c.text.startsWith("Urgent cancer visits delayed"))).toBe(false); // June 2008
    expect(pack.changes.some((c) => c.text.includes("cost £10m"))).toBe(false); // February 2009, counted from 28 February
    expect(pack.changes.some((c) => c.text.includes("autumn 2009"))).toBe(false); // March 2009
  });

  it("gives every rollout go-live's status and rating on the meeting day", () => {
    // the record's nine go-lives of rollout targets (Imperial has two; Homerton, not a target, has none)
    expect(pack.status).toHaveLength(9);
    const kingston = pack.status.find((r) => r.trust.id === TRUST.KINGSTON)!;
    expect(kingston.derived.status).toBe("NEXT_IN_LINE");
    expect(kingston.rating?.rating).toBeDefined();
  });

  it("the decisions in force: the resume, which lifted the halt by the meeting", () => {
    expect(pack.inForce.map((d) => d.id)).toContain(DECISION.RESUME);
    expect(pack.inForce.map((d) => d.id)).not.toContain(DECISION.HALT);
  });

  it("numbers every source it cites once, every side of the conflicts included", () => {
    const keys = pack.sources.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining([SOURCES.hansardRoyalFree.key, SOURCES.ehiRoyalFree.key, SOURCES.ehiKingstonCost.key]));
    // the Royal Free's go-live day: Hansard, E-Health Insider and the Camden New Journal
    const sides = conflicts.flatMap((c) => c.claims.map((claim) => claim.source.key));
    expect(sides).toContain("cnj-2009-02-19-royal-free");
    expect(keys).toEqual(expect.arrayContaining(sides));
  });
});

describe("the board pack for a decision", () => {
  it("the October 2008 halt's pack carries its cost and the resume that lifted it", () => {
    const halt = decisions.find((d) => d.id === DECISION.HALT)!;
    const pack = buildBoardPack({ facts, problems, payments: [], conflicts }, { since: "2008-10-30", to: "2010-06-01", decision: halt });
    expect(pack.decision?.id).toBe(DECISION.HALT);
    expect(pack.costs.map((c) => c.decision.id).sort()).toEqual([DECISION.HALT, DECISION.RESUME].sort());
    expect(pack.costs.find((c) => c.decision.id === DECISION.HALT)!.heldDays).toBe(412);
  });
});
