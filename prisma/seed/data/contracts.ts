// Suppliers, the LSP contracts, their money events, and the payment facts.
// Each differing money figure is its own row with its price basis: they are not converted.
import type { ContractEventSeed, ContractSeed, PaymentSeed, SupplierSeed } from "./types";

const AS_REPORTED = "as reported (basis not stated)";
const BASES_DIFFER =
  "Three figures for the award: £996m (E-Health Insider), £1,021m at 2004-05 prices (NAO), £1.1bn (FT). Their price bases differ.";

export const SUPPLIERS = [
  { key: "bt", name: "BT" },
  { key: "csc", name: "CSC" },
  { key: "accenture", name: "Accenture" },
  { key: "fujitsu", name: "Fujitsu" },
] as const satisfies readonly SupplierSeed[];

export type SupplierKey = (typeof SUPPLIERS)[number]["key"];

export const CONTRACTS = [
  { key: "london-lsp", supplier: "bt", name: "London Local Service Provider", region: "London", certainty: "CONFIRMED", sources: ["cw-2009-02-11-bt-to-resume", "nao-2011-05-18-care-records"] },
  {
    key: "north-midlands-east-lsp-accenture",
    supplier: "accenture",
    name: "Accenture's two Local Service Provider contracts",
    region: "North, Midlands and East",
    certainty: "CONFIRMED",
    certaintyNote: "The record does not name the two regions; Accenture left in 2006-07 and CSC took them over.",
    sources: ["guardian-2006-09-28-accenture", "ehi-2007-01-accenture-handover"],
  },
  { key: "north-midlands-east-lsp", supplier: "csc", name: "North, Midlands and East Local Service Provider", region: "North, Midlands and East", certainty: "CONFIRMED", sources: ["guardian-2006-09-28-accenture", "ehi-2007-01-accenture-handover"] },
  { key: "south-lsp", supplier: "fujitsu", name: "South Local Service Provider", region: "South", certainty: "CONFIRMED", sources: ["guardian-2008-05-29-fujitsu"] },
] as const satisfies readonly ContractSeed[];

export type ContractKey = (typeof CONTRACTS)[number]["key"];

