// The RAG rating (lib/domain/rag.ts; rules in docs/decisions/008-rag-rating.md), worked by hand
// against the sample record: the October 2008 halt (in force from 31 October 2008, lifted on
// 11 February 2009 when the resume was reported), Kingston's plans and the problems in
// prisma/seed/data/problems.ts.
import { describe, expect, it } from "vitest";
import { daysBetween } from "@/lib/domain/dates";
import { problemsForGoLive, rateGoLive, RATING_LABEL, type ProblemFact } from "@/lib/domain/rag";
import { buildOverviewRows } from "@/lib/domain/rollout";
import type { DecisionFact, GoLiveFacts, PlanFact } from "@/lib/domain/status";
import { TRUST, day, decisions, facts, factsOf, goLiveOf, noGoLiveFactsOf, problems, type TrustKey, withdrawalOf } from "./fixtures/seed-record";

const HALT_REASON = "Held by the October 2008 halt since 31 October 2008: All Cerner go-lives in London halted.";
const RESUME_REASON = "Waiting to go live after the October 2008 halt, lifted 11 February 2009.";
const ROYAL_FREE_LIVE =
  "Live. Sources disagree on the day: 15 June 2008 (Hansard (House of Commons)) or 16 June 2008 (E-Health Insider (now Digital Health)) or 17 June 2008 (Camden New Journal).";
const KINGSTON_COST = "The delays to go-live cost the trust over £500,000 (December 2008)";

function rate(key: TrustKey, asOf: string, ds: readonly DecisionFact[] = decisions) {
  return rateGoLive(factsOf(key), ds, problemsForGoLive(problems, goLiveOf(key)), asOf);
}

describe("Kingston through the October 2008 halt", () => {
  it.each<[string, string, ReturnType<typeof rateGoLive>]>([
    [
      "on 15 October 2008, before the halt is certain, it is green: planned for late November 2008, on its first plan",
      "2008-10-15",
      {
        rating: "GREEN",
        reasons: [
          "Planned for late November 2008; that date has not yet passed.",
          "Planned go-live has not moved from the first plan (late November 2008).",
          "No problems reported in the 90 days to 15 October 2008.",
        ],
      },
    ],
    [
      "on 15 November 2008 it is red: held by the halt (its indefinite postponement is reported only in December 2008)",
      "2008-11-15",
      {
        rating: "RED",
        reasons: [
          HALT_REASON,
          "Planned go-live has not moved from the first plan (late November 2008).",
          "No problems reported in the 90 days to 15 November 2008.",
        ],
      },
    ],
    [
      "on 1 February 2009 it is red (held by the halt), and the amber findings are listed after the red one",
      "2009-02-01",
      {
        // April 2009 at the earliest (announced December 2008) against late November 2008: from 30 November
        // 2008 to 1 April 2009 is 122 days, from 1 November 2008 to 30 April 2009 is 180.
        rating: "RED",
        reasons: [
          HALT_REASON,
          "Planned go-live has slipped 122 to 180 days since the first plan (late November 2008); rated on the least, 122 days, as the dates are not all known to the day.",
          // December 2008 counts from 31 December 2008, 32 days before.
          `1 problem report in the 90 days to 1 February 2009: ${KINGSTON_COST}.`,
        ],
      },
    ],
    [
      "on 11 February 2009 the halt is lifted: amber, next in line, slip of at least 122 days, a problem in December 2008",
      "2009-02-11",
      {
        rating: "AMBER",
        reasons: [
          RESUME_REASON,
          "Planned go-live has slipped 122 to 180 days since the first plan (late November 2008); rated on the least, 122 days, as the dates are not all known to the day.",
          `1 problem report in the 90 days to 11 February 2009: ${KINGSTON_COST}.`,
        ],
      },
    ],
    [
      "on 1 January 2010, live since 30 November 2009 with no recent problems, it is green; the old slip no longer counts",
      "2010-01-01",
      { rating: "GREEN", reasons: ["Live since 30 November 2009.", "No problems reported in the 90 days to 1 January 2010."] },
    ],
  ])("%s", (_, asOf, rating) => {
    expect(rate("KINGSTON", asOf)).toEqual(rating);
  });

  it("on 10 February 2009, the day before the resume was reported, it is still red", () => {
    const r = rate("KINGSTON", "2009-02-10");
    expect(r.rating).toBe("RED");
    expect(r.reasons[0]).toBe(HALT_REASON);
  });

  it("on 1 April 2009, with autumn 2009 its latest plan, it is red on slip", () => {
    // autumn 2009 (September to November 2009) against late November 2008: from 30 November 2008 to
    // 1 September 2009 is 275 days, from 1 November 2008 to 30 November 2009 is 394.
    const r = rate("KINGSTON", "2009-04-01");
    expect(r.rating).toBe("RED");
    expect(r.reasons[0]).toBe(
      "Planned go-live has slipped 275 to 394 days since the first plan (late November 2008); rated on the least, 275 days, as the dates are not all known to the day.",
    );
    expect(r.reasons).toContain(RESUME_REASON);
    // 31 December 2008 is 91 days before 1 April 2009: out of the window.
    expect(r.reasons).toContain("No problems reported in the 90 days to 1 April 2009.");
  });
});

