// Facts the sources disagree on (domain.md), each side as its own source's claim, to be shown side by
// side. A claim's certainty is the record's flag for that fact (domain.md), not a ranking of the
// sources: the record settles none of these, so every conflict here is open.
//
// Not a conflict:
// - the December 2003 award: £996m (E-Health Insider), £1,021m at 2004-05 prices (NAO) and "£1.1bn"
//   (the FT, quoted by Computer Weekly) are one award on different price bases, not disagreeing
//   sources; they stay as separate contract events (contracts.ts), each with its price basis.
// - Barts' go-live: the sources agree on the week of 7 April 2008; none gives another day.
import type { Certainty } from "../../../lib/generated/prisma/client";
import type { ContractKey, GoLiveScope, SourceKey, TrustSlug } from "./types";

export interface ConflictClaimSeed {
  /** what this source says, in a few words */
  claim: string;
  detail: string | null;
  source: SourceKey;
  certainty: Certainty;
}

export interface ConflictSeed {
  key: string;
  title: string;
  /** the question the sources answer differently */
  question: string;
  status: "OPEN" | "RESOLVED";
  note: string | null;
  trust: TrustSlug | null;
  /** the trust's go-live the conflict is about (needs `trust`) */
  goLiveScope: GoLiveScope | null;
  contract: ContractKey | null;
  /** in order on the page; stored as position 1..n */
  claims: readonly ConflictClaimSeed[];
}

export const CONFLICTS = [
  {
    key: "royal-free-go-live-day",
    title: "Royal Free go-live day",
    question: "On which day did the Royal Free go live with Cerner Millennium?",
    status: "OPEN",
    note: "All three agree on June 2008 and differ by a day; the record keeps each date. An E-Health Insider article of February 2009 says July, probably an error, and is not a claim here.",
    trust: "royal-free",
    goLiveScope: "Whole trust",
    contract: null,
    claims: [
      {
        claim: "15 June 2008",
        detail: 'A parliamentary answer of 27 February 2009: the system "went live on 15 June 2008".',
        source: "hansard-2009-02-27-royal-free-records",
        certainty: "UNCERTAIN",
      },
      {
        claim: "16 June 2008",
        detail: 'E-Health Insider, 23 July 2008: "The Royal Free went live on 16 June".',
        source: "ehi-2008-07-st-marys-delays-crs",
        certainty: "UNCERTAIN",
      },
      {
        claim: "17 June 2008",
        detail: "Camden New Journal, 19 February 2009.",
        source: "cnj-2009-02-19-royal-free",
        certainty: "UNCERTAIN",
      },
    ],
  },
  {
    key: "bt-340m-write-off-london-link",
    title: "BT's £340m write-off and the London contract",
    question: "Was BT Global Services' £340m write-off of January 2009 linked to the London contract?",
    status: "OPEN",
    note: "The amount is confirmed; its link to London is not.",
    trust: null,
    goLiveScope: null,
    contract: "london-lsp",
    claims: [
      {
        claim: "London was one of the two contracts not yet reviewed",
        detail: "The charge covered 15 of BT's 17 large contracts; the London NHS deal was reported to be one of the two not yet reviewed.",
        source: "cw-bt-writes-off-340m",
        certainty: "UNCERTAIN",
      },
      {
        claim: "Linked in part to the London contract",
        detail: 'The write-off was "in part because of extra costs and delays in payments" on BT\'s £1bn London contract.',
        source: "cw-2009-02-11-bt-to-resume",
        certainty: "UNCERTAIN",
      },
    ],
  },
  {
    key: "london-deal-cut-2010-03",
    title: "The March 2010 cut to the London deal",
    question: "By how much did the new London deal of March 2010 cut BT's contract?",
    status: "OPEN",
    note: "The figures have different price bases; the record does not convert them to one. The deal was set out in a letter of 1 April 2010; the Public Accounts Committee gives the contract as cut from £1.02bn to £948m.",
    trust: null,
    goLiveScope: null,
    contract: "london-lsp",
    claims: [
      {
        claim: "£112m",
        detail: "Price basis not stated.",
        source: "ehi-2010-04-london-programme-slashed",
        certainty: "UNCERTAIN",
      },
      {
        claim: "About £100m",
        detail: "The Guardian, 8 April 2010. Price basis not stated.",
        source: "guardian-2010-04-08-london-deal",
        certainty: "UNCERTAIN",
      },
      {
        claim: "£73m at 2004-05 prices",
        detail: "The fee cut, with half the acute trusts dropped (National Audit Office, 18 May 2011).",
        source: "nao-2011-05-18-care-records",
        certainty: "UNCERTAIN",
      },
    ],
  },
  {
    key: "october-2008-halt-who-decided",
    title: "Who halted the go-lives in October 2008",
    question: "Who decided to halt all Cerner go-lives in London in October 2008?",
    status: "OPEN",
    note: "The month is confirmed; who decided is not: three versions, none stored as fact.",
    // The halt covered all of London: no one trust or contract.
    trust: null,
    goLiveScope: null,
    contract: null,
    claims: [
      {
        claim: "BT announced it",
        // domain.md names no article for this; the rescue-plan article says it in these words.
        detail: 'BT, the local service provider for London, "announced in October that it would suspend all future CRS deployment plans".',
        source: "ehi-24279-royal-free-rescue-plan",
        certainty: "UNCERTAIN",
      },
      {
        claim: "NHS London decided it",
        detail:
          'Kingston Hospital NHS Trust\'s statement: "a decision made by NHS London to postpone all trusts within London". The Ham & High names London Strategic Health Authority.',
        source: "ehi-2008-12-kingston-delay-cost",
        certainty: "UNCERTAIN",
      },
      {
        claim: "BT and NHS London suspended it",
        detail: '"All CRS deployments in the capital by local service provider BT and NHS London were suspended".',
        source: "ehi-2009-03-next-go-live-autumn",
        certainty: "UNCERTAIN",
      },
    ],
  },
  {
    key: "kingston-first-plan",
    title: "Kingston's first planned go-live",
    question: "When was Kingston first due to go live with Cerner Millennium?",
    status: "OPEN",
    note: "The Evening Standard page carries a misleading 2012 date; the record dates the article October 2008.",
    trust: "kingston",
    // About a plan, not the go-live's date: tied to the trust, so that a second go-live date opens its own conflict.
    goLiveScope: null,
    contract: null,
    claims: [
      {
        claim: "October 2008",
        detail: 'The Evening Standard (October 2008): due "last October".',
        source: "evening-standard-2008-10-kingston",
        certainty: "UNCERTAIN",
      },
      {
        claim: "Late November 2008",
        detail: 'Trust board minutes: the system "was meant to have been delivered by BT in late November".',
        source: "ehi-2008-12-kingston-delay-cost",
        certainty: "UNCERTAIN",
      },
    ],
  },
] as const satisfies readonly ConflictSeed[];
