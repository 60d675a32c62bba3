import { describe, expect, it } from "vitest";
import { decisionEffectiveFrom, decisionsByTrust, decisionsInForce, deriveGoLiveStatus, type DecisionFact, type Status } from "@/lib/domain/status";
import { DECISION, TRUST, day, decisions, factsOf, month, noGoLiveFactsOf, type TrustKey, withdrawalOf } from "./fixtures/seed-record";

const statusOf = (key: TrustKey, asOf: string, ds: readonly DecisionFact[] = decisions) => deriveGoLiveStatus(factsOf(key), ds, asOf);

function statusesOn(asOf: string, keys: TrustKey[], ds: readonly DecisionFact[] = decisions): Record<string, Status> {
  return Object.fromEntries(keys.map((k) => [k, statusOf(k, asOf, ds).status]));
}

const halt = decisions.find((d) => d.id === DECISION.HALT)!;
const resume = decisions.find((d) => d.id === DECISION.RESUME)!;

describe("when a decision takes effect", () => {
  it("the October 2008 halt (month only, never dated to the day) counts from 31 October 2008", () => {
    expect(decisionEffectiveFrom(halt)).toBe("2008-10-31");
  });

  it("the February 2009 resume counts from the day it was reported, 11 February 2009", () => {
    expect(decisionEffectiveFrom(resume)).toBe("2009-02-11");
  });

  it("a report after the end of the decided period does not delay the decision", () => {
    expect(decisionEffectiveFrom({ ...resume, reportedOn: "2009-03-05" })).toBe("2009-02-28");
  });

  it("on 15 November 2008 the halt is in force; on 11 February 2009 it is lifted and the resume stands", () => {
    expect(decisionsInForce(decisions, "2008-11-15").map((d) => d.id)).toEqual([DECISION.HALT]);
    expect(decisionsInForce(decisions, "2009-02-11").map((d) => d.id)).toEqual([DECISION.RESUME]);
  });
});

describe("Barnet and Chase Farm (LC0, live over 19-24 July 2007: stored as July 2007)", () => {
  it("is not known on 30 June 2007: the Department of Health's plan is in the record only from 24 July 2007", () => {
    const s = statusOf("BARNET", "2007-06-30");
    expect(s.status).toBe("NOT_KNOWN");
    expect(s.reason).toBe("No plan for this go-live in the record as of this date.");
    expect(s.actuals).toEqual([]);
  });

  it.each([
    ["2007-07-18", []],
    ["2007-07-24", ["before the end of July 2007"]],
  ])("is not known on %s: it went live some day in July 2007", (asOf, plans) => {
    const s = statusOf("BARNET", asOf);
    expect(s.status).toBe("NOT_KNOWN");
    expect(s.knownPlans.map((p) => p.plannedLabel)).toEqual(plans);
    expect(s.reason).toBe("Went live during July 2007; the record does not give the day, so whether it was live on this date is not known.");
    expect(s.actuals).toEqual([]);
  });

  it("is live on 31 July 2007", () => {
    const s = statusOf("BARNET", "2007-07-31");
    expect(s.status).toBe("LIVE");
    expect(s.reason).toBe("Live since July 2007.");
    expect(s.isDisputed).toBe(false);
    expect(s.actuals.map((a) => a.wentLive)).toEqual([month("2007-07-01")]);
  });

  it("stays live through the October 2008 halt, which only holds trusts not yet live", () => {
    const s = statusOf("BARNET", "2008-11-15");
    expect(s.status).toBe("LIVE");
    expect(s.heldBy).toBeNull();
  });
});

describe("Queen Mary's Sidcup (live November 2007, day not known)", () => {
  it("is planned in October 2007", () => {
    expect(statusOf("SIDCUP", "2007-10-31").status).toBe("PLANNED");
  });

  it.each(["2007-11-01", "2007-11-15", "2007-11-29"])("is not known on %s: it went live some day in November 2007", (asOf) => {
    const s = statusOf("SIDCUP", asOf);
    expect(s.status).toBe("NOT_KNOWN");
    expect(s.reason).toContain("November 2007");
    expect(s.reason).not.toMatch(/\d+ November 2007/);
    expect(s.actuals).toEqual([]);
  });

  it("is live on 1 December 2007", () => {
    const s = statusOf("SIDCUP", "2007-12-01");
    expect(s.status).toBe("LIVE");
    expect(s.reason).toBe("Live since November 2007.");
  });
});

