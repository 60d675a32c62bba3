// Suppliers, the LSP contracts, their money events, and the payment facts.
// Each differing money figure is its own row with its price basis: they are not converted.
import type { ContractEventSeed, ContractSeed, PaymentSeed, SupplierSeed } from "./types";
import { day, month, year } from "./dates";

const AS_REPORTED = "as reported (basis not stated)";
// BT's results of May 2009 carried the writedown; the blog that reports them is undated in the record.
const MAY_2009 = month("2009-05");
const CUT_BASES =
  "Three figures for the cut with different price bases: £112m (E-Health Insider), about £100m (The Guardian) and £73m at 2004-05 prices (NAO).";
const BASES_DIFFER = "Three figures for the award: £996m (E-Health Insider), £1,021m at 2004-05 prices (NAO), £1.1bn (FT). Their price bases differ.";

export const SUPPLIERS = [
  { key: "bt", name: "BT" },
  { key: "csc", name: "CSC" },
  { key: "accenture", name: "Accenture" },
  { key: "fujitsu", name: "Fujitsu" },
] as const satisfies readonly SupplierSeed[];

export const CONTRACTS = [
  {
    key: "london-lsp",
    supplier: "bt",
    name: "London Local Service Provider",
    region: "London",
    certainty: "CONFIRMED",
    sources: ["cw-2009-02-11-bt-to-resume", "nao-2011-05-18-care-records"],
  },
  {
    key: "north-midlands-east-lsp-accenture",
    supplier: "accenture",
    name: "Accenture's two Local Service Provider contracts",
    region: "North East and East (with East Midlands)",
    certainty: "CONFIRMED",
    certaintyNote: "Accenture's exit was announced on 28 September 2006 and CSC took both regions over by 8 January 2007.",
    sources: ["guardian-2006-09-28-accenture", "ehi-2007-01-accenture-handover"],
  },
  {
    key: "north-midlands-east-lsp",
    supplier: "csc",
    name: "North, Midlands and East Local Service Provider",
    region: "North, Midlands and East",
    certainty: "CONFIRMED",
    sources: ["guardian-2006-09-28-accenture", "ehi-2007-01-accenture-handover"],
  },
  {
    key: "south-lsp",
    supplier: "fujitsu",
    name: "South Local Service Provider",
    region: "South",
    certainty: "CONFIRMED",
    sources: ["guardian-2008-05-29-fujitsu"],
  },
] as const satisfies readonly ContractSeed[];

