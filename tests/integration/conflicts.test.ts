// Conflicting sources as the data layer reads them: each disputed fact with every side's claim,
// source and certainty, found from its trust or contract, and the programme-wide list filtered by
// status. One test settles a conflict, so the file has a database of its own.
import { describe, expect, it } from "vitest";
import { startFreshDatabase } from "./support/fresh-database";
import { testActor } from "../support/people";
import { listConflicts, listConflictsForContract, listConflictsForTrust, listContractConflicts } from "@/lib/data/conflicts";
import { parseConflictQuery } from "@/lib/validation/conflicts";

const { db } = await startFreshDatabase();
const viewer = testActor("viewer");
const trustId = async (slug: string) => (await db.trust.findUniqueOrThrow({ where: { slug } })).id;
const contractId = async (key: string) => (await db.contract.findUniqueOrThrow({ where: { key } })).id;

const SAMPLE_KEYS = [
  "bt-340m-write-off-london-link",
  "kingston-first-plan",
  "london-deal-cut-2010-03",
  "october-2008-halt-who-decided",
  "royal-free-go-live-day",
];

describe("conflicting sources in the record", () => {
  it("refuses to read them without a signed-in person", async () => {
    await expect(listConflicts(null)).rejects.toThrow(/Sign in/);
    await expect(listConflictsForTrust(null, 1)).rejects.toThrow(/Sign in/);
    await expect(listConflictsForContract(null, 1)).rejects.toThrow(/Sign in/);
  });

  it("keeps the Royal Free's go-live day as three claims side by side, each with its source and certainty", async () => {
    const conflicts = await listConflictsForTrust(viewer, await trustId("royal-free"));
    expect(conflicts.map((c) => c.key)).toEqual(["royal-free-go-live-day"]);
    const [day] = conflicts;
    expect(day).toMatchObject({ status: "OPEN", trust: { slug: "royal-free" }, goLive: { scope: "Whole trust" }, contract: null });
    expect(day!.question).toMatch(/which day/i);
    expect(day!.claims.map((c) => [c.position, c.claim, c.certainty])).toEqual([
      [1, "15 June 2008", "UNCERTAIN"],
      [2, "16 June 2008", "UNCERTAIN"],
      [3, "17 June 2008", "UNCERTAIN"],
    ]);
    const [hansard, ehi, cnj] = day!.claims;
    expect(hansard!.source).toMatchObject({
      key: "hansard-2009-02-27-royal-free-records",
      publisher: "Hansard (House of Commons)",
      published: { date: "2009-02-27", precision: "DAY" },
      url: "https://hansard.parliament.uk/Commons/2009-02-27/debates/09022737000157/RoyalFreeHospitalMedicalRecords",
    });
    // E-Health Insider's 16 June is in its article of 23 July 2008 (domain.md's corrections name it).
    expect(ehi!.source).toMatchObject({
      key: "ehi-2008-07-st-marys-delays-crs",
      publisher: "E-Health Insider (now Digital Health)",
      published: { date: "2008-07-23", precision: "DAY" },
      url: "https://www.digitalhealth.net/2008/07/st-marys-delays-go-live-of-crs",
    });
    expect(cnj!.source).toMatchObject({
      key: "cnj-2009-02-19-royal-free",
      publisher: "Camden New Journal",
      published: { date: "2009-02-19", precision: "DAY" },
    });
  });

  it("finds a contract's conflicts: the £340m write-off's link to London and the £112m, about £100m and £73m cuts", async () => {
    const conflicts = await listConflictsForContract(viewer, await contractId("london-lsp"));
    expect(conflicts.map((c) => c.key).sort()).toEqual(["bt-340m-write-off-london-link", "london-deal-cut-2010-03"]);
    const cut = conflicts.find((c) => c.key === "london-deal-cut-2010-03")!;
    expect(cut.claims.map((c) => [c.claim, c.source.key])).toEqual([
      ["£112m", "ehi-2010-04-london-programme-slashed"],
      ["About £100m", "guardian-2010-04-08-london-deal"],
      ["£73m at 2004-05 prices", "nao-2011-05-18-care-records"],
    ]);
    expect(cut.note).toMatch(/price bases/);
    const writeOff = conflicts.find((c) => c.key === "bt-340m-write-off-london-link")!;
    expect(writeOff.claims.map((c) => c.source.key)).toEqual(["cw-bt-writes-off-340m", "cw-2009-02-11-bt-to-resume"]);
    expect(await listConflictsForContract(viewer, await contractId("south-lsp"))).toEqual([]);
    expect((await listContractConflicts(viewer)).map((c) => c.key).sort()).toEqual(conflicts.map((c) => c.key).sort());
  });

  it("gives every side of every conflict a source of its own and a certainty", async () => {
    const conflicts = await listConflicts(viewer, "all");
    expect(conflicts.map((c) => c.key).sort()).toEqual(SAMPLE_KEYS);
    for (const c of conflicts) {
      expect(c.claims.length, c.key).toBeGreaterThanOrEqual(2);
      expect(new Set(c.claims.map((claim) => claim.source.key)).size, c.key).toBe(c.claims.length);
      expect(
        c.claims.map((claim) => claim.position),
        c.key,
      ).toEqual(c.claims.map((_, i) => i + 1));
      for (const claim of c.claims) expect(["CONFIRMED", "SINGLE_SOURCE", "UNCERTAIN"]).toContain(claim.certainty);
    }
    // The October 2008 halt covered all London: it belongs to no one trust or contract.
    expect(conflicts.find((c) => c.key === "october-2008-halt-who-decided")).toMatchObject({ trust: null, contract: null });
    // Kingston's first plan: October 2008 (Evening Standard) or late November 2008 (E-Health Insider).
    expect((await listConflictsForTrust(viewer, await trustId("kingston"))).map((c) => c.key)).toEqual(["kingston-first-plan"]);
    expect(await listConflictsForTrust(viewer, await trustId("st-georges"))).toEqual([]);
  });

  it("keeps who decided the October 2008 halt as three claims, none stored as the decision's body", async () => {
    const halt = (await listConflicts(viewer, "all")).find((c) => c.key === "october-2008-halt-who-decided")!;
    expect(halt.claims.map((c) => [c.claim, c.source.key])).toEqual([
      ["BT announced it", "ehi-24279-royal-free-rescue-plan"],
      ["NHS London decided it", "ehi-2008-12-kingston-delay-cost"],
      ["BT and NHS London suspended it", "ehi-2009-03-next-go-live-autumn"],
    ]);
    const decision = await db.decision.findUniqueOrThrow({ where: { key: "halt-2008-10" } });
    expect(decision.body).toMatch(/not agreed by the sources/i);
    expect(decision.certainty).toBe("UNCERTAIN");
  });

  it("lists open conflicts unless asked for resolved or all", async () => {
    expect((await listConflicts(viewer)).map((c) => c.key).sort()).toEqual(SAMPLE_KEYS);
    expect(await listConflicts(viewer, "resolved")).toEqual([]);

    await db.conflict.update({ where: { key: "london-deal-cut-2010-03" }, data: { status: "RESOLVED", note: "Settled in a test" } });

    expect((await listConflicts(viewer, "open")).map((c) => c.key)).not.toContain("london-deal-cut-2010-03");
    expect((await listConflicts(viewer, "resolved")).map((c) => [c.key, c.status])).toEqual([["london-deal-cut-2010-03", "RESOLVED"]]);
    expect((await listConflicts(viewer, "all")).map((c) => c.key).sort()).toEqual(SAMPLE_KEYS);
    // A trust's or contract's page shows its conflicts whether open or resolved.
    expect((await listConflictsForContract(viewer, await contractId("london-lsp"))).map((c) => c.key)).toContain("london-deal-cut-2010-03");
  });

  it("reads the status filter from the URL, and a wrong value gets a message and the open conflicts", () => {
    expect(parseConflictQuery(undefined)).toEqual({ status: "open", requested: null, error: null });
    expect(parseConflictQuery("resolved")).toMatchObject({ status: "resolved", error: null });
    expect(parseConflictQuery(" ALL ")).toMatchObject({ status: "all", error: null });
    expect(parseConflictQuery(["resolved", "open"])).toMatchObject({ status: "resolved", error: null });
    expect(parseConflictQuery("closed")).toEqual({ status: "open", requested: "closed", error: "Choose open, resolved or all conflicts" });
  });
});