describe("the Royal Free after its go-live (15, 16 or 17 June 2008)", () => {
  it("on 20 June 2008 the June 2008 problem is not yet certainly reported (it counts from 30 June): green, and the reason says so", () => {
    const r = rate("ROYAL_FREE", "2008-06-20");
    expect(r.rating).toBe("GREEN");
    expect(r.reasons).toEqual([
      ROYAL_FREE_LIVE,
      "No problem certainly reported in the 90 days to 20 June 2008: System crashes and lost appointments after go-live (June 2008) counts from 30 June 2008, the end of that period.",
    ]);
  });

  it("on 1 July 2008, shortly after go-live, the crashes and lost appointments make it amber", () => {
    expect(rate("ROYAL_FREE", "2008-07-01")).toEqual({
      rating: "AMBER",
      reasons: ["1 problem report in the 90 days to 1 July 2008: System crashes and lost appointments after go-live (June 2008).", ROYAL_FREE_LIVE],
    });
  });

  it("on 6 October 2008 the 90-day rescue of 22 problems makes it amber the same day; June 2008 is out of the window by then", () => {
    const r = rate("ROYAL_FREE", "2008-10-06");
    expect(r.rating).toBe("AMBER");
    expect(r.reasons[0]).toBe(
      "1 problem report in the 90 days to 6 October 2008: 22 problems listed for a 90-day rescue plan by the trust, BT, Cerner and the London Programme for IT, from 6 October 2008; extended to the end of January 2009, with the assessment in March (6 October 2008).",
    );
  });

  it("the window is 90 days with the date itself: the 6 October report counts on 3 January 2009 (day 89), not on 4 January (day 90)", () => {
    expect(daysBetween("2008-10-06", "2009-01-03")).toBe(89);
    expect(rate("ROYAL_FREE", "2009-01-03").reasons[0]).toMatch(/^2 problem reports in the 90 days to 3 January 2009: 22 problems .*; £7\.2m deficit/);
    expect(rate("ROYAL_FREE", "2009-01-04").reasons[0]).toMatch(/^1 problem report in the 90 days to 4 January 2009: £7\.2m deficit/);
  });

  it("turns green once the February 2009 report (counted from 28 February) is 90 days old", () => {
    expect(rate("ROYAL_FREE", "2009-05-28").rating).toBe("AMBER");
    expect(rate("ROYAL_FREE", "2009-05-29")).toEqual({
      rating: "GREEN",
      reasons: [ROYAL_FREE_LIVE, "No problems reported in the 90 days to 29 May 2009."],
    });
  });
});

