// The promises ledger on the sample data (lib/data/promises.ts), worked by hand from the record: Kingston's six
// plans as each fell due, who made them where domain.md says, and the Royal Free's fit to deploy by the end of
// January 2009 (Hansard, 27 February 2009). Read-only: the suite's own database.
import { describe, expect, it } from "vitest";
import { testActor } from "../support/people";

const { loadPromises, withSources } = await import("@/lib/data/promises");

const viewer = testActor("viewer");

describe("the promises ledger from the sample data", () => {
  it("judges Kingston's plans as each fell due, as the record stood on 1 June 2010", async () => {
    const ledger = await loadPromises(viewer, "2010-06-01");
    const kingston = ledger.rows.filter((r) => r.trusts.some((t) => t.slug === "kingston"));
    expect(kingston.map((r) => [r.due.label, r.outcome, r.madeBy])).toEqual([
      // known only from the December 2008 report, after it fell due; the April 2009 plan came with it
      ["late November 2008", "BROKEN", "BT"],
      ["April 2009 at the earliest", "SUPERSEDED", null],
      ["September 2009", "BROKEN", null],
      // re-planned to September 2009 in July, but the go-live of 30 November 2009 was within autumn: kept
      ["autumn 2009", "KEPT", "Kingston Hospital NHS Trust board"],
      ["30 November 2009", "KEPT", null],
    ]);
    expect(kingston[0]!.because).toBe("Not live by 30 November 2008; re-planned to April 2009 at the earliest (known 31 December 2008).");
    expect(kingston[2]!.because).toBe("Not live by 30 September 2009; re-planned to 30 November 2009 (known 30 November 2009).");
    // every row cites its sources (the ledger is worked out without them; the rows shown get theirs)
    expect((await withSources(viewer, kingston)).every((r) => r.sources.length > 0)).toBe(true);
  });

  it("keeps the Royal Free's fit to deploy by the end of January 2009, known from Hansard of 27 February 2009", async () => {
    const [fit] = (await loadPromises(viewer, "2009-03-01")).rows.filter((r) => r.kind === "DECISION");
    expect(fit).toMatchObject({
      decisionKey: "royal-free-fit-to-deploy-2009-01",
      outcome: "KEPT",
      madeBy: "Royal Free Hampstead NHS Trust",
      madeByKind: "TRUST",
      madeOn: "2009-02-27",
      due: { end: "2009-01-31", label: "by the end of January 2009" },
    });
    expect(fit!.sources.map((s) => s.key)).toContain("hansard-2009-02-27-royal-free-records");
    expect((await loadPromises(viewer, "2009-02-26")).rows.filter((r) => r.kind === "DECISION")).toEqual([]);
  });

  it("scores by who made them and by trust, with the counts behind each figure", async () => {
    const ledger = await loadPromises(viewer, "2015-01-01");
    const maker = (name: string) => ledger.byMaker.find((s) => s.label === name);
    expect(maker("BT")).toMatchObject({ kind: "SUPPLIER", total: 1, settled: 1, shareKept: 0, counts: { BROKEN: 1 } });
    expect(maker("Department of Health")).toMatchObject({ kind: "PROGRAMME", total: 1, shareKept: 1, medianLateDays: 0, met: 1 });
    expect(maker("Royal Free Hampstead NHS Trust")).toMatchObject({ kind: "TRUST", total: 1, shareKept: 1 });
    const kingston = ledger.byTrust.find((s) => s.slug === "kingston")!;
    expect(kingston).toMatchObject({ total: 5, settled: 5, counts: { KEPT: 2, BROKEN: 2, SUPERSEDED: 1 }, shareKept: 2 / 5 });
    expect(ledger.overall.total).toBe(ledger.rows.length);
    expect(ledger.byMakerKind.reduce((n, s) => n + s.total, 0)).toBe(ledger.rows.length);
  });

  it("an earlier date shows only what was known then, with its outcome as it stood", async () => {
    const ledger = await loadPromises(viewer, "2009-06-30");
    const kingston = ledger.rows.filter((r) => r.trusts.some((t) => t.slug === "kingston"));
    expect(kingston.map((r) => [r.due.label, r.outcome])).toEqual([
      ["late November 2008", "BROKEN"],
      ["April 2009 at the earliest", "SUPERSEDED"],
      ["autumn 2009", "OPEN"],
    ]);
  });

  it("is not read by someone with no role", async () => {
    await expect(loadPromises({ ...viewer, roles: [] }, "2010-06-01")).rejects.toThrow();
  });
});