export const CONTRACT_EVENTS = [
  // London: three figures for one award.
  {
    contract: "london-lsp",
    kind: "AWARD",
    occurred: month("2003-12"),
    description: "BT awarded the ten-year London LSP contract: £996m (E-Health Insider).",
    value: "996000000",
    priceBasis: AS_REPORTED,
    certainty: "UNCERTAIN",
    certaintyNote: BASES_DIFFER,
    sources: ["ehi-2006-11-bt-completes-switch"],
  },
  {
    contract: "london-lsp",
    kind: "AWARD",
    occurred: month("2003-12"),
    description: "BT awarded the ten-year London LSP contract: £1,021m at 2004-05 prices (NAO).",
    value: "1021000000",
    priceBasis: "2004-05 prices",
    certainty: "UNCERTAIN",
    certaintyNote: BASES_DIFFER,
    sources: ["nao-2011-05-18-care-records"],
  },
  {
    contract: "london-lsp",
    kind: "AWARD",
    occurred: month("2003-12"),
    description: 'BT awarded the ten-year London LSP contract: "£1.1bn" (Financial Times, quoted by Computer Weekly).',
    value: "1100000000",
    priceBasis: AS_REPORTED,
    certainty: "UNCERTAIN",
    certaintyNote: `${BASES_DIFFER} The FT figure is quoted in Computer Weekly's undated blog on the May 2009 writedown, stored as known from May 2009.`,
    known: MAY_2009,
    sources: ["cw-blog-bt-writedown-london"],
  },
  {
    contract: "london-lsp",
    kind: "WRITE_OFF",
    occurred: day("2009-01-22"),
    description:
      "BT Global Services pre-announces a £340m charge on 15 of its 17 large contracts, confirmed as £336m in its third-quarter results; the London NHS deal was reported to be one of the two not yet reviewed.",
    value: "340000000",
    priceBasis: AS_REPORTED,
    certainty: "UNCERTAIN",
    certaintyNote:
      "The amount is confirmed (£336m in the results); the link to London is not: Computer Weekly (11 February 2009) links the write-off to the London contract, while London was reported to be one of the two contracts not yet reviewed.",
    sources: ["cw-bt-writes-off-340m", "ehi-2009-01-bt-340m-hit", "cio-bt-profits-damaged", "cw-2009-02-11-bt-to-resume"],
  },
  {
    contract: "london-lsp",
    kind: "RENEGOTIATION",
    occurred: day("2009-03-31"),
    description: "A change signed on 31 March 2009: BT takes over eight southern acute sites, with a £92.8m advance.",
    value: "92800000",
    priceBasis: AS_REPORTED,
    certainty: "CONFIRMED",
    sources: ["ehi-2009-04-southern-sites"],
  },
  {
    contract: "london-lsp",
    kind: "WRITE_OFF",
    occurred: month("2009-05"),
    description: "BT writes down about £1.2bn on two contracts, one of them the London NHS contract (the FT, quoted by Computer Weekly).",
    value: "1200000000",
    priceBasis: AS_REPORTED,
    certainty: "UNCERTAIN",
    certaintyNote:
      "The amount is confirmed; how much of it is London's is not. The blog is undated in the record; the writedown was made public with BT's May 2009 results, stored as known from then.",
    known: MAY_2009,
    sources: ["cw-blog-bt-writedown-london"],
  },
  {
    contract: "london-lsp",
    kind: "VALUATION",
    occurred: day("2009-06-01"),
    description:
      "The London LSP contract is now £1,567m, against £1,021m at award (2004-05 prices), with work moved from the South (parliamentary answer of 1 June 2009).",
    value: "1567000000",
    priceBasis: "2004-05 prices",
    certainty: "CONFIRMED",
    certaintyNote: "The parliamentary answer of 1 June 2009 is quoted in Computer Weekly's undated blog: known from the day of the answer.",
    known: day("2009-06-01"),
    sources: ["cw-blog-bt-extra-815m"],
  },
  {
    contract: "london-lsp",
    kind: "VALUATION",
    // The record ties the growth to the 2009 reset without a day: the year is stored.
    occurred: year("2009"),
    description: "BT's London contract grew by £546m with the 2009 reset (Hansard, 6 January 2010).",
    value: "546000000",
    priceBasis: AS_REPORTED,
    certainty: "CONFIRMED",
    sources: ["hansard-2010-01-06-bt-london"],
  },
  {
    contract: "london-lsp",
    kind: "RENEGOTIATION",
    occurred: month("2010-03"),
    description: "New London deal: contract cut by £112m (E-Health Insider).",
    value: "112000000",
    priceBasis: AS_REPORTED,
    certainty: "UNCERTAIN",
    certaintyNote: CUT_BASES,
    sources: ["ehi-2010-04-london-programme-slashed"],
  },
  {
    contract: "london-lsp",
    kind: "RENEGOTIATION",
    occurred: month("2010-03"),
    description: "New London deal: contract cut by about £100m (The Guardian, 8 April 2010).",
    value: "100000000",
    priceBasis: AS_REPORTED,
    certainty: "UNCERTAIN",
    certaintyNote: CUT_BASES,
    sources: ["guardian-2010-04-08-london-deal"],
  },
  {
    contract: "london-lsp",
    kind: "RENEGOTIATION",
    occurred: month("2010-03"),
    description: "New London deal: fee cut by £73m at 2004-05 prices, and half the acute trusts dropped (NAO, 18 May 2011).",
    value: "73000000",
    priceBasis: "2004-05 prices",
    certainty: "UNCERTAIN",
    certaintyNote: CUT_BASES,
    sources: ["nao-2011-05-18-care-records"],
  },
  {
    contract: "london-lsp",
    kind: "VALUATION",
    occurred: month("2010-03"),
    description: "After the March 2010 deal the contract is £948m, down from £1.02bn, with 15 of the 31 acute trusts kept (Public Accounts Committee).",
    value: "948000000",
    priceBasis: AS_REPORTED,
    certainty: "SINGLE_SOURCE",
    certaintyNote:
      "The article is undated in the record; it reports the committee's hearing of May 2011 on the NAO report, so it is stored as known from the end of 2011 at the latest.",
    known: year("2011"),
    sources: ["cio-bt-slammed-pac"],
  },
  {
    contract: "london-lsp",
    kind: "EXIT",
    occurred: month("2015-10"),
    description: "BT's London LSP contract ends (October 2015).",
    value: null,
    priceBasis: null,
    certainty: "CONFIRMED",
    sources: ["ehi-2015-04-london-contracts-end"],
  },

  // North, Midlands and East: Accenture hands over to CSC.
  {
    contract: "north-midlands-east-lsp-accenture",
    kind: "EXIT",
    occurred: day("2006-09-28"),
    description: "Accenture quits its two LSP contracts, to CSC.",
    value: null,
    priceBasis: null,
    certainty: "CONFIRMED",
    sources: ["guardian-2006-09-28-accenture"],
  },
  {
    contract: "north-midlands-east-lsp-accenture",
    kind: "EXIT",
    occurred: day("2007-01-08"),
    description: "Handover to CSC complete, by 8 January 2007.",
    value: null,
    priceBasis: null,
    certainty: "CONFIRMED",
    sources: ["ehi-2007-01-accenture-handover"],
  },
  {
    contract: "north-midlands-east-lsp",
    kind: "AWARD",
    occurred: day("2006-09-28"),
    description: "CSC takes over Accenture's two LSP contracts (handover by 8 January 2007).",
    value: null,
    priceBasis: null,
    certainty: "CONFIRMED",
    sources: ["guardian-2006-09-28-accenture", "ehi-2007-01-accenture-handover"],
  },

  // South
  {
    contract: "south-lsp",
    kind: "TERMINATION",
    occurred: day("2008-05-28"),
    description: "Fujitsu's £896m South LSP contract given notice of termination; transition to 28 November 2008.",
    value: "896000000",
    priceBasis: AS_REPORTED,
    certainty: "CONFIRMED",
    certaintyNote: "The value is that of the contract terminated, not a cost of terminating it.",
    sources: ["guardian-2008-05-29-fujitsu"],
  },
] as const satisfies readonly ContractEventSeed[];

