// Problems after go-live, as the record gives them. A problem needs a date; where the record gives
// none, the go-live month is stored (the earliest it can be) and the row says so. `known` only where
// the record says it came to light later than its sources' publication shows.
import type { ProblemSeed } from "./types";
import { day, month, year } from "./dates";

const NO_DATE = "The record gives no date for this; the go-live month is stored as the earliest it can be.";

export const PROBLEMS = [
  {
    trust: "barnet-and-chase-farm",
    goLiveScope: "Whole trust",
    reported: month("2007-07"),
    description: "No waiting-time data from July 2007: the gap came to light only when the February 2008 data was produced.",
    certainty: "SINGLE_SOURCE",
    certaintyNote: "The gap runs from July 2007 (stored); it was reported in 2008 (stored as the year it became known). The source is undated in the record.",
    known: year("2008"),
    sources: ["healthimaging-barnet-untreated"],
  },
  {
    trust: "barts-and-the-london",
    goLiveScope: "Whole trust",
    reported: month("2008-06"),
    description: "Urgent cancer visits delayed: breaches of the two-week wait after go-live, reported to the trust board in June 2008 (11 patients, BBC).",
    certainty: "CONFIRMED",
    sources: ["bbc-2008-06-27-barts-cancer", "cw-blog-barts-cancer-delays"],
  },
  {
    trust: "royal-free",
    goLiveScope: "Whole trust",
    reported: month("2008-06"),
    description: "System crashes and lost appointments after go-live.",
    certainty: "UNCERTAIN",
    certaintyNote: NO_DATE,
    sources: ["cw-blog-pioneering-london-hospital", "ehi-24279-royal-free-rescue-plan", "cw-2009-02-11-bt-to-resume"],
  },
  {
    trust: "royal-free",
    goLiveScope: "Whole trust",
    reported: day("2008-10-06"),
    description:
      "22 problems listed for a 90-day rescue plan by the trust, BT, Cerner and the London Programme for IT, from 6 October 2008; extended to the end of January 2009, with the assessment in March.",
    certainty: "CONFIRMED",
    certaintyNote: "The rescue-plan article is undated in the record; the February 2009 article is the earliest dated source.",
    sources: ["ehi-24279-royal-free-rescue-plan", "ehi-2009-02-march-before-royal-free-fixes"],
  },
  {
    trust: "royal-free",
    goLiveScope: "Whole trust",
    reported: month("2008-11"),
    description: "£7.2m deficit, which the trust attributes to Cerner.",
    certainty: "SINGLE_SOURCE",
    sources: ["ehi-2008-11-royal-free-deficit"],
  },
  {
    trust: "royal-free",
    goLiveScope: "Whole trust",
    reported: month("2009-02"),
    description: "The Royal Free's head says the problems with the care records system (CRS) cost £10m.",
    certainty: "SINGLE_SOURCE",
    sources: ["ehi-2009-02-royal-free-cost-10m"],
  },
  {
    trust: "kingston",
    goLiveScope: "Whole trust",
    reported: month("2008-12"),
    description: "The delays to go-live cost the trust over £500,000.",
    certainty: "CONFIRMED",
    sources: ["ehi-2008-12-kingston-delay-cost"],
  },
] as const satisfies readonly ProblemSeed[];