describe("Barts and The London (8 Dec 2007 → March 2008 → April 2008, live April 2008)", () => {
  it("as of 1 January 2008 knows only the plans so far and is planned for the latest", () => {
    const s = statusOf("BARTS", "2008-01-01");
    expect(s.status).toBe("PLANNED");
    expect(s.firstPlan?.planned).toEqual(day("2007-12-08"));
    expect(s.latestPlan?.planned).toEqual(month("2008-03-01"));
    expect(s.reason).toBe("Planned for 7 to 10 March 2008.");
  });

  it("is planned for April 2008 once that re-plan, announced in March 2008, is known (31 March 2008)", () => {
    expect(statusOf("BARTS", "2008-03-30").latestPlan?.planned).toEqual(month("2008-03-01"));
    const s = statusOf("BARTS", "2008-03-31");
    expect(s.latestPlan?.planned).toEqual(month("2008-04-01"));
    expect(s.reason).toBe("Planned for start of April 2008.");
  });

  it("is not known during April 2008 and live from the end of it", () => {
    expect(statusOf("BARTS", "2008-04-15").status).toBe("NOT_KNOWN");
    expect(statusOf("BARTS", "2008-04-30").status).toBe("LIVE");
  });

  it("slipped 115 to 144 days from 8 December 2007 to April 2008", () => {
    expect(statusOf("BARTS", "2008-11-15").slip).toEqual({ min: 115, max: 144 });
  });
});

describe("Royal Free (live 15 June 2008 per Hansard, 16 June per E-Health Insider, 17 June per the Camden New Journal)", () => {
  it("is not known on 14 June 2008: the record has no dated plan for it", () => {
    const s = statusOf("ROYAL_FREE", "2008-06-14");
    expect(s.status).toBe("NOT_KNOWN");
    expect(s.reason).toBe("No plan for this go-live in the record as of this date.");
  });

  it("is live on 15 June 2008, disputed, and the reason names the three sources", () => {
    const s = statusOf("ROYAL_FREE", "2008-06-15");
    expect(s.status).toBe("LIVE");
    expect(s.isDisputed).toBe(true);
    expect(s.reason).toContain("15 June 2008 (Hansard (House of Commons))");
    expect(s.reason).toContain("16 June 2008 (E-Health Insider (now Digital Health))");
    expect(s.reason).toContain("17 June 2008 (Camden New Journal)");
  });

  it("on 16 June 2008 holds the two go-live days then past, earliest first; on 17 June all three", () => {
    const s = statusOf("ROYAL_FREE", "2008-06-16");
    expect(s.status).toBe("LIVE");
    expect(s.isDisputed).toBe(true);
    expect(s.actuals.map((a) => [a.wentLive.date, a.sourceNames])).toEqual([
      ["2008-06-15", ["Hansard (House of Commons)"]],
      ["2008-06-16", ["E-Health Insider (now Digital Health)"]],
    ]);
    expect(s.reason).toBe(
      "Live. Sources disagree on the day: 15 June 2008 (Hansard (House of Commons)) or 16 June 2008 (E-Health Insider (now Digital Health)) or 17 June 2008 (Camden New Journal).",
    );
    expect(s.certainty).toBe("UNCERTAIN");
    expect(statusOf("ROYAL_FREE", "2008-06-17").actuals.map((a) => a.wentLive.date)).toEqual(["2008-06-15", "2008-06-16", "2008-06-17"]);
  });

  it("stays live through the halt", () => {
    expect(statusOf("ROYAL_FREE", "2008-11-15").status).toBe("LIVE");
  });
});

