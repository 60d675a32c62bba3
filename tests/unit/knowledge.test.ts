import { describe, expect, it } from "vitest";
import { citedOn, isPublishedBy } from "@/lib/domain/knowledge";

const cw = { key: "cw-2009-02-11", published: { date: "2009-02-11", precision: "DAY" as const } };
const ehiMarch = { key: "ehi-2009-03", published: { date: "2009-03-01", precision: "MONTH" as const } };
const may2014 = { key: "ehi-2014-05", published: { date: "2014-05-01", precision: "MONTH" as const } };
const undated = { key: "minutes", published: null };

describe("which sources a page for a date cites", () => {
  it("a report of 11 February 2009 is cited on that day, not the day before", () => {
    expect(isPublishedBy(cw, "2009-02-10")).toBe(false);
    expect(isPublishedBy(cw, "2009-02-11")).toBe(true);
  });

  it("a source known only as March 2009 is cited from 31 March 2009", () => {
    expect(isPublishedBy(ehiMarch, "2009-03-30")).toBe(false);
    expect(isPublishedBy(ehiMarch, "2009-03-31")).toBe(true);
  });

  it("a source published in May 2014 is not cited as of 2009-02-11, and is counted as later", () => {
    expect(citedOn([cw, may2014, undated], "2009-02-11")).toEqual({ cited: [cw, undated], later: 1 });
    expect(citedOn([cw, may2014], "2014-06-01")).toEqual({ cited: [cw, may2014], later: 0 });
  });
});

// The rules worked by hand from the record (docs/domain.md, "Corrections and additions").
import { asRead, conflictsOn, isKnownOn, knownFromOf, knownLater, publishedLater } from "@/lib/domain/knowledge";
import { buildOverviewRows, readRecord, type RolloutFacts } from "@/lib/domain/rollout";
import { decisionEffectiveFrom, deriveGoLiveStatus, isPlanKnownOn, type PlanFact } from "@/lib/domain/status";
import { facts as record, goLiveOf, factsOf, statusDecisions, TRUST } from "./fixtures/seed-record";

/** The fixture's facts with the knowledge dates the loader gives them (lib/data/rollout.ts). */
function dated(facts: RolloutFacts): RolloutFacts {
  const known = <F extends { sources: { published: { date: string; precision: "DAY" | "MONTH" | "QUARTER" | "YEAR" } | null }[] }>(
    f: F,
    own: { date: string; precision: "DAY" | "MONTH" | "QUARTER" | "YEAR" } | string | null,
  ) => {
    const from = knownFromOf({ known: own, sources: f.sources, recordedOn: null });
    return { ...f, knownFrom: from, becameKnown: from };
  };
  return {
    ...facts,
    goLives: facts.goLives.map((g) => ({ ...g, plans: g.plans.map((p) => known(p, p.announced)), actuals: g.actuals.map((a) => known(a, null)) })),
    decisions: facts.decisions.map((d) => known(d, d.reportedOn)),
  };
}

const ehiSept2009 = { key: "ehi-2009-09-st-georges-xmas", published: { date: "2009-09-01", precision: "MONTH" as const } };