export const CONTRACT_EVENTS = [
  // London: three figures for one award.
  { contract: "london-lsp", kind: "AWARD", occurred: { on: "2003-12-01", precision: "MONTH" }, description: "BT awarded the ten-year London LSP contract: £996m (E-Health Insider).", value: "996000000", priceBasis: AS_REPORTED, certainty: "UNCERTAIN", certaintyNote: `${BASES_DIFFER} The record names no address for the E-Health Insider figure.`, sources: [] },
  { contract: "london-lsp", kind: "AWARD", occurred: { on: "2003-12-01", precision: "MONTH" }, description: "BT awarded the ten-year London LSP contract: £1,021m at 2004-05 prices (NAO).", value: "1021000000", priceBasis: "2004-05 prices", certainty: "UNCERTAIN", certaintyNote: BASES_DIFFER, sources: ["nao-2011-05-18-care-records"] },
  { contract: "london-lsp", kind: "AWARD", occurred: { on: "2003-12-01", precision: "MONTH" }, description: "BT awarded the ten-year London LSP contract: \"£1.1bn\" (Financial Times).", value: "1100000000", priceBasis: AS_REPORTED, certainty: "UNCERTAIN", certaintyNote: `${BASES_DIFFER} The record names no address for the FT.`, sources: [] },
  {
    contract: "london-lsp",
    kind: "WRITE_OFF",
    occurred: { on: "2009-01-22", precision: "DAY" },
    description: "BT Global Services takes a £340m charge on 15 of its 17 large contracts; the London NHS deal was reported to be one of the two not yet reviewed.",
    value: "340000000",
    priceBasis: AS_REPORTED,
    certainty: "UNCERTAIN",
    certaintyNote: "The amount is confirmed; the link to London is not: Computer Weekly (11 February 2009) links the write-off to the London contract, while London was reported to be one of the two contracts not yet reviewed.",
    sources: ["cw-bt-writes-off-340m", "ehi-2009-01-bt-340m-hit", "cw-2009-02-11-bt-to-resume"],
  },
  { contract: "london-lsp", kind: "VALUATION", occurred: { on: "2009-06-01", precision: "DAY" }, description: "The London LSP contract is now £1,567m, against £1,021m at award, with work moved from the South.", value: "1567000000", priceBasis: "2004-05 prices", certainty: "CONFIRMED", sources: ["nao-2011-05-18-care-records"] },
  { contract: "london-lsp", kind: "RENEGOTIATION", occurred: { on: "2010-03-01", precision: "MONTH" }, description: "New London deal: contract cut by £112m (E-Health Insider).", value: "112000000", priceBasis: AS_REPORTED, certainty: "UNCERTAIN", certaintyNote: "Two figures for the cut with different price bases: £112m (E-Health Insider) and £73m at 2004-05 prices (NAO).", sources: ["ehi-2010-04-london-programme-slashed"] },
  { contract: "london-lsp", kind: "RENEGOTIATION", occurred: { on: "2010-03-01", precision: "MONTH" }, description: "New London deal: fee cut by £73m at 2004-05 prices, and half the acute trusts dropped (NAO, 18 May 2011).", value: "73000000", priceBasis: "2004-05 prices", certainty: "UNCERTAIN", certaintyNote: "Two figures for the cut with different price bases: £73m at 2004-05 prices (NAO) and £112m (E-Health Insider).", sources: ["nao-2011-05-18-care-records"] },

  // North, Midlands and East: Accenture hands over to CSC.
  { contract: "north-midlands-east-lsp-accenture", kind: "EXIT", occurred: { on: "2006-09-28", precision: "DAY" }, description: "Accenture quits its two LSP contracts, to CSC.", value: null, priceBasis: null, certainty: "CONFIRMED", sources: ["guardian-2006-09-28-accenture"] },
  { contract: "north-midlands-east-lsp-accenture", kind: "EXIT", occurred: { on: "2007-01-08", precision: "DAY" }, description: "Handover to CSC complete, by 8 January 2007.", value: null, priceBasis: null, certainty: "CONFIRMED", sources: ["ehi-2007-01-accenture-handover"] },
  { contract: "north-midlands-east-lsp", kind: "AWARD", occurred: { on: "2006-09-28", precision: "DAY" }, description: "CSC takes over Accenture's two LSP contracts (handover by 8 January 2007).", value: null, priceBasis: null, certainty: "CONFIRMED", sources: ["guardian-2006-09-28-accenture", "ehi-2007-01-accenture-handover"] },

  // South
  { contract: "south-lsp", kind: "TERMINATION", occurred: { on: "2008-05-28", precision: "DAY" }, description: "Fujitsu's £896m South LSP contract given notice of termination; transition to 28 November 2008.", value: "896000000", priceBasis: AS_REPORTED, certainty: "CONFIRMED", certaintyNote: "The value is that of the contract terminated, not a cost of terminating it.", sources: ["guardian-2008-05-29-fujitsu"] },
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
    asAt: { on: "2009-02-27", precision: "DAY" },
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
    asAt: { on: "2009-02-27", precision: "DAY" },
    certainty: "CONFIRMED",
    sources: [HANSARD_RF],
  },
  {
    trust: null,
    goLiveScope: null,
    contract: "london-lsp",
    kind: "EARNED_TO_DATE",
    description: "By early 2009 BT had earned about £191m of the ~£1.08bn London contract value (NAO figures, via CIO magazine).",
    amount: "191000000",
    period: null,
    priceBasis: AS_REPORTED,
    asAt: { on: "2009-01-01", precision: "YEAR" },
    certainty: "SINGLE_SOURCE",
    certaintyNote: "'Early 2009' is stored as the year. The record names no address for CIO magazine or for the NAO figures it quotes.",
    sources: [],
  },
] as const satisfies readonly PaymentSeed[];