describe("the October 2008 halt", () => {
  it("on 15 October 2008 the halt is not yet certain: Kingston is still planned for late November 2008", () => {
    const s = statusOf("KINGSTON", "2008-10-15");
    expect(s.status).toBe("PLANNED");
    expect(s.reason).toBe("Planned for late November 2008.");
    expect(s.heldBy).toBeNull();
    expect(s.knownPlans.map((p) => p.sequence)).toEqual([1]);
  });

  it("on 31 October 2008, the end of the halt's month, Kingston is halted", () => {
    expect(statusOf("KINGSTON", "2008-10-31").status).toBe("HALTED");
  });

  const held = { KINGSTON: "HALTED", ROEHAMPTON: "HALTED", ST_GEORGES: "HALTED", IMPERIAL: "HALTED" } as const;
  it.each<[string, string, Partial<Record<TrustKey, string>>]>([
    ["a trust held by the October 2008 halt shows as halted on 15 November 2008", "2008-11-15", { ...held, ROYAL_FREE: "LIVE", BARTS: "LIVE" }],
    ["on 10 February 2009, the day before the resume was reported, they are still halted", "2009-02-10", held],
    [
      "on 11 February 2009 the resume lifts the halt: Kingston, Roehampton, St George's and Imperial are next in line",
      "2009-02-11",
      { KINGSTON: "NEXT_IN_LINE", ROEHAMPTON: "NEXT_IN_LINE", ST_GEORGES: "NEXT_IN_LINE", IMPERIAL: "NEXT_IN_LINE" },
    ],
  ])("%s", (_, asOf, statuses) => {
    expect(statusesOn(asOf, Object.keys(statuses) as TrustKey[])).toEqual(statuses);
  });

  it("a halted trust says which halt holds it", () => {
    const s = statusOf("KINGSTON", "2008-11-15");
    expect(s.heldBy?.id).toBe(DECISION.HALT);
    expect(s.liftedBy).toBeNull();
    expect(s.reason).toBe("Held by the halt of October 2008: All Cerner go-lives in London halted.");
  });

  it("a trust next in line names the halt and the day it was lifted", () => {
    const s = statusOf("KINGSTON", "2009-02-11");
    expect(s.heldBy?.id).toBe(DECISION.HALT);
    expect(s.liftedBy?.id).toBe(DECISION.RESUME);
    expect(s.reason).toBe("Held by the halt of October 2008, lifted 11 February 2009; waiting to go live.");
  });

  it("Kingston's indefinite postponement, announced before the resume, does not hide that it is next in line", () => {
    const s = statusOf("KINGSTON", "2009-02-11");
    expect(s.latestPlan?.sequence).toBe(3);
    expect(s.latestPlan?.planned).toEqual(month("2009-04-01"));
  });

  it("Kingston's indefinite postponement is known only once reported (December 2008): on 15 November 2008 its latest known plan is late November 2008", () => {
    const s = statusOf("KINGSTON", "2008-11-15");
    expect(s.latestPlan?.plannedLabel).toBe("late November 2008");
    expect(s.knownPlans.map((p) => p.sequence)).toEqual([1]);
  });

  it("a halted go-live whose latest known plan is a postponement with no date is halted, not 'not known'", () => {
    // The record reports Kingston's postponement together with its April 2009 re-plan (both December 2008), so on
    // no day is the postponement its latest known plan: the case is built from Kingston's plans without that re-plan.
    const kingston = factsOf("KINGSTON");
    const withoutApril = { ...kingston, plans: kingston.plans.filter((p) => p.plannedLabel !== "April 2009 at the earliest") };
    const s = deriveGoLiveStatus(withoutApril, decisions, "2008-12-31");
    expect(s.status).toBe("HALTED");
    expect(s.latestPlan?.planned).toBeNull();
    expect(s.latestPlan?.plannedLabel).toBe("postponed indefinitely");
  });
});

