import { describe, expect, it } from "vitest";
import { buildOverviewRows, countByConfiguration, countByStatus, describePlanned, statusDecisionsOn } from "@/lib/domain/rollout";
import { DECISION, day, facts, month, quarter } from "./fixtures/seed-record";

const names = (rows: ReturnType<typeof buildOverviewRows>) => rows.map((r) => r.trust.shortName);
const goLiveNames = (rows: ReturnType<typeof buildOverviewRows>) => rows.map((r) => `${r.trust.shortName}: ${r.scope}`);

describe("buildOverviewRows on 11 February 2009, the day the resume was reported", () => {
  const rows = buildOverviewRows(facts, "2009-02-11");

  it("lists every go-live, sorted by trust name", () => {
    // Homerton has no go-live in the record; Imperial has two.
    expect(goLiveNames(rows)).toEqual([
      "Barnet and Chase Farm: Whole trust",
      "Barts and The London: Whole trust",
      "Imperial: Order communications",
      "Imperial: Patient administration system",
      "Kingston: Whole trust",
      "Queen Mary's Roehampton: Whole trust",
      "Queen Mary's Sidcup: Whole trust",
      "Royal Free: Whole trust",
      "St George's: Phase 1",
    ]);
  });

  it("counts 4 live, 4 next in line and Imperial's order communications (no plan in the record) not known", () => {
    expect(countByStatus(rows)).toEqual({ PLANNED: 0, NEXT_IN_LINE: 4, HALTED: 0, LIVE: 4, WITHDRAWN: 0, NOT_KNOWN: 1 });
  });

  it.each([
    [
      "the live four are Barnet, Barts, Sidcup and the Royal Free",
      "LIVE",
      ["Barnet and Chase Farm", "Barts and The London", "Queen Mary's Sidcup", "Royal Free"],
    ],
    ["the next in line are Imperial, Kingston, Roehampton and St George's", "NEXT_IN_LINE", ["Imperial", "Kingston", "Queen Mary's Roehampton", "St George's"]],
  ] as const)("%s", (_, status, trusts) => {
    expect(names(buildOverviewRows(facts, "2009-02-11", { status }))).toEqual(trusts);
  });

  it("shows Kingston's latest dated plan known on the day: April 2009 at the earliest", () => {
    const kingston = rows.find((r) => r.trust.shortName === "Kingston")!;
    expect(kingston.latestPlanned).toEqual(month("2009-04-01"));
    expect(kingston.latestPlannedLabel).toBe("April 2009 at the earliest");
    expect(kingston.configuration?.code).toBe("LC1");
  });

  it("a disputed go-live is uncertain, and cites only the sources published by the date", () => {
    const royalFree = rows.find((r) => r.trust.shortName === "Royal Free")!;
    expect(royalFree.certainty).toBe("UNCERTAIN");
    expect(royalFree.derived.isDisputed).toBe(true);
    // The Camden New Journal of 19 February 2009 and Hansard's answer of 27 February 2009 came after 11 February
    // 2009: counted, not cited.
    expect(royalFree.sources.map((s) => s.key)).toEqual(["cw-2009-02-11-bt-to-resume", "ehi-2008-07-st-marys-delays-crs"]);
    expect(royalFree.laterSources).toBe(2);
    const onMarch1 = buildOverviewRows(facts, "2009-03-01").find((r) => r.trust.shortName === "Royal Free")!;
    expect(onMarch1.sources.map((s) => s.key).sort()).toEqual([
      "cnj-2009-02-19-royal-free",
      "cw-2009-02-11-bt-to-resume",
      "ehi-2008-07-st-marys-delays-crs",
      "hansard-2009-02-27-royal-free-records",
    ]);
    expect(onMarch1.laterSources).toBe(0);
  });

  it("cites each source once, and not those of plans announced later", () => {
    const kingston = rows.find((r) => r.trust.shortName === "Kingston")!;
    // plans 1-3 and the go-live share a source; the later plans' (March, July and November 2009) and the go-live's
    // own November 2009 report are not yet cited; the undated Computer Weekly blog counts from the start
    expect(kingston.sources.map((s) => s.key)).toEqual(["ehi-2008-12-kingston-delay-cost", "cw-blog-kingston-success"]);
  });

  it("filters by configuration: LC0 is Barnet, Barts and Sidcup", () => {
    expect(names(buildOverviewRows(facts, "2009-02-11", { configuration: "LC0" }))).toEqual([
      "Barnet and Chase Farm",
      "Barts and The London",
      "Queen Mary's Sidcup",
    ]);
  });

  it("filters by certainty", () => {
    expect(names(buildOverviewRows(facts, "2009-02-11", { certainty: "CONFIRMED" }))).toEqual(["Barnet and Chase Farm", "Kingston", "St George's"]);
    expect(names(buildOverviewRows(facts, "2009-02-11", { certainty: "UNCERTAIN" }))).toEqual(["Royal Free"]);
    expect(names(buildOverviewRows(facts, "2009-02-11", { certainty: "SINGLE_SOURCE" }))).toEqual([
      "Barts and The London",
      "Imperial",
      "Imperial",
      "Queen Mary's Roehampton",
      "Queen Mary's Sidcup",
    ]);
  });

  it("combines filters: LC1 and next in line is Imperial and Kingston", () => {
    expect(names(buildOverviewRows(facts, "2009-02-11", { status: "NEXT_IN_LINE", configuration: "LC1" }))).toEqual(["Imperial", "Kingston"]);
  });

  it("a filter nothing matches gives no rows", () => {
    expect(buildOverviewRows(facts, "2009-02-11", { status: "WITHDRAWN" })).toEqual([]);
  });

  it("counts by configuration, with an unknown configuration counted as not known", () => {
    expect(countByConfiguration(rows)).toEqual([
      { code: "LC0", name: "London Configuration 0 (Release 0)", count: 3 },
      { code: "LC1", name: "London Configuration 1", count: 3 },
      { code: "NDM", name: "New Delivery Model", count: 1 },
      // Roehampton's and Imperial's order communications
      { code: "NOT_KNOWN", name: "Not known", count: 2 },
    ]);
  });
});

