// Facts the sources disagree on (domain.md), each side as its own source's claim, to be shown side by
// side. A claim's certainty is the record's flag for that fact (domain.md), not a ranking of the
// sources: the record settles none of these, so every conflict here is open.
//
// Left out, because the sample data cannot hold both sides with a source of their own:
// - the December 2003 award: £996m (E-Health Insider) against £1,021m at 2004-05 prices (NAO) and
//   "£1.1bn" (FT). The record names no address for the E-Health Insider figure, and the sample data
//   has no Financial Times source; only the NAO figure has one. The three figures stay as separate
//   contract events (contracts.ts), each with its price basis.
// - Barts' go-live day ("about 7-8 April 2008"): the record has one go-live, in April 2008, whose two
//   sources do not give different days; nothing to set side by side.
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
    note: "Both sources agree on June 2008; they differ by one day. The record keeps both dates.",
    trust: "royal-free",
    goLiveScope: "Whole trust",
    contract: null,
    claims: [
      {
        claim: "15 June 2008",
        detail: "A parliamentary answer of 27 February 2009: the system \"went live on 15 June 2008\".",
        source: "hansard-2009-02-27-royal-free-records",
        certainty: "UNCERTAIN",
      },
      {
        claim: "16 June 2008",
        detail: "E-Health Insider's report. The record does not say which article.",
        source: "ehi-royal-free-go-live-unnamed",
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
        detail: "The write-off was \"in part because of extra costs and delays in payments\" on BT's £1bn London contract.",
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
    note: "The two figures have different price bases; the record does not convert them to one.",
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
    note: "The month is confirmed; who decided is not.",
    // The halt covered all of London: no one trust or contract.
    trust: null,
    goLiveScope: null,
    contract: null,
    claims: [
      {
        claim: "BT announced it",
        // domain.md names no article for this; the rescue-plan article says it in these words.
        detail: "BT, the local service provider for London, \"announced in October that it would suspend all future CRS deployment plans\".",
        source: "ehi-24279-royal-free-rescue-plan",
        certainty: "UNCERTAIN",
      },
      {
        claim: "NHS London decided it",
        detail: "Kingston Hospital NHS Trust's statement on the delay to its go-live.",
        source: "ehi-2008-12-kingston-delay-cost",
        certainty: "UNCERTAIN",
      },
    ],
  },
] as const satisfies readonly ConflictSeed[];
