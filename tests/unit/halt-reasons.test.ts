import { describe, expect, it } from "vitest";
import { haltReasons } from "@/lib/domain/halt-reasons";
import { DECISION, decisions } from "./fixtures/seed-record";

const halt = decisions.find((d) => d.id === DECISION.HALT)!;
const trusts = {
  royalFree: { slug: "royal-free", name: "Royal Free Hampstead NHS Trust", shortName: "Royal Free" },
  barts: { slug: "barts-and-the-london", name: "Barts and The London NHS Trust", shortName: "Barts and The London" },
  barnet: { slug: "barnet-and-chase-farm", name: "Barnet and Chase Farm Hospitals NHS Trust", shortName: "Barnet and Chase Farm" },
};
const problem = (id: number, trust: keyof typeof trusts, date: string, precision: "DAY" | "MONTH", description: string) => ({
  id,
  trust: trusts[trust],
  reported: { date, precision },
  description,
});
// The record's problems before and after the October 2008 halt (prisma/seed/data/problems.ts).
const problems = [
  problem(1, "barnet", "2007-07-01", "MONTH", "No waiting-time data from July 2007"),
  problem(2, "barts", "2008-06-01", "MONTH", "Urgent cancer visits delayed"),
  problem(3, "royalFree", "2008-06-01", "MONTH", "System crashes and lost appointments after go-live."),
  problem(4, "royalFree", "2008-10-06", "DAY", "22 problems listed for a 90-day rescue plan"),
  problem(5, "royalFree", "2008-11-01", "MONTH", "£7.2m deficit"),
];
const rationale = "Serious problems at the Royal Free Hampstead NHS Trust and at Barts and The London NHS Trust (Computer Weekly, 11 February 2009).";

describe("why a halt was called, from the record", () => {
  it("gives the rationale, the trusts it names in its order, and their problems reported before the halt took effect", () => {
    const reasons = haltReasons({ ...halt, rationale }, problems);
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
