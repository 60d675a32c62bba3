// The promises ledger's address: every wrong value is a message, and none of them reaches the rules.
import { describe, expect, it } from "vitest";
import { parsePromisesQuery } from "@/lib/validation/promises";

describe("the promises ledger's address", () => {
  it("reads the date, trust, maker, outcome and page", () => {
    expect(parsePromisesQuery({ asOf: "2010-06-01", trust: "kingston", maker: "not-known", outcome: "kept-late", page: "2" })).toMatchObject({
      asOf: { asOf: "2010-06-01", error: null },
      trust: "kingston",
      maker: "NOT_KNOWN",
      outcome: "KEPT_LATE",
      page: 2,
      errors: [],
    });
  });

  it("says what to fix for a value it does not know, an object's own names included, and keeps the rest", () => {
    for (const odd of ["nonsense", "constructor", "__proto__", "toString", "KEPT"]) {
      const q = parsePromisesQuery({ maker: odd, outcome: odd, trust: "kingston" });
      expect(q.maker, odd).toBeNull();
      expect(q.outcome, odd).toBeNull();
      expect(
        q.errors.map((e) => e.field),
        odd,
      ).toEqual(["maker", "outcome"]);
      expect(q.trust).toBe("kingston");
    }
    expect(parsePromisesQuery({ trust: "Not a trust", page: "0" }).errors.map((e) => e.field)).toEqual(["trust", "page"]);
    // a repeated parameter: the first counts
    expect(parsePromisesQuery({ outcome: ["broken", "kept"] }).outcome).toBe("BROKEN");
  });
});
