// Go-lives: each with its plans in the order of the record, and its actual go-live(s).
// Homerton, Newham and South London Healthcare have none: the record gives them no go-live.
// No acceptances: the record dates no trust's certification (not even the Royal Free's).
// A staged go-live or one known only to a week is stored as its month (the schema has no range and no
// week), with the days in the note: the month is what the record confirms (docs/decisions/013).
import type { GoLiveSeed } from "./types";
import { day, month, year } from "./dates";

const ROYAL_FREE_DAYS =
  "Sources disagree on the day: 15 June 2008 (Hansard), 16 June 2008 (E-Health Insider, 23 July 2008), 17 June 2008 (Camden New Journal, 19 February 2009).";

export const GO_LIVES = [
  {
    trust: "barnet-and-chase-farm",
    configuration: "LC0",
    scope: "Whole trust",
    notes: "First NPfIT Cerner go-live in London.",
    certainty: "CONFIRMED",
    sources: ["ehi-2007-08-barnet-switch-on-cerner", "hansard-2007-07-24-nhs-ict"],
    plans: [
      {
        planned: month("2007-07"),
        plannedLabel: "before the end of July 2007",
        announced: day("2007-07-24"),
        reason: "The Department of Health said the system would go live before the end of July 2007.",
        madeBy: { name: "Department of Health", kind: "PROGRAMME" },
        certainty: "CONFIRMED",
        sources: ["hansard-2007-07-24-nhs-ict"],
      },
    ],
    actuals: [
      {
        // A staged go-live over six days: the month is confirmed, no one day is "the" go-live.
        wentLive: month("2007-07"),
        note: 'Staged, 19-24 July 2007: old PAS switched off 19 July, A&E live 21 July, wards 22 July, outpatients 24 July (Computerworld UK says "from 21 July").',
        certainty: "CONFIRMED",
        certaintyNote: "The month is confirmed; the go-live ran over 19-24 July, so no single day is stored.",
        sources: ["ehi-2007-08-barnet-switch-on-cerner"],
      },
    ],
    acceptances: [],
  },
  {
    trust: "queen-marys-sidcup",
    configuration: "LC0",
    scope: "Whole trust",
    notes: "Replaced the IDX system installed in November 2005.",
    certainty: "SINGLE_SOURCE",
    sources: ["ehi-2006-11-qms-to-ditch-idx", "ehi-2011-04-south-london-lines-up", "cw-2009-02-11-bt-to-resume"],
    plans: [
      {
        planned: year("2007"),
        plannedLabel: "in 2007",
        announced: month("2006-11"),
        reason: "E-Health Insider (November 2006): the trust is to replace IDX with Cerner in 2007.",
        madeBy: null,
        certainty: "SINGLE_SOURCE",
        sources: ["ehi-2006-11-qms-to-ditch-idx"],
      },
    ],
    actuals: [
      {
        wentLive: month("2007-11"),
        note: "November 2007 is from E-Health Insider (April 2011); Computer Weekly (11 February 2009) already reports it live, without the month.",
        certainty: "SINGLE_SOURCE",
        sources: ["ehi-2011-04-south-london-lines-up", "cw-2009-02-11-bt-to-resume"],
      },
    ],
    acceptances: [],
  },
  {
    trust: "barts-and-the-london",
    configuration: "LC0",
    scope: "Whole trust",
    notes:
      "About 3.35 million records migrated (BT, in E-Health Insider of 10 April 2008). The record also gives an outage on 15 April 2008 but names no source for it, so it is not stored as a problem.",
    certainty: "CONFIRMED",
    sources: ["ehi-31044-barts-delay", "ehi-31142-barts-deny-crash"],
    plans: [
      {
        planned: day("2007-12-08"),
        plannedLabel: "8 December 2007",
        announced: null,
        reason: null,
        madeBy: null,
        certainty: "SINGLE_SOURCE",
        sources: ["ehi-31044-barts-delay"],
      },
      {
        planned: month("2008-03"),
        plannedLabel: "7 to 10 March 2008",
        announced: null,
        reason: "After deferring from 8 December the trust worked towards 7-10 March (E-Health Insider, March 2008).",
        madeBy: { name: "Barts and The London NHS Trust", kind: "TRUST" },
        certainty: "SINGLE_SOURCE",
        certaintyNote: "A range of days (7-10 March) is stored as the month.",
        sources: ["ehi-31044-barts-delay"],
      },
      {
        planned: month("2008-04"),
        plannedLabel: "start of April 2008",
        announced: month("2008-03"),
        reason: "Go-live put back from the weekend of 8-9 March to the start of April (E-Health Insider, March 2008).",
        madeBy: null,
        certainty: "SINGLE_SOURCE",
        sources: ["ehi-31044-barts-delay"],
      },
    ],
    actuals: [
      {
        // "Live in the week of 7 April 2008": the schema has no week precision; the week lies in April.
        wentLive: month("2008-04"),
        note: 'Live in the week of 7 April 2008 (E-Health Insider, 10 April 2008: installed "this week").',
        certainty: "CONFIRMED",
        certaintyNote: "The week of 7 April 2008 is confirmed, the day is not; the schema holds no week, so the month is stored.",
        sources: ["ehi-31142-barts-deny-crash", "cw-blog-barts-the-sun"],
      },
    ],
    acceptances: [],
  },
  {
    trust: "royal-free",
    configuration: "LC1",
    scope: "Whole trust",
    notes:
      "Postponed at least twice before going live (the record gives no earlier dates). An E-Health Insider article of February 2009 says July, probably an error; it is not stored.",
    certainty: "CONFIRMED",
    certaintyNote: "Live in June 2008; sources disagree on the day.",
    sources: ["hansard-2009-02-27-royal-free-records", "cw-2009-02-11-bt-to-resume"],
    plans: [],
    actuals: [
      {
        wentLive: day("2008-06-15"),
        note: "Hansard, 27 February 2009",
        certainty: "UNCERTAIN",
        certaintyNote: ROYAL_FREE_DAYS,
        sources: ["hansard-2009-02-27-royal-free-records"],
      },
      {
        wentLive: day("2008-06-16"),
        note: 'E-Health Insider, 23 July 2008: "The Royal Free went live on 16 June"',
        certainty: "UNCERTAIN",
        certaintyNote: ROYAL_FREE_DAYS,
        sources: ["ehi-2008-07-st-marys-delays-crs"],
      },
      {
        wentLive: day("2008-06-17"),
        note: "Camden New Journal, 19 February 2009",
        certainty: "UNCERTAIN",
        certaintyNote: ROYAL_FREE_DAYS,
        sources: ["cnj-2009-02-19-royal-free"],
      },
    ],
    acceptances: [],
  },
  {
    trust: "kingston",
    configuration: "LC1",
    scope: "Whole trust",
    notes: "LC1 as at the Royal Free, with 16 major fixes; the first go-live on the New Delivery Model. The first London go-live in 18 months.",
    certainty: "CONFIRMED",
    sources: ["ehi-2008-12-kingston-delay-cost", "ehi-2009-11-kingston-30-november", "cw-blog-kingston-success"],
    plans: [
      {
        planned: month("2008-11"),
        plannedLabel: "late November 2008",
        announced: null,
        reason: "BT was to deliver the system in late November (trust board minutes, in E-Health Insider, December 2008).",
        madeBy: { name: "BT", kind: "SUPPLIER" },
        certainty: "UNCERTAIN",
        certaintyNote: "The first plan is disputed: the Evening Standard (October 2008) says it was due in October 2008 (see the conflict).",
        sources: ["ehi-2008-12-kingston-delay-cost"],
      },
      {
        // The record gives no date for the postponement itself: the report of it is its date.
        planned: null,
        plannedLabel: "postponed indefinitely",
        announced: month("2008-12"),
        reason:
          '"Postponed indefinitely" until "issues in live trusts are resolved"; Kingston\'s statement says NHS London decided to postpone all London trusts.',
        madeBy: null,
        certainty: "CONFIRMED",
        sources: ["ehi-2008-12-kingston-delay-cost"],
      },
      {
        planned: month("2009-04"),
        plannedLabel: "April 2009 at the earliest",
        announced: month("2008-12"),
        reason: "E-Health Insider (December 2008): the earliest Kingston may now go live is April 2009; the delays had cost it over £500,000.",
        madeBy: null,
        certainty: "CONFIRMED",
        sources: ["ehi-2008-12-kingston-delay-cost"],
      },
      {
        planned: { on: "2009-09-01", precision: "QUARTER" },
        plannedLabel: "autumn 2009",
        announced: month("2009-03"),
        reason: "Kingston's board pushed the next London go-live to autumn 2009 (E-Health Insider, March 2009).",
        madeBy: { name: "Kingston Hospital NHS Trust board", kind: "TRUST" },
        certainty: "SINGLE_SOURCE",
        certaintyNote: "The season is stored as the three months September to November 2009.",
        sources: ["ehi-2009-03-next-go-live-autumn"],
      },
      {
        planned: month("2009-09"),
        plannedLabel: "September 2009",
        announced: month("2009-07"),
        reason: "E-Health Insider (July 2009): Kingston is due to go live with Cerner Millennium in September.",
        madeBy: null,
        certainty: "SINGLE_SOURCE",
        sources: ["ehi-2009-07-queen-marys-emis-web"],
      },
      {
        planned: day("2009-11-30"),
        plannedLabel: "30 November 2009",
        announced: month("2009-11"),
        reason: "E-Health Insider (November 2009): Kingston to go live on 30 November.",
        madeBy: null,
        certainty: "SINGLE_SOURCE",
        sources: ["ehi-2009-11-kingston-30-november"],
      },
    ],
    actuals: [
      {
        wentLive: day("2009-11-30"),
        note: "First London go-live after the October 2008 halt.",
        certainty: "CONFIRMED",
        sources: ["ehi-2009-11-kingston-30-november", "cw-blog-kingston-success"],
      },
    ],
    acceptances: [],
  },
  {
    trust: "queen-marys-roehampton",
    configuration: null,
    scope: "Whole trust",
    // No plan with a date: the record says only that it was due alongside Kingston.
    notes:
      "Had been due to go live alongside Kingston (E-Health Insider, March 2009), sharing its patient administration system; NHS Wandsworth abandoned Millennium there (reported in May 2009).",
    certainty: "SINGLE_SOURCE",
    // Computer Weekly, 11 February 2009, names it among the trusts "next in line": the go-live is known from then.
    sources: ["cw-2009-02-11-bt-to-resume", "ehi-2009-03-next-go-live-autumn", "ehi-2009-07-queen-marys-emis-web"],
    plans: [
      {
        planned: null,
        plannedLabel: "looking at alternative options",
        announced: month("2009-03"),
        reason: "In March 2009 the hospital was looking at alternative options.",
        madeBy: null,
        certainty: "SINGLE_SOURCE",
        sources: ["ehi-2009-03-next-go-live-autumn"],
      },
    ],
    actuals: [],
    acceptances: [],
  },
  {
    trust: "st-georges",
    configuration: "NDM",
    scope: "Phase 1",
    notes: "Business case November 2007. The second trust on the New Delivery Model, after Kingston.",
    certainty: "CONFIRMED",
    // Computer Weekly, 11 February 2009, names it among the trusts "next in line": the go-live is known from then.
    sources: ["cw-2009-02-11-bt-to-resume", "ehi-2010-03-st-georges-easter"],
    plans: [
      {
        // Announced in September 2009 (E-Health Insider, "St George's wants Cerner for Xmas"): not known before.
        planned: day("2009-12-21"),
        plannedLabel: "21 December 2009",
        announced: month("2009-09"),
        reason: "E-Health Insider (September 2009): the implementation cost rose from £4.7m to £6.9m.",
        madeBy: null,
        certainty: "SINGLE_SOURCE",
        sources: ["ehi-2009-09-st-georges-xmas"],
      },
      {
        // Re-planned to March 2010; the record first says so in the March 2010 report of the go-live.
        planned: month("2010-03"),
        plannedLabel: "March 2010",
        announced: month("2010-03"),
        reason: null,
        madeBy: null,
        certainty: "SINGLE_SOURCE",
        sources: ["ehi-2010-03-st-georges-easter"],
      },
    ],
    actuals: [
      {
        wentLive: day("2010-03-29"),
        note: "Phase 1",
        certainty: "CONFIRMED",
        sources: ["ehi-2010-03-st-georges-easter"],
      },
    ],
    acceptances: [],
  },
  {
    trust: "imperial",
    configuration: "LC1",
    scope: "Patient administration system",
    notes:
      "LC1 was planned at St Mary's in 2008. Whether the October 2008 halt is what stopped the end-of-August 2008 plan is an inference (no source says so), so it is not stored as a fact. The patient administration system went live on 22 April 2014.",
    certainty: "SINGLE_SOURCE",
    certaintyNote: "LC1 is the 2008 plan; the record does not say which configuration went live in 2014.",
    sources: ["ehi-2008-07-st-marys-delays-crs", "ehi-2014-05-imperial-cerner-pas"],
    plans: [
      {
        planned: day("2008-05-27"),
        plannedLabel: "27 May 2008",
        announced: null,
        reason: null,
        madeBy: null,
        certainty: "SINGLE_SOURCE",
        sources: ["ehi-2008-07-st-marys-delays-crs"],
      },
      {
        planned: day("2008-07-14"),
        plannedLabel: "14 July 2008",
        announced: null,
        reason: "Postponed after the Royal Free delayed its go-live.",
        madeBy: null,
        certainty: "SINGLE_SOURCE",
        sources: ["ehi-2008-07-st-marys-delays-crs"],
      },
      {
        planned: month("2008-08"),
        plannedLabel: "end of August 2008",
        announced: day("2008-07-23"),
        reason: "E-Health Insider (23 July 2008): St Mary's delays go-live of CRS by a month, to the end of August.",
        madeBy: { name: "Imperial College Healthcare NHS Trust (St Mary's)", kind: "TRUST" },
        certainty: "SINGLE_SOURCE",
        sources: ["ehi-2008-07-st-marys-delays-crs"],
      },
    ],
    actuals: [
      {
        wentLive: day("2014-04-22"),
        note: "Patient administration system",
        certainty: "SINGLE_SOURCE",
        sources: ["ehi-2014-05-imperial-cerner-pas"],
      },
    ],
    acceptances: [],
  },
  {
    trust: "imperial",
    configuration: null,
    scope: "Order communications",
    notes: "Order communications went live under NPfIT in September 2011.",
    certainty: "SINGLE_SOURCE",
    sources: ["ehi-2014-05-imperial-cerner-pas"],
    plans: [],
    actuals: [
      {
        wentLive: month("2011-09"),
        note: "Order communications",
        certainty: "SINGLE_SOURCE",
        sources: ["ehi-2014-05-imperial-cerner-pas"],
      },
    ],
    acceptances: [],
  },
  {
    trust: "croydon",
    configuration: null,
    scope: "Whole trust",
    notes: "Under the London Programme for IT, then run by the Health and Social Care Information Centre.",
    certainty: "SINGLE_SOURCE",
    sources: ["computerworld-3424635-croydon"],
    plans: [],
    actuals: [
      {
        wentLive: month("2013-09"),
        note: "At the end of September 2013.",
        certainty: "SINGLE_SOURCE",
        certaintyNote: "The source is undated; it quotes the trust's board papers dated 25 November 2013, stored as the day it was known.",
        known: day("2013-11-25"),
        sources: ["computerworld-3424635-croydon"],
      },
    ],
    acceptances: [],
  },
  {
    trust: "barts-health",
    configuration: null,
    scope: "Whipps Cross A&E",
    notes: "Cerner FirstNet in A&E at Whipps Cross University Hospital, delivered by BT under an NPfIT contract with Barts Health.",
    certainty: "SINGLE_SOURCE",
    sources: ["ehi-29053-whipps-cross"],
    plans: [],
    actuals: [
      {
        wentLive: day("2013-10-30"),
        note: "A&E, the first phase at Whipps Cross",
        certainty: "SINGLE_SOURCE",
        sources: ["ehi-29053-whipps-cross"],
      },
    ],
    acceptances: [],
  },
  {
    trust: "lewisham-and-greenwich",
    configuration: null,
    scope: "Queen Elizabeth Hospital, Woolwich",
    notes: "Queen Elizabeth Hospital, Woolwich.",
    certainty: "SINGLE_SOURCE",
    sources: ["ehi-2014-07-lewisham-live"],
    plans: [],
    actuals: [
      {
        // Staged over two days: stored as the month, like Barnet's.
        wentLive: month("2014-07"),
        note: "A&E and maternity live 6 July 2014, the rest of the hospital 7 July.",
        certainty: "SINGLE_SOURCE",
        certaintyNote: "Staged over 6-7 July 2014: the month is stored, the days are in the note.",
        sources: ["ehi-2014-07-lewisham-live"],
      },
    ],
    acceptances: [],
  },
] as const satisfies readonly GoLiveSeed[];