describe("not rated", () => {
  const withdrawal = withdrawalOf([TRUST.ROEHAMPTON]);

  it("a withdrawn go-live is not rated, and says why", () => {
    expect(rate("ROEHAMPTON", "2009-07-01", [...decisions, withdrawal])).toEqual({
      rating: "NOT_RATED",
      reasons: ["Not rated. Withdrawn: NHS Wandsworth abandons plans to install Millennium at Queen Mary's Hospital, Roehampton (May 2009)."],
    });
  });

  it("before the withdrawal, Roehampton (looking at alternative options) is amber: no go-live date", () => {
    expect(rate("ROEHAMPTON", "2009-05-30", [...decisions, withdrawal])).toEqual({
      rating: "AMBER",
      reasons: ['No go-live date: the latest plan says "looking at alternative options".', "No problems reported in the 90 days to 30 May 2009."],
    });
  });

  it("Homerton, not a target of the BT rollout, is never rated", () => {
    // The record gives Homerton no go-live: the rule is tried on one with no plan and no actual.
    for (const asOf of ["2008-11-15", "2009-02-11", "2012-01-01"]) {
      expect(rateGoLive(noGoLiveFactsOf("HOMERTON"), decisions, [], asOf)).toEqual({
        rating: "NOT_RATED",
        reasons: ["Not rated: not a target of the BT rollout."],
      });
    }
  });
});

describe("dates that have passed, and no date", () => {
  it("Imperial on 11 February 2009: next in line, but its latest plan (end of August 2008) has passed with no new one: red", () => {
    expect(rate("IMPERIAL", "2009-02-11")).toEqual({
      rating: "RED",
      reasons: [
        "Planned for end of August 2008; that date has passed with no go-live or new plan in the record.",
        RESUME_REASON,
        "Planned go-live has slipped 66 to 96 days since the first plan (27 May 2008); rated on the least, 66 days, as the dates are not all known to the day.",
        "No problems reported in the 90 days to 11 February 2009.",
      ],
    });
  });

  it("St George's on 11 February 2009: next in line with no plan known yet (announced March 2010): amber", () => {
    expect(rate("ST_GEORGES", "2009-02-11").reasons.slice(0, 2)).toEqual([
      RESUME_REASON,
      "No go-live date: the record holds no plan for this go-live as of this date.",
    ]);
    expect(rate("ST_GEORGES", "2009-02-11").rating).toBe("AMBER");
  });

  it("the Royal Free on 14 June 2008 has no dated plan in the record: amber", () => {
    expect(rate("ROYAL_FREE", "2008-06-14").rating).toBe("AMBER");
  });
});

describe("a go-live recorded only to the month, during that month", () => {
  it("Queen Mary's Sidcup on 15 November 2007 (live some day in November 2007, planned 'in 2007'): green", () => {
    expect(rate("SIDCUP", "2007-11-15")).toEqual({
      rating: "GREEN",
      reasons: [
        "Went live during November 2007; the record does not give the day, so whether it was live on this date is not known.",
        "Planned go-live has not moved from the first plan (in 2007).",
        "No problems reported in the 90 days to 15 November 2007.",
      ],
    });
  });

  it("Barts on 15 April 2008: amber, slipped at least 115 days from 8 December 2007 (the record stores no problem then: the outage that day has no source)", () => {
    const r = rate("BARTS", "2008-04-15");
    expect(r.rating).toBe("AMBER");
    expect(r.reasons).toContain(
      "Planned go-live has slipped 115 to 144 days since the first plan (8 December 2007); rated on the least, 115 days, as the dates are not all known to the day.",
    );
    expect(r.reasons).toContain("No problems reported in the 90 days to 15 April 2008.");
  });
});