const HANSARD_RF = "hansard-2009-02-27-royal-free-records";

export const PAYMENTS = [
  {
    trust: "royal-free",
    goLiveScope: "Whole trust",
    contract: "london-lsp",
    kind: "DEPLOYMENT_CHARGE",
    description: "One-off deployment charge, due to BT once the trust accepts the deployment as fit for purpose.",
    amount: "4676000",
    period: "one-off",
    priceBasis: "2003-04 prices",
    asAt: day("2009-02-27"),
    certainty: "CONFIRMED",
    sources: [HANSARD_RF],
  },
  {
    trust: "royal-free",
    goLiveScope: "Whole trust",
    contract: "london-lsp",
    kind: "SERVICE_CHARGE",
    description: "Monthly service charge following the deployment charge.",
    amount: "33644",
    period: "a month",
    priceBasis: null,
    asAt: day("2009-02-27"),
    certainty: "CONFIRMED",
    sources: [HANSARD_RF],
  },
  {
    trust: null,
    goLiveScope: null,
    contract: "london-lsp",
    kind: "EARNED_TO_DATE",
    description: "In four years BT had earned only about £191m of the ~£1.08bn London contract value (NAO figures, via CIO magazine).",
    amount: "191000000",
    period: null,
    priceBasis: AS_REPORTED,
    asAt: year("2008"),
    certainty: "SINGLE_SOURCE",
    certaintyNote:
      '"In four years": as at 2008. The article is undated in the record, which reports the figure in early 2009: stored as known in 2009 (the year).',
    known: year("2009"),
    sources: ["cio-bt-profits-damaged"],
  },
] as const satisfies readonly PaymentSeed[];