describe("the overview on other dates", () => {
  it("on 15 November 2008: 4 live, 4 halted, and Imperial's order communications not known", () => {
    expect(countByStatus(buildOverviewRows(facts, "2008-11-15"))).toEqual({
      PLANNED: 0,
      NEXT_IN_LINE: 0,
      HALTED: 4,
      LIVE: 4,
      WITHDRAWN: 0,
      NOT_KNOWN: 1,
    });
  });

  it("on 1 April 2009 Roehampton drops out of next in line: postponed with no new date", () => {
    const counts = countByStatus(buildOverviewRows(facts, "2009-04-01"));
    expect(counts.NEXT_IN_LINE).toBe(3);
    expect(counts.NOT_KNOWN).toBe(2);
  });

  it("on 1 June 2010: 6 live, Imperial still next in line, Roehampton and Imperial's order communications not known", () => {
    const rows = buildOverviewRows(facts, "2010-06-01");
    expect(countByStatus(rows)).toMatchObject({ LIVE: 6, NEXT_IN_LINE: 1, NOT_KNOWN: 2 });
    expect(names(rows.filter((r) => r.derived.status === "NEXT_IN_LINE"))).toEqual(["Imperial"]);
    const kingston = rows.find((r) => r.trust.shortName === "Kingston")!;
    // its last plan, announced in November 2009: 30 November 2009
    expect(kingston.latestPlanned).toEqual(day("2009-11-30"));
  });
});

describe("statusDecisionsOn: where the halt and the resume stand", () => {
  it("before the halt is certain (15 October 2008) nothing has taken effect", () => {
    expect(statusDecisionsOn(facts.decisions, "2008-10-15")).toEqual([]);
  });

  it("on 10 February 2009 the halt is in force", () => {
    const standings = statusDecisionsOn(facts.decisions, "2009-02-10");
    expect(standings.map((s) => [s.decision.id, s.standing, s.liftedBy?.id ?? null])).toEqual([[DECISION.HALT, "IN_FORCE", null]]);
  });

  it("on 11 February 2009 the halt shows as lifted by the resume, newest first", () => {
    const standings = statusDecisionsOn(facts.decisions, "2009-02-11");
    expect(standings.map((s) => [s.decision.id, s.standing, s.liftedBy?.id ?? null])).toEqual([
      [DECISION.RESUME, "LIFTING", null],
      [DECISION.HALT, "LIFTED", DECISION.RESUME],
    ]);
  });

  it("a postponement or an announcement is not a status decision", () => {
    const ids = statusDecisionsOn(facts.decisions, "2010-06-01").map((s) => s.decision.id);
    expect(ids).toEqual([DECISION.RESUME, DECISION.HALT]);
  });
});

describe("describePlanned", () => {
  it("prefers the record's words, falls back to the formatted date, and says 'Not known' when there is neither", () => {
    expect(describePlanned(month("2008-11-01"), "late November 2008")).toBe("late November 2008");
    expect(describePlanned(quarter("2009-09-01"), null)).toBe("September to November 2009");
    expect(describePlanned(null, "postponed indefinitely")).toBe("postponed indefinitely");
    expect(describePlanned(null, null)).toBe("Not known");
  });
});
