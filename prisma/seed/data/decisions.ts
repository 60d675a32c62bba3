// Decisions and programme events (domain.md's table). Go-lives themselves are actuals, not decisions.
import type { DecisionSeed, IsoDate, TrustSlug } from "./types";
import { day, month } from "./dates";

/** A decision for every London trust: it names none. */
const ALL_LONDON = { scope: "ALL_LONDON", trusts: [] } as const;

/** A decision for the trusts it names only. */
const namedTrusts = (...trusts: TrustSlug[]) => ({ scope: "NAMED_TRUSTS", trusts }) as const;

/**
 * An announcement on the National Programme for IT as a whole, on a given day. The record names no one who
 * made it; one source reports both such announcements.
 */
const npfitAnnouncement = <Key extends string>(key: Key, title: string, on: IsoDate) =>
  ({
    key,
    kind: "ANNOUNCE",
    title,
    decided: day(on),
    // An announcement is known the day it is made.
    reportedOn: on,
    body: "Not named in the record",
    ...ALL_LONDON,
    rationale: null,
    liftsKey: null,
    commitment: null,
    certainty: "CONFIRMED",
    sources: ["ukc4c-2011-09-22-npfit-dismantled"],
  }) as const;

export const DECISIONS = [
  {
    key: "cerner-replaces-idx-2006-07",
    kind: "ANNOUNCE",
    title: "London told BT will replace IDX with Cerner in acute trusts",
    decided: month("2006-07"),
    reportedOn: null,
    body: "NHS London, BT",
    ...ALL_LONDON,
    rationale: null,
    liftsKey: null,
    commitment: null,
    certainty: "CONFIRMED",
    sources: ["ehi-2006-07-london-cerner-switch"],
  },
  {
    key: "london-variant-2007-04",
    kind: "ANNOUNCE",
    title: "BT builds a London-only Cerner variant (LC1, LC2…), decoupled from the South",
    decided: month("2007-04"),
    reportedOn: null,
    body: "BT, agreed by London",
    ...ALL_LONDON,
    rationale: null,
    liftsKey: null,
    commitment: null,
    certainty: "SINGLE_SOURCE",
    sources: ["ehi-2007-04-bt-decouples-london"],
  },
  {
    key: "five-lc1-sites-2008-06",
    kind: "ANNOUNCE",
    title: "NHS London announces five LC1 sites for 2008, two of them Imperial campuses",
    decided: month("2008-06"),
    reportedOn: null,
    body: "NHS London (Kevin Jarrold, chief information officer)",
    ...namedTrusts("imperial"),
    rationale: "Five sites to go live with LC1 in 2008, among them St Mary's and Hammersmith (Imperial).",
    liftsKey: null,
    commitment: null,
    certainty: "SINGLE_SOURCE",
    certaintyNote: "The source names two of the five sites; the other three are not in the record.",
    sources: ["ehi-2008-07-st-marys-delays-crs"],
  },
  {
    key: "royal-free-rescue-2008-10-06",
    kind: "ANNOUNCE",
    title: "Royal Free 90-day rescue plan begins, to fix 22 problems",
    decided: day("2008-10-06"),
    reportedOn: null,
    body: "Royal Free Hampstead NHS Trust, BT, Cerner, London Programme for IT",
    ...namedTrusts("royal-free"),
    rationale: null,
    liftsKey: null,
    commitment: null,
    certainty: "CONFIRMED",
    certaintyNote: "The rescue-plan article is undated in the record; the February 2009 article is the earliest dated source.",
    sources: ["ehi-24279-royal-free-rescue-plan", "ehi-2009-02-march-before-royal-free-fixes"],
  },
  {
    key: "halt-2008-10",
    kind: "HALT",
    title: "All Cerner go-lives in London halted",
    decided: month("2008-10"),
    reportedOn: null,
    // Three versions of who decided (the conflict "october-2008-halt-who-decided"): none is stored as fact.
    body: "Not agreed by the sources (see the conflict)",
    ...ALL_LONDON,
    rationale: "Serious problems at the Royal Free Hampstead NHS Trust and at Barts and The London NHS Trust (Computer Weekly, 11 February 2009).",
    liftsKey: null,
    commitment: null,
    certainty: "UNCERTAIN",
    certaintyNote:
      "The month is confirmed; who decided is not: BT (E-Health Insider's rescue-plan article), NHS London (Kingston's statement; the Ham & High names London Strategic Health Authority), or BT and NHS London (E-Health Insider, March 2009).",
    sources: ["cw-2009-02-11-bt-to-resume", "ehi-24279-royal-free-rescue-plan", "ehi-2008-12-kingston-delay-cost", "ehi-2009-03-next-go-live-autumn"],
  },
  {
    key: "royal-free-fit-to-deploy-2009-01",
    kind: "ANNOUNCE",
    title: "Royal Free confirms the system fit to deploy at other London trusts by the end of January 2009",
    decided: month("2009-01"),
    reportedOn: null,
    body: "Royal Free Hampstead NHS Trust",
    ...namedTrusts("royal-free"),
    rationale: "The 90-day rescue plan ran to the end of January 2009; the assessment of the fixes followed in March.",
    liftsKey: null,
    // Hansard, 27 February 2009: "by the end of January 2009, the trust confirmed that the system was fit to be
    // deployed at other acute hospitals in London". The due date and the day it was met are both the month.
    commitment: {
      what: "The system fit to deploy at other acute hospitals in London",
      due: month("2009-01"),
      dueLabel: "by the end of January 2009",
      byKind: "TRUST",
      met: month("2009-01"),
      metNote:
        "By the end of January 2009 the trust confirmed that the system was fit to be deployed at other acute hospitals in London (Hansard, 27 February 2009); the independent assessment of the fixes followed in March.",
    },
    certainty: "CONFIRMED",
    certaintyNote: "'End January 2009' is stored as the month. The statement is in Hansard of 27 February 2009.",
    sources: ["hansard-2009-02-27-royal-free-records", "ehi-2009-02-march-before-royal-free-fixes"],
  },
  {
    key: "resume-2009-02",
    kind: "RESUME",
    title: "London Acute Programme Board recommends implementation of Cerner Millennium continue in London",
    decided: month("2009-02"),
    reportedOn: "2009-02-11",
    body: "London Acute Programme Board",
    ...ALL_LONDON,
    rationale:
      '"Due to the good progress made with the improvement programme and greater confidence in the functionality and stability of the system, the London Acute Programme Board has recommended that the implementation of Cerner Millennium should continue in London." (London Programme for IT spokeswoman)',
    liftsKey: "halt-2008-10",
    commitment: null,
    certainty: "CONFIRMED",
    sources: ["cw-2009-02-11-bt-to-resume"],
  },
  {
    key: "kingston-autumn-2009-03",
    kind: "POSTPONE",
    title: "Next London go-live pushed to autumn 2009",
    decided: month("2009-03"),
    reportedOn: null,
    body: "Kingston Hospital NHS Trust board",
    ...namedTrusts("kingston"),
    rationale: null,
    liftsKey: null,
    commitment: null,
    certainty: "SINGLE_SOURCE",
    sources: ["ehi-2009-03-next-go-live-autumn"],
  },
  {
    key: "roehampton-abandons-millennium-2009-05",
    kind: "WITHDRAW",
    title: "NHS Wandsworth abandons plans to install Millennium at Queen Mary's Hospital, Roehampton",
    decided: month("2009-05"),
    reportedOn: null,
    body: "NHS Wandsworth (primary care trust)",
    ...namedTrusts("queen-marys-roehampton"),
    rationale: "The system is not suited to modern community-based services.",
    liftsKey: null,
    commitment: null,
    certainty: "SINGLE_SOURCE",
    certaintyNote: "Reported in May 2009 (the record gives the month, not the May article); the source is the July 2009 article that recalls it.",
    sources: ["ehi-2009-07-queen-marys-emis-web"],
  },
  {
    key: "roehampton-emis-web-2009-07",
    kind: "ANNOUNCE",
    title: "NHS Wandsworth looks at EMIS Web for Queen Mary's Hospital, Roehampton, instead",
    decided: month("2009-07"),
    reportedOn: null,
    body: "NHS Wandsworth (primary care trust)",
    ...namedTrusts("queen-marys-roehampton"),
    rationale: null,
    liftsKey: null,
    commitment: null,
    certainty: "SINGLE_SOURCE",
    sources: ["ehi-2009-07-queen-marys-emis-web"],
  },
  {
    key: "scope-cut-2010-03",
    kind: "ANNOUNCE",
    title: "New BT London deal cuts scope: Cerner no longer offered to all trusts",
    decided: month("2010-03"),
    reportedOn: null,
    body: "Department of Health, NHS London",
    ...ALL_LONDON,
    rationale: "Set out in a letter of 1 April 2010. The Public Accounts Committee: 15 of the 31 acute trusts kept.",
    liftsKey: null,
    commitment: null,
    certainty: "CONFIRMED",
    sources: ["ehi-2010-04-london-programme-slashed", "nao-2011-05-18-care-records"],
  },
  npfitAnnouncement("npfit-dismantled-2010-09-09", "The National Programme for IT to be dismantled", "2010-09-09"),
  npfitAnnouncement("npfit-accelerated-dismantling-2011-09-22", '"Accelerated dismantling" of the National Programme for IT announced', "2011-09-22"),
] as const satisfies readonly DecisionSeed[];

export type DecisionKey = (typeof DECISIONS)[number]["key"];
