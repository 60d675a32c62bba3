// One entry per address in the record (domain.md). Dates come from the address (/2008/12/ is
// December 2008) or from the record; an address without a date is left undated. E-Health Insider
// and Guardian titles are read from the address slug, not copied from the pages.
import type { SourceSeed } from "./types";

const CW = "Computer Weekly";
const EHI = "E-Health Insider (now Digital Health)";
const HANSARD = "Hansard (House of Commons)";
const GUARDIAN = "The Guardian";

const cw = (path: string) => `https://www.computerweekly.com/${path}`;
const ehi = (path: string) => `https://www.digitalhealth.net${path}`;
const hansard = (path: string) => `https://hansard.parliament.uk/${path}`;
const guardian = (path: string) => `https://www.theguardian.com/${path}`;

export const SOURCES = [
  // The story the product starts from.
  { key: "cw-2009-02-11-bt-to-resume", title: "BT to resume roll out of Cerner Millennium system", publisher: CW, published: { on: "2009-02-11", precision: "DAY" }, url: cw("news/2240088343/BT-to-resume-roll-out-of-Cerner-Millennium-system") },

  // Hansard
  { key: "hansard-2009-02-27-royal-free-records", title: "Royal Free Hospital: Medical Records", publisher: HANSARD, published: { on: "2009-02-27", precision: "DAY" }, url: hansard("Commons/2009-02-27/debates/09022737000157/RoyalFreeHospitalMedicalRecords") },
  { key: "hansard-2007-07-24-nhs-ict", title: "NHS: ICT", publisher: HANSARD, published: { on: "2007-07-24", precision: "DAY" }, url: hansard("Commons/2007-07-24/debates/07072486000041/NHSICT") },
  { key: "hansard-2008-03-06-nhs-ict", title: "NHS: ICT", publisher: HANSARD, published: { on: "2008-03-06", precision: "DAY" }, url: hansard("Commons/2008-03-06/debates/08030672000048/NHSICT") },

  // E-Health Insider
  { key: "ehi-2007-08-barnet-switch-on-cerner", title: "Barnet and Chase Farm switch on Cerner", publisher: EHI, published: { on: "2007-08-01", precision: "MONTH" }, url: ehi("/2007/08/barnet-and-chase-farm-switch-on-cerner/") },
  { key: "ehi-2006-11-qms-to-ditch-idx", title: "QMS to ditch IDX for Cerner in 2007", publisher: EHI, published: { on: "2006-11-01", precision: "MONTH" }, url: ehi("/2006/11/qms-to-ditch-idx-for-cerner-in-2007/") },
  { key: "ehi-2011-04-south-london-lines-up", title: "South London lines up for Cerner", publisher: EHI, published: { on: "2011-04-01", precision: "MONTH" }, url: ehi("/2011/04/south-london-lines-up-for-cerner") },
  { key: "ehi-31044-barts-delay", title: "Barts delay", publisher: EHI, published: null, url: ehi("/?p=31044") },
  { key: "ehi-2008-07-st-marys-delays-crs", title: "St Mary's delays go-live of CRS", publisher: EHI, published: { on: "2008-07-01", precision: "MONTH" }, url: ehi("/2008/07/st-marys-delays-go-live-of-crs") },
  { key: "ehi-24279-royal-free-rescue-plan", title: "Rescue plan for Royal Free", publisher: EHI, published: null, url: ehi("/news/24279/rescue-plan-for-royal-free") },
  { key: "ehi-2008-11-royal-free-deficit", title: "Royal Free says £7.2m deficit due to Cerner", publisher: EHI, published: { on: "2008-11-01", precision: "MONTH" }, url: ehi("/2008/11/royal-free-says-7-2m-deficit-due-to-cerner") },
  { key: "ehi-2009-02-royal-free-cost-10m", title: "Royal Free boss says CRS problems cost £10m", publisher: EHI, published: { on: "2009-02-01", precision: "MONTH" }, url: ehi("/2009/02/royal-free-boss-says-crs-problems-cost-10m/") },
  { key: "ehi-2008-12-kingston-delay-cost", title: "Millennium delays cost Kingston £500,000", publisher: EHI, published: { on: "2008-12-01", precision: "MONTH" }, url: ehi("/2008/12/millennium-delays-cost-kingston-500000/") },
  { key: "ehi-2009-03-next-go-live-autumn", title: "Next London Cerner go-live delayed until autumn", publisher: EHI, published: { on: "2009-03-01", precision: "MONTH" }, url: ehi("/2009/03/next-london-cerner-go-live-delayed-until-autumn/") },
  { key: "ehi-2009-11-kingston-30-november", title: "Kingston to go live on 30 November", publisher: EHI, published: { on: "2009-11-01", precision: "MONTH" }, url: ehi("/2009/11/kingston-to-go-live-on-30-november") },
  { key: "ehi-2009-09-st-georges-xmas", title: "St George's wants Cerner for Xmas", publisher: EHI, published: { on: "2009-09-01", precision: "MONTH" }, url: ehi("/2009/09/st-georges-wants-cerner-for-xmas/") },
  { key: "ehi-2010-03-st-georges-easter", title: "St George's gets Cerner for Easter", publisher: EHI, published: { on: "2010-03-01", precision: "MONTH" }, url: ehi("/2010/03/st-georges-gets-cerner-for-easter/") },
  { key: "ehi-2009-01-bt-340m-hit", title: "BT Global Services takes £340m hit", publisher: EHI, published: { on: "2009-01-01", precision: "MONTH" }, url: ehi("/2009/01/bt-global-services-takes-340m-hit") },
  { key: "ehi-2010-04-london-programme-slashed", title: "London IT programme slashed", publisher: EHI, published: { on: "2010-04-01", precision: "MONTH" }, url: ehi("/2010/04/london-it-programme-slashed/") },
  { key: "ehi-2014-05-imperial-cerner-pas", title: "Imperial live with Cerner PAS", publisher: EHI, published: { on: "2014-05-01", precision: "MONTH" }, url: ehi("/2014/05/imperial-live-with-cerner-pas/") },
  { key: "ehi-2012-01-homerton-extends-cerner", title: "Homerton extends deal with Cerner", publisher: EHI, published: { on: "2012-01-01", precision: "MONTH" }, url: ehi("/2012/01/homerton-extends-deal-with-cerner/") },
  { key: "ehi-2006-07-london-cerner-switch", title: "NHS officially told of London Cerner switch", publisher: EHI, published: { on: "2006-07-01", precision: "MONTH" }, url: ehi("/2006/07/nhs-officially-told-of-london-cerner-switch/") },
  { key: "ehi-2007-04-bt-decouples-london", title: "BT de-couples London Cerner development from South", publisher: EHI, published: { on: "2007-04-01", precision: "MONTH" }, url: ehi("/2007/04/bt-de-couples-london-cerner-development-from-south/") },
  { key: "ehi-2007-01-accenture-handover", title: "Accenture completes handover to CSC", publisher: EHI, published: { on: "2007-01-01", precision: "MONTH" }, url: ehi("/2007/01/accenture-completes-handover-to-csc/") },
  // The record attributes the Royal Free's 16 June 2008 go-live to E-Health Insider without naming the
  // article: kept as a source of its own (no address, no date) so that the claim can name it.
  { key: "ehi-royal-free-go-live-unnamed", title: "Royal Free go-live (the record does not name the article)", publisher: EHI, published: null, url: null },

  // Computer Weekly: news and Tony Collins' Public Sector IT blog (undated addresses)
  { key: "cw-bt-writes-off-340m", title: "BT writes off £340m as it reviews major IT contracts: full details", publisher: CW, published: null, url: cw("news/2240088093/BT-writes-off-340m-as-it-reviews-major-IT-contracts-full-details") },
  { key: "cw-blog-bt-extra-815m", title: "BT gets extra £815m from NPfIT", publisher: CW, published: null, url: cw("blog/Public-Sector-IT/BT-gets-extra-815m-from-NPfIT") },
  { key: "cw-blog-barts-cancer-delays", title: "Barts delays urgent cancer visits after NPfIT go-live", publisher: CW, published: null, url: cw("blog/Public-Sector-IT/Barts-delays-urgent-cancer-visits-after-NPfIT-go-live") },
  { key: "cw-blog-kingston-success", title: "Cerner success at Kingston Hospital", publisher: CW, published: null, url: cw("blog/Public-Sector-IT/Cerner-success-at-Kingston-Hospital") },

  // The Guardian
  { key: "guardian-2008-05-29-fujitsu", title: "Fujitsu and the NHS South contract", publisher: GUARDIAN, published: { on: "2008-05-29", precision: "DAY" }, url: guardian("business/2008/may/29/nhs") },
  { key: "guardian-2006-09-28-accenture", title: "Accenture and its NHS contracts", publisher: GUARDIAN, published: { on: "2006-09-28", precision: "DAY" }, url: guardian("technology/2006/sep/28/news.business1") },

  // National Audit Office: the record gives no address.
  { key: "nao-2011-05-18-care-records", title: "The National Programme for IT in the NHS: an update on the delivery of detailed care records systems", publisher: "National Audit Office", published: { on: "2011-05-18", precision: "DAY" }, url: null },
] as const satisfies readonly SourceSeed[];

export type SourceKey = (typeof SOURCES)[number]["key"];