describe("when a fact became known", () => {
  it("a fact's own knowledge date comes first, then its earliest dated source, then the day it was recorded", () => {
    expect(knownFromOf({ known: { date: "2009-09-01", precision: "MONTH" }, sources: [cw], recordedOn: "2026-12-01" })).toBe("2009-09-30");
    expect(knownFromOf({ known: null, sources: [may2014, undated, ehiMarch], recordedOn: "2026-12-01" })).toBe("2009-03-31");
    expect(knownFromOf({ known: null, sources: [undated], recordedOn: "2026-12-01" })).toBe("2026-12-01");
    expect(knownFromOf({ known: null, sources: [], recordedOn: null })).toBeNull();
  });

  it("St George's plan for 21 December 2009, announced in September 2009, is not known on 2009-02-11 and is on 2009-10-01", () => {
    const known = knownFromOf({ known: ehiSept2009.published, sources: [ehiSept2009], recordedOn: null });
    const plan: PlanFact = {
      sequence: 1,
      planned: { date: "2009-12-21", precision: "DAY" },
      plannedLabel: null,
      announced: ehiSept2009.published,
      certainty: "SINGLE_SOURCE",
      knownFrom: known,
      becameKnown: known,
    };
    expect(isPlanKnownOn(plan, "2009-02-11")).toBe(false);
    expect(isPlanKnownOn(plan, "2009-10-01")).toBe(true);
    expect(isKnownOn(plan, "2009-09-29")).toBe(false);
    expect(isKnownOn(plan, "2009-09-30")).toBe(true);
    const goLive = { ...factsOf("ST_GEORGES"), plans: [plan], actuals: [] };
    expect(deriveGoLiveStatus(goLive, [], "2009-02-11").latestPlan).toBeNull();
    expect(deriveGoLiveStatus(goLive, [], "2009-10-01").reason).toBe("Planned for 21 December 2009.");
  });

  it("a plan with no announced date counts from its earliest source, not from the start of time", () => {
    const known = knownFromOf({ known: null, sources: [may2014], recordedOn: null });
    const plan: PlanFact = {
      sequence: 1,
      planned: { date: "2009-06-01", precision: "MONTH" },
      plannedLabel: null,
      announced: null,
      certainty: "UNCERTAIN",
      knownFrom: known,
      becameKnown: known,
    };
    expect(isKnownOn(plan, "2009-02-11")).toBe(false);
    expect(isKnownOn(asRead(plan, true), "2009-02-11")).toBe(true);
    expect(knownLater(plan, "2009-02-11")).toBe("2014-05-31");
  });

  it("a source published in May 2014 is not cited as of 2009-02-11; with hindsight it is, marked as published later", () => {
    expect(citedOn([cw, may2014], "2009-02-11").cited).toEqual([cw]);
    expect(citedOn([cw, may2014], "2009-02-11", true)).toEqual({ cited: [cw, may2014], later: 1 });
    expect(publishedLater(may2014, "2009-02-11")).toBe("2014-05-31");
    expect(publishedLater(cw, "2009-02-11")).toBeNull();
  });
});