describe("slip thresholds, on the least of the range (days known to the day)", () => {
  const plan = (sequence: number, planned: string): PlanFact => ({
    sequence,
    planned: day(planned),
    plannedLabel: null,
    announced: null,
    certainty: "CONFIRMED",
  });
  const replanned = (to: string): GoLiveFacts => ({
    trustId: 99,
    isRolloutTarget: true,
    certainty: "CONFIRMED",
    plans: [plan(1, "2010-01-01"), plan(2, to)],
    actuals: [],
  });
  const rateSlip = (to: string) => rateGoLive(replanned(to), [], [], "2009-12-01");

  it.each([
    ["2010-01-30", 29, "GREEN"],
    ["2010-01-31", 30, "AMBER"],
    ["2010-06-29", 179, "AMBER"],
    ["2010-06-30", 180, "RED"],
  ] as const)("re-planned to %s (%i days later) is %s", (to, days, rating) => {
    expect(daysBetween("2010-01-01", to)).toBe(days);
    const r = rateSlip(to);
    expect(r.rating).toBe(rating);
    expect(r.reasons).toContain(`Planned go-live has slipped ${days} days since the first plan (1 January 2010).`);
  });

  it("a range is rated on its least: 122 to 180 days is amber, not red", () => {
    expect(rate("KINGSTON", "2009-02-11").rating).toBe("AMBER");
  });

  it("a plan's date passing with no go-live or new plan is red from the day after it", () => {
    const onTime = rateGoLive(replanned("2010-01-10"), [], [], "2010-01-10");
    expect(onTime.rating).toBe("GREEN");
    expect(onTime.reasons[0]).toBe("Planned for 10 January 2010; that date has not yet passed.");
    const overdue = rateGoLive(replanned("2010-01-10"), [], [], "2010-01-11");
    expect(overdue.rating).toBe("RED");
    expect(overdue.reasons[0]).toBe("Planned for 10 January 2010; that date has passed with no go-live or new plan in the record.");
  });
});

describe("problems of a go-live", () => {
  it("are those recorded against it, and those recorded against its trust as a whole", () => {
    const trustWide: ProblemFact = { trustId: TRUST.KINGSTON, goLiveId: null, reported: day("2009-01-05"), description: "Trust-wide." };
    const other: ProblemFact = { trustId: TRUST.KINGSTON, goLiveId: 999, reported: day("2009-01-05"), description: "Another go-live." };
    expect(problemsForGoLive([...problems, trustWide, other], goLiveOf("KINGSTON")).map((p) => p.description)).toEqual([
      "The delays to go-live cost the trust over £500,000.",
      "Trust-wide.",
    ]);
  });
});

describe("buildOverviewRows with problems", () => {
  it("rates every row; on 10 February 2009 Kingston is red with the halt as its first reason", () => {
    const rows = buildOverviewRows(facts, "2009-02-10", {}, problems);
    const byGoLive = Object.fromEntries(rows.map((r) => [`${r.trust.shortName}: ${r.scope}`, r.rating?.rating]));
    expect(byGoLive).toEqual({
      "Barnet and Chase Farm: Whole trust": "GREEN",
      "Barts and The London: Whole trust": "GREEN",
      "Imperial: Patient administration system": "RED",
      "Imperial: Order communications": "AMBER",
      "Kingston: Whole trust": "RED",
      "Queen Mary's Roehampton: Whole trust": "RED",
      "Queen Mary's Sidcup: Whole trust": "GREEN",
      "Royal Free: Whole trust": "AMBER",
      "St George's: Phase 1": "RED",
    });
    expect(rows.find((r) => r.trust.shortName === "Kingston")?.rating?.reasons[0]).toBe(HALT_REASON);
  });

  it("on 11 February 2009 Kingston is amber: the resume reported that day lifts the halt", () => {
    const kingston = buildOverviewRows(facts, "2009-02-11", {}, problems).find((r) => r.trust.shortName === "Kingston");
    expect(kingston?.rating?.rating).toBe("AMBER");
    expect(kingston?.rating?.reasons[0]).toBe(RESUME_REASON);
  });

  it("without problems the rows carry no rating (the caller did not load what it needs)", () => {
    expect(buildOverviewRows(facts, "2009-02-10").every((r) => r.rating === null)).toBe(true);
  });

  it("labels are words", () => {
    expect(Object.values(RATING_LABEL)).toEqual(["Red", "Amber", "Green", "Not rated"]);
  });
});