describe("after the resume", () => {
  it("on 1 April 2009 Roehampton is not known: postponed with no new date", () => {
    const s = statusOf("ROEHAMPTON", "2009-04-01");
    expect(s.status).toBe("NOT_KNOWN");
    expect(s.reason).toBe("Postponed with no new date (looking at alternative options).");
    expect(s.liftedBy?.id).toBe(DECISION.RESUME);
  });

  it("on 1 April 2009 Kingston is next in line with autumn 2009 as its latest plan", () => {
    const s = statusOf("KINGSTON", "2009-04-01");
    expect(s.status).toBe("NEXT_IN_LINE");
    expect(s.latestPlan?.plannedLabel).toBe("autumn 2009");
    expect(s.knownPlans.map((p) => p.sequence)).toEqual([1, 2, 3, 4]);
  });

  it("on 29 November 2009 Kingston is still next in line, and live on 30 November 2009", () => {
    expect(statusOf("KINGSTON", "2009-11-29").status).toBe("NEXT_IN_LINE");
    const s = statusOf("KINGSTON", "2009-11-30");
    expect(s.status).toBe("LIVE");
    expect(s.reason).toBe("Live since 30 November 2009.");
    expect(s.isDisputed).toBe(false);
    expect(s.actuals.map((a) => a.wentLive)).toEqual([day("2009-11-30")]);
  });

  it("on 1 June 2010 Kingston and St George's are live", () => {
    expect(statusesOn("2010-06-01", ["KINGSTON", "ST_GEORGES"])).toEqual({ KINGSTON: "LIVE", ST_GEORGES: "LIVE" });
    expect(statusOf("ST_GEORGES", "2010-06-01").reason).toBe("Live since 29 March 2010.");
  });

  it("St George's 21 December 2009 plan is unknown until it is announced (September 2009), its March 2010 re-plan until March 2010", () => {
    expect(statusOf("ST_GEORGES", "2009-09-29").knownPlans).toEqual([]);
    expect(statusOf("ST_GEORGES", "2009-09-30").knownPlans.map((p) => p.planned)).toEqual([day("2009-12-21")]);
    expect(statusOf("ST_GEORGES", "2010-03-30").knownPlans.map((p) => p.planned)).toEqual([day("2009-12-21")]);
    expect(statusOf("ST_GEORGES", "2010-03-31").knownPlans.map((p) => p.planned)).toEqual([day("2009-12-21"), month("2010-03-01")]);
  });

  it("Imperial stays next in line until its PAS goes live on 22 April 2014", () => {
    expect(statusOf("IMPERIAL", "2014-04-21").status).toBe("NEXT_IN_LINE");
    expect(statusOf("IMPERIAL", "2014-04-22").status).toBe("LIVE");
  });
});

describe("Homerton (own Cerner build, not a rollout target)", () => {
  // The record gives Homerton no go-live: the rule is tried on one with no plan and no actual.
  it.each(["2007-07-19", "2008-11-15", "2009-02-11", "2010-06-01", "2014-05-01"])("is not known on %s and never halted", (asOf) => {
    const s = deriveGoLiveStatus(noGoLiveFactsOf("HOMERTON"), decisions, asOf);
    expect(s.status).toBe("NOT_KNOWN");
    expect(s.reason).toBe("Not a target of the BT rollout; no go-live date in the record.");
    expect(s.heldBy).toBeNull();
  });
});

describe("slip", () => {
  it("Kingston went live 365 to 394 days after its first plan (November 2008)", () => {
    const s = statusOf("KINGSTON", "2010-06-01");
    expect(s.firstPlan?.planned).toEqual(month("2008-11-01"));
    expect(s.slip).toEqual({ min: 365, max: 394 });
  });

  it("Imperial as of 1 January 2009: latest dated plan August 2008 against the first, 27 May 2008", () => {
    const s = statusOf("IMPERIAL", "2009-01-01");
    expect(s.status).toBe("HALTED");
    expect(s.firstPlan?.planned).toEqual(day("2008-05-27"));
    expect(s.latestPlan?.planned).toEqual(month("2008-08-01"));
    expect(s.slip).toEqual({ min: 66, max: 96 });
  });

  it("Imperial's August 2008 plan, announced July 2008, is not yet known on 30 June 2008", () => {
    const s = statusOf("IMPERIAL", "2008-06-30");
    expect(s.latestPlan?.planned).toEqual(day("2008-07-14"));
    expect(s.slip).toEqual({ min: 48, max: 48 });
  });

  it("a trust with no dated plan has no slip", () => {
    expect(statusOf("ROYAL_FREE", "2009-02-11").slip).toBeNull();
    expect(deriveGoLiveStatus(noGoLiveFactsOf("HOMERTON"), decisions, "2009-02-11").slip).toBeNull();
  });
});

describe("certainty", () => {
  it("a status is only as certain as its weakest fact", () => {
    expect(statusOf("BARNET", "2009-02-11").certainty).toBe("CONFIRMED");
    expect(statusOf("KINGSTON", "2009-02-11").certainty).toBe("CONFIRMED");
    // the autumn 2009 plan rests on a single source
    expect(statusOf("KINGSTON", "2009-04-01").certainty).toBe("SINGLE_SOURCE");
    // a confirmed go-live whose latest known plan is disputed (due late November or in October 2008)
    expect(statusOf("KINGSTON", "2008-10-15").certainty).toBe("UNCERTAIN");
    expect(statusOf("ROEHAMPTON", "2009-02-11").certainty).toBe("SINGLE_SOURCE");
  });
});