describe("the record as it stood and with hindsight", () => {
  const facts = dated(record);
  const kingston = goLiveOf("KINGSTON");
  // Kingston went live on 30 November 2009; suppose the record first heard of it on 3 December.
  const heardLater: RolloutFacts = {
    ...facts,
    goLives: facts.goLives.map((g) =>
      g.id === kingston.id ? { ...g, actuals: g.actuals.map((a) => ({ ...a, knownFrom: "2009-12-03", becameKnown: "2009-12-03" })) } : g,
    ),
  };
  const row = (f: RolloutFacts, asOf: string, hindsight: boolean) =>
    buildOverviewRows(readRecord(f, { asOf, hindsight }), asOf).find((r) => r.goLiveId === kingston.id)!;

  it("as it stood on 1 December 2009 Kingston was not yet known to be live; with hindsight it was, reported later", () => {
    expect(row(heardLater, "2009-12-01", false).derived.status).not.toBe("LIVE");
    const hindsight = row(heardLater, "2009-12-01", true);
    expect(hindsight.derived.status).toBe("LIVE");
    expect(hindsight.reportedLater).toBe("2009-12-03");
    expect(row(heardLater, "2009-12-03", false).derived.status).toBe("LIVE");
    expect(row(heardLater, "2009-12-03", false).reportedLater).toBeNull();
  });

  it("a halt of October 2008 first reported in December 2008 holds nothing as it stood on 15 November 2008, and holds with hindsight", () => {
    const late: RolloutFacts = {
      ...facts,
      decisions: facts.decisions.map((d) => (d.kind === "HALT" ? { ...d, knownFrom: "2008-12-31", becameKnown: "2008-12-31" } : d)),
    };
    // Once known, it counts from when it took effect: the record of 2010 says the halt held from 31 October 2008.
    expect(decisionEffectiveFrom(late.decisions.find((d) => d.kind === "HALT")!)).toBe("2008-10-31");
    expect(row(late, "2010-06-01", false).derived.heldBy).toBeNull();
    expect(row(late, "2009-01-15", false).derived.status).toBe("HALTED");
    expect(row(late, "2008-11-15", false).derived.status).not.toBe("HALTED");
    const hindsight = row(late, "2008-11-15", true);
    expect(hindsight.derived.status).toBe("HALTED");
    expect(hindsight.reportedLater).toBe("2008-12-31");
  });

  it("as it stood, the row cites only the sources published by the date; with hindsight all of them", () => {
    // Barnet went live over 19-24 July 2007: Hansard gave the plan on 24 July, E-Health Insider the go-live in August.
    const at = "2007-07-25";
    const stood = buildOverviewRows(readRecord(facts, { asOf: at, hindsight: false }), at);
    const all = buildOverviewRows(readRecord(facts, { asOf: at, hindsight: true }), at);
    for (const r of stood) expect(r.sources.every((s) => s.published === null || s.published.date <= at)).toBe(true);
    const barnetThen = stood.find((r) => r.goLiveId === goLiveOf("BARNET").id)!;
    expect(barnetThen.derived.status).toBe("PLANNED");
    expect(barnetThen.laterSources).toBe(1);
    const barnetNow = all.find((r) => r.goLiveId === goLiveOf("BARNET").id)!;
    expect(barnetNow.sources.map((s) => publishedLater(s, at)).filter(Boolean)).toEqual(["2007-08-31"]);
    for (const r of all) {
      const then = stood.find((x) => x.goLiveId === r.goLiveId)!;
      expect(r.sources.length).toBeGreaterThanOrEqual(then.sources.length + then.laterSources);
    }
  });

  it("reading with hindsight never drops a fact, and as it stood never keeps one known after the date", () => {
    for (const asOf of ["2008-11-15", "2009-02-11", "2010-06-01"]) {
      const stood = readRecord(facts, { asOf, hindsight: false });
      const all = readRecord(facts, { asOf, hindsight: true });
      expect(all.goLives.flatMap((g) => g.plans).length).toBe(facts.goLives.flatMap((g) => g.plans).length);
      for (const p of stood.goLives.flatMap((g) => [...g.plans, ...g.actuals])) expect(p.knownFrom == null || p.knownFrom <= asOf).toBe(true);
      for (const d of stood.decisions) expect(d.knownFrom == null || d.knownFrom <= asOf).toBe(true);
    }
    expect(statusDecisions.length).toBeGreaterThan(0);
    expect(TRUST.KINGSTON).toBe(kingston.trustId);
  });
});

describe("conflicts as they stood", () => {
  const hansard = { key: "hansard-2009-02-27", published: { date: "2009-02-27", precision: "DAY" as const } };
  const ehiJuly = { key: "ehi-2008-07", published: { date: "2008-07-23", precision: "DAY" as const } };
  const cnj = { key: "cnj-2009-02-19", published: { date: "2009-02-19", precision: "DAY" as const } };
  const royalFree = {
    key: "royal-free-day",
    claims: [
      { claim: "15 June 2008", source: hansard },
      { claim: "16 June 2008", source: ehiJuly },
      { claim: "17 June 2008", source: cnj },
    ],
  };

  it("the Royal Free's go-live day: one claim in 2008 is no disagreement; two by 19 February 2009, three by 27 February", () => {
    expect(conflictsOn([royalFree], { asOf: "2008-12-01", hindsight: false })).toEqual([]);
    expect(conflictsOn([royalFree], { asOf: "2009-02-19", hindsight: false })[0]!.claims.map((c) => c.claim)).toEqual(["16 June 2008", "17 June 2008"]);
    expect(conflictsOn([royalFree], { asOf: "2009-02-27", hindsight: false })[0]!.claims).toHaveLength(3);
  });

  it("with hindsight every claim shows, the later ones markable by their source's date", () => {
    const [c] = conflictsOn([royalFree], { asOf: "2008-12-01", hindsight: true });
    expect(c!.claims).toHaveLength(3);
    expect(c!.claims.map((x) => publishedLater(x.source, "2008-12-01"))).toEqual(["2009-02-27", null, "2009-02-19"]);
  });
});
