import { describe, expect, it } from "vitest";
import { haltReasons } from "@/lib/domain/halt-reasons";
import { DECISION, decisions, problems as recordProblems, trusts } from "./fixtures/seed-record";

const halt = decisions.find((d) => d.id === DECISION.HALT)!;
// The record's problems (prisma/seed/data/problems.ts), each with its trust, numbered in the record's order:
// 1 Barnet's waiting-time data (July 2007), 2 Barts' cancer visits (June 2008), 3 the Royal Free's crashes (June
// 2008), 4 its rescue plan (6 October 2008), 5 its deficit (November 2008), 6 its £10m (February 2009), 7 Kingston's
// delay cost (December 2008).
const problems = recordProblems.map((p, i) => {
  const { slug, name, shortName } = trusts.find((t) => t.id === p.trustId)!;
  return { id: i + 1, trust: { slug, name, shortName }, reported: p.reported, description: p.description };
});
// The halt's rationale in the record (Computer Weekly, 11 February 2009) names the Royal Free, then Barts.
const rationale = halt.rationale!;

describe("why a halt was called, from the record", () => {
  it("gives the rationale, the trusts it names in its order, and their problems reported before the halt took effect", () => {
    const reasons = haltReasons(halt, problems);
    expect(reasons.rationale).toBe(rationale);
    expect(reasons.trusts.map((t) => t.slug)).toEqual(["royal-free", "barts-and-the-london"]);
    // Barnet is not named; the £7.2m deficit was reported in November 2008, after the halt counted from 31 October.
    expect(reasons.problems.map((p) => p.id)).toEqual([2, 3, 4]);
  });

  it("says the record does not say why when the halt has no rationale, and invents no problems", () => {
    expect(haltReasons({ ...halt, rationale: null }, problems)).toEqual({ rationale: null, trusts: [], problems: [] });
    expect(haltReasons({ ...halt, rationale: "  " }, problems).rationale).toBeNull();
  });

  it("lists no problems for a rationale that names no trust, and matches names as words", () => {
    expect(haltReasons({ ...halt, rationale: "Contract talks with BT." }, problems).problems).toEqual([]);
    expect(haltReasons({ ...halt, rationale: "Problems at the Royal Freehold." }, problems).trusts).toEqual([]);
    expect(haltReasons({ ...halt, rationale: "Problems at the royal free." }, problems).trusts.map((t) => t.slug)).toEqual(["royal-free"]);
  });
});
