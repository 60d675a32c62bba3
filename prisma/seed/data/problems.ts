// Problems after go-live, as the record's notes give them. A problem needs a date; where the record
// gives none, the go-live month is stored (the earliest it can be) and the row says so.
import type { ProblemSeed } from "./types";

const NO_DATE = "The record gives no date for this; the go-live month is stored as the earliest it can be.";

export const PROBLEMS = [
  {
    trust: "barnet-and-chase-farm",
    goLiveScope: "Whole trust",
    reported: { on: "2007-07-01", precision: "MONTH" },
    description: "No waiting-time data from July 2007 to January 2008.",
    certainty: "SINGLE_SOURCE",
    certaintyNote: "The record gives the period, not when it was reported: the start of the period is stored. It names no address.",
    sources: [],
  },
  {
    trust: "barts-and-the-london",
    goLiveScope: "Whole trust",
    reported: { on: "2008-04-15", precision: "DAY" },
    description: "System outage on 15 April 2008.",
    certainty: "SINGLE_SOURCE",
    certaintyNote: "The record names no address for it.",
    sources: [],
  },
  {
    trust: "barts-and-the-london",
    goLiveScope: "Whole trust",
    reported: { on: "2008-04-01", precision: "MONTH" },
    description: "Urgent cancer visits delayed: breaches of the two-week wait after go-live.",
    certainty: "UNCERTAIN",
    certaintyNote: NO_DATE,
    sources: ["cw-blog-barts-cancer-delays"],
  },
  {
    trust: "royal-free",
    goLiveScope: "Whole trust",
    reported: { on: "2008-06-01", precision: "MONTH" },
    description: "System crashes and lost appointments after go-live.",
    certainty: "UNCERTAIN",
    certaintyNote: NO_DATE,
    sources: ["ehi-24279-royal-free-rescue-plan", "cw-2009-02-11-bt-to-resume"],
  },
  {
    trust: "royal-free",
    goLiveScope: "Whole trust",
    reported: { on: "2008-10-06", precision: "DAY" },
    description: "22 problems listed for a 90-day rescue plan by the trust, BT, Cerner and the London Programme for IT.",
    certainty: "CONFIRMED",
    sources: ["ehi-24279-royal-free-rescue-plan"],
  },
  {
    trust: "royal-free",
    goLiveScope: "Whole trust",
    reported: { on: "2008-11-01", precision: "MONTH" },
    description: "£7.2m deficit, which the trust attributes to Cerner.",
    certainty: "SINGLE_SOURCE",
    sources: ["ehi-2008-11-royal-free-deficit"],
  },
  {
    trust: "royal-free",
    goLiveScope: "Whole trust",
    reported: { on: "2009-02-01", precision: "MONTH" },
    description: "The Royal Free's head says the problems with the care records system (CRS) cost £10m.",
    certainty: "SINGLE_SOURCE",
    sources: ["ehi-2009-02-royal-free-cost-10m"],
  },
  {
    trust: "kingston",
    goLiveScope: "Whole trust",
    reported: { on: "2008-12-01", precision: "MONTH" },
    description: "The delays to go-live cost the trust over £500,000.",
    certainty: "CONFIRMED",
    sources: ["ehi-2008-12-kingston-delay-cost"],
  },
] as const satisfies readonly ProblemSeed[];