describe("decisions for named trusts", () => {
  const withdrawal = withdrawalOf([TRUST.ROEHAMPTON, TRUST.BARNET]);
  const withWithdrawal = [...decisions, withdrawal];

  it("a WITHDRAW decision for named trusts withdraws only those trusts", () => {
    expect(statusesOn("2009-07-01", ["ROEHAMPTON", "KINGSTON", "ST_GEORGES", "IMPERIAL"], withWithdrawal)).toEqual({
      ROEHAMPTON: "WITHDRAWN",
      KINGSTON: "NEXT_IN_LINE",
      ST_GEORGES: "NEXT_IN_LINE",
      IMPERIAL: "NEXT_IN_LINE",
    });
    expect(statusOf("ROEHAMPTON", "2009-07-01", withWithdrawal).reason).toBe(
      "Withdrawn: NHS Wandsworth abandons plans to install Millennium at Queen Mary's Hospital, Roehampton (May 2009).",
    );
  });

  it("a withdrawal does not count before its day: the May 2009 one counts from 31 May 2009", () => {
    expect(statusOf("ROEHAMPTON", "2009-05-30", withWithdrawal).status).toBe("NOT_KNOWN");
    expect(statusOf("ROEHAMPTON", "2009-05-31", withWithdrawal).status).toBe("WITHDRAWN");
  });

  it("a withdrawal does not undo a go-live that has happened", () => {
    expect(statusOf("BARNET", "2009-07-01", withWithdrawal).status).toBe("LIVE");
  });

  const kingstonHalt: DecisionFact = {
    id: 91,
    kind: "HALT",
    title: "Kingston go-live paused",
    decided: day("2009-06-01"),
    reportedOn: null,
    scope: "NAMED_TRUSTS",
    trustIds: [TRUST.KINGSTON],
    liftsId: null,
  };

  it("a halt scoped to named trusts halts only those", () => {
    const ds = [...decisions, kingstonHalt];
    expect(statusesOn("2009-07-01", ["KINGSTON", "ROEHAMPTON", "ST_GEORGES", "IMPERIAL"], ds)).toEqual({
      KINGSTON: "HALTED",
      ROEHAMPTON: "NOT_KNOWN",
      ST_GEORGES: "NEXT_IN_LINE",
      IMPERIAL: "NEXT_IN_LINE",
    });
    expect(statusOf("KINGSTON", "2009-07-01", ds).heldBy?.id).toBe(91);
  });

  it("without the London halt, a halt naming Kingston leaves Imperial planned", () => {
    const ds = [kingstonHalt];
    expect(statusesOn("2009-07-01", ["KINGSTON", "IMPERIAL"], ds)).toEqual({ KINGSTON: "HALTED", IMPERIAL: "PLANNED" });
  });

  it("a resume naming one trust lifts the halt for that trust only", () => {
    const partialResume: DecisionFact = { ...resume, id: 92, scope: "NAMED_TRUSTS", trustIds: [TRUST.KINGSTON] };
    const ds = [halt, partialResume];
    expect(statusesOn("2009-02-11", ["KINGSTON", "ST_GEORGES"], ds)).toEqual({ KINGSTON: "NEXT_IN_LINE", ST_GEORGES: "HALTED" });
  });
});

describe("the decisions that can cover a go-live, looked up by its trust", () => {
  const d = (id: number, scope: "ALL_LONDON" | "NAMED_TRUSTS", trustIds: number[]) => ({ id, scope, trustIds });
  const decisions = [
    d(1, "NAMED_TRUSTS", [10]),
    d(2, "ALL_LONDON", []),
    d(3, "NAMED_TRUSTS", [20, 10]),
    d(4, "NAMED_TRUSTS", [20, 20]),
    d(5, "ALL_LONDON", []),
  ];
  const covering = decisionsByTrust(decisions);

  it("gives every all-London decision and those naming the trust, in the order given", () => {
    expect(covering(10).map((x) => x.id)).toEqual([1, 2, 3, 5]);
    expect(covering(20).map((x) => x.id)).toEqual([2, 3, 4, 5]);
  });

  it("gives a trust no decision names the all-London ones only", () => {
    expect(covering(99).map((x) => x.id)).toEqual([2, 5]);
  });
});
