// One entry per address in the record (domain.md, its "Corrections and additions" first). Dates come
// from the record (a day where it gives one: "10 Apr 2008 report") or from the address (/2008/12/ is
// December 2008, month precision); where neither gives one, the date printed on the stored page is
// used if it has one (said so beside it), else the source is left undated: never a guessed date.
// E-Health Insider titles are read from the address slug; Guardian titles are the record's.
import type { SourceSeed } from "./types";
import { day, month } from "./dates";

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
  {
    key: "cw-2009-02-11-bt-to-resume",
    title: "BT to resume roll out of Cerner Millennium system",
    publisher: CW,
    published: day("2009-02-11"),
    url: cw("news/2240088343/BT-to-resume-roll-out-of-Cerner-Millennium-system"),
  },

  // Hansard
  {
    key: "hansard-2009-02-27-royal-free-records",
    title: "Royal Free Hospital: Medical Records",
    publisher: HANSARD,
    published: day("2009-02-27"),
    url: hansard("Commons/2009-02-27/debates/09022737000157/RoyalFreeHospitalMedicalRecords"),
  },
  {
    key: "hansard-2007-07-24-nhs-ict",
    title: "NHS: ICT",
    publisher: HANSARD,
    published: day("2007-07-24"),
    url: hansard("Commons/2007-07-24/debates/07072486000041/NHSICT"),
  },
  {
    key: "hansard-2008-03-06-nhs-ict",
    title: "NHS: ICT",
    publisher: HANSARD,
    published: day("2008-03-06"),
    url: hansard("Commons/2008-03-06/debates/08030672000048/NHSICT"),
  },

  // E-Health Insider
  {
    key: "ehi-2007-08-barnet-switch-on-cerner",
    title: "Barnet and Chase Farm switch on Cerner",
    publisher: EHI,
    published: month("2007-08"),
    url: ehi("/2007/08/barnet-and-chase-farm-switch-on-cerner/"),
  },
  {
    key: "ehi-2006-11-qms-to-ditch-idx",
    title: "QMS to ditch IDX for Cerner in 2007",
    publisher: EHI,
    published: month("2006-11"),
    url: ehi("/2006/11/qms-to-ditch-idx-for-cerner-in-2007/"),
  },
  {
    key: "ehi-2011-04-south-london-lines-up",
    title: "South London lines up for Cerner",
    publisher: EHI,
    published: month("2011-04"),
    url: ehi("/2011/04/south-london-lines-up-for-cerner"),
  },
  // "?p=31044 is the March delay article": the record dates it to March 2008, no day.
  {
    key: "ehi-31044-barts-delay",
    title: "Barts go-live delayed from March to April",
    publisher: EHI,
    published: month("2008-03"),
    url: ehi("/?p=31044"),
  },
  {
    key: "ehi-31142-barts-deny-crash",
    title: "Barts and The London deny CRS crash report",
    publisher: EHI,
    published: day("2008-04-10"),
    url: ehi("/?p=31142"),
  },
  {
    key: "ehi-2008-07-st-marys-delays-crs",
    title: "St Mary's delays go-live of CRS",
    publisher: EHI,
    published: day("2008-07-23"),
    url: ehi("/2008/07/st-marys-delays-go-live-of-crs"),
  },
  {
    key: "ehi-24279-royal-free-rescue-plan",
    title: "Rescue plan for Royal Free",
    publisher: EHI,
    published: null,
    url: ehi("/news/24279/rescue-plan-for-royal-free"),
  },
  {
    key: "ehi-2008-11-royal-free-deficit",
    title: "Royal Free says £7.2m deficit due to Cerner",
    publisher: EHI,
    published: month("2008-11"),
    url: ehi("/2008/11/royal-free-says-7-2m-deficit-due-to-cerner"),
  },
  {
    key: "ehi-2009-02-royal-free-cost-10m",
    title: "Royal Free boss says CRS problems cost £10m",
    publisher: EHI,
    published: month("2009-02"),
    url: ehi("/2009/02/royal-free-boss-says-crs-problems-cost-10m/"),
  },
  {
    key: "ehi-2008-12-kingston-delay-cost",
    title: "Millennium delays cost Kingston £500,000",
    publisher: EHI,
    published: month("2008-12"),
    url: ehi("/2008/12/millennium-delays-cost-kingston-500000/"),
  },
  {
    key: "ehi-2009-03-next-go-live-autumn",
    title: "Next London Cerner go-live delayed until autumn",
    publisher: EHI,
    published: month("2009-03"),
    url: ehi("/2009/03/next-london-cerner-go-live-delayed-until-autumn/"),
  },
  {
    key: "ehi-2009-11-kingston-30-november",
    title: "Kingston to go live on 30 November",
    publisher: EHI,
    published: month("2009-11"),
    url: ehi("/2009/11/kingston-to-go-live-on-30-november"),
  },
  {
    key: "ehi-2009-09-st-georges-xmas",
    title: "St George's wants Cerner for Xmas",
    publisher: EHI,
    published: month("2009-09"),
    url: ehi("/2009/09/st-georges-wants-cerner-for-xmas/"),
  },
  {
    key: "ehi-2010-03-st-georges-easter",
    title: "St George's gets Cerner for Easter",
    publisher: EHI,
    published: month("2010-03"),
    url: ehi("/2010/03/st-georges-gets-cerner-for-easter/"),
  },
  {
    key: "ehi-2009-01-bt-340m-hit",
    title: "BT Global Services takes £340m hit",
    publisher: EHI,
    published: month("2009-01"),
    url: ehi("/2009/01/bt-global-services-takes-340m-hit"),
  },
  {
    key: "ehi-2010-04-london-programme-slashed",
    title: "London IT programme slashed",
    publisher: EHI,
    published: month("2010-04"),
    url: ehi("/2010/04/london-it-programme-slashed/"),
  },
  {
    key: "ehi-2014-05-imperial-cerner-pas",
    title: "Imperial live with Cerner PAS",
    publisher: EHI,
    published: month("2014-05"),
    url: ehi("/2014/05/imperial-live-with-cerner-pas/"),
  },
  {
    key: "ehi-2012-01-homerton-extends-cerner",
    title: "Homerton extends deal with Cerner",
    publisher: EHI,
    published: month("2012-01"),
    url: ehi("/2012/01/homerton-extends-deal-with-cerner/"),
  },
  {
    key: "ehi-2006-07-london-cerner-switch",
    title: "NHS officially told of London Cerner switch",
    publisher: EHI,
    published: month("2006-07"),
    url: ehi("/2006/07/nhs-officially-told-of-london-cerner-switch/"),
  },
  {
    key: "ehi-2007-04-bt-decouples-london",
    title: "BT de-couples London Cerner development from South",
    publisher: EHI,
    published: month("2007-04"),
    url: ehi("/2007/04/bt-de-couples-london-cerner-development-from-south/"),
  },
  {
    key: "ehi-2007-01-accenture-handover",
    title: "Accenture completes handover to CSC",
    publisher: EHI,
    published: month("2007-01"),
    url: ehi("/2007/01/accenture-completes-handover-to-csc/"),
  },
  {
    key: "ehi-2009-02-march-before-royal-free-fixes",
    title: "March before Royal Free CRS fixes assessed",
    publisher: EHI,
    published: month("2009-02"),
    url: ehi("/2009/02/march-before-royal-free-crs-fixes-assessed"),
  },
  {
    key: "ehi-2010-05-kingston-ceo",
    title: "Kingston CEO: two times Cerner",
    publisher: EHI,
    published: month("2010-05"),
    url: ehi("/2010/05/kingston-ceo-two-times-cerner/"),
  },
  {
    key: "ehi-2009-07-queen-marys-emis-web",
    title: "Queen Mary's to investigate EMIS Web",
    publisher: EHI,
    published: month("2009-07"),
    url: ehi("/2009/07/queen-marys-to-investigate-emis-web"),
  },
  // Undated in the record; the stored page prints "27 January 2014".
  {
    key: "ehi-29053-whipps-cross",
    title: "Cerner live at Whipps Cross",
    publisher: EHI,
    published: day("2014-01-27"),
    url: ehi("/news/29053"),
  },
  {
    key: "ehi-2014-07-lewisham-live",
    title: "Lewisham live with Cerner",
    publisher: EHI,
    published: month("2014-07"),
    url: ehi("/2014/07/lewisham-live-with-cerner"),
  },
  { key: "ehi-28533-barts-health", title: "Barts sticks with Millennium", publisher: EHI, published: null, url: ehi("/news/28533") },
  {
    key: "ehi-2006-11-bt-completes-switch",
    title: "BT completes switch to Cerner",
    publisher: EHI,
    published: month("2006-11"),
    url: ehi("/2006/11/bt-completes-switch-to-cerner/"),
  },
  // The record gives "EHI, April 2009" and no address.
  {
    key: "ehi-2009-04-southern-sites",
    title: "BT takes over eight southern sites (the record gives no address)",
    publisher: EHI,
    published: month("2009-04"),
    url: null,
  },
  // The record gives only "EHI /2015/04": the month of the address, not the article.
  {
    key: "ehi-2015-04-london-contracts-end",
    title: "London's national contracts end in October 2015 (the record gives only the month of the address)",
    publisher: EHI,
    published: month("2015-04"),
    url: null,
  },

  // Computer Weekly: news and Tony Collins' Public Sector IT blog (undated addresses)
  {
    key: "cw-bt-writes-off-340m",
    title: "BT writes off £340m as it reviews major IT contracts: full details",
    publisher: CW,
    published: day("2009-01-23"),
    url: cw("news/2240088093/BT-writes-off-340m-as-it-reviews-major-IT-contracts-full-details"),
  },
  {
    key: "cw-blog-bt-extra-815m",
    title: "BT gets extra £815m from NPfIT",
    publisher: CW,
    published: null,
    url: cw("blog/Public-Sector-IT/BT-gets-extra-815m-from-NPfIT"),
  },
  {
    key: "cw-blog-barts-cancer-delays",
    title: "Barts delays urgent cancer visits after NPfIT go-live",
    publisher: CW,
    published: null,
    url: cw("blog/Public-Sector-IT/Barts-delays-urgent-cancer-visits-after-NPfIT-go-live"),
  },
  {
    key: "cw-blog-kingston-success",
    title: "Cerner success at Kingston Hospital",
    publisher: CW,
    published: null,
    url: cw("blog/Public-Sector-IT/Cerner-success-at-Kingston-Hospital"),
  },
  {
    key: "cw-blog-barts-the-sun",
    title: 'Barts NHS NPfIT go-live ends up in "The Sun"',
    publisher: CW,
    published: null,
    url: cw("blog/Public-Sector-IT/Barts-NHS-NPfIT-go-live-ends-up-in-The-Sun"),
  },
  {
    key: "cw-blog-bt-writedown-london",
    title: "BT's writedown on London NPfIT contract",
    publisher: CW,
    published: null,
    url: cw("blog/Public-Sector-IT/BTs-writedown-on-London-NPfIT-contract"),
  },
  {
    key: "cw-blog-pioneering-london-hospital",
    title: "Pioneering London hospital hit by crashes and delays",
    publisher: CW,
    published: null,
    url: cw("blog/Public-Sector-IT/Pioneering-London-hospital-hit-by-crashes-and-delays"),
  },

  // The Guardian
  {
    key: "guardian-2008-05-29-fujitsu",
    title: "Second contractor drops out of £12bn NHS computer upgrade",
    publisher: GUARDIAN,
    published: day("2008-05-29"),
    url: guardian("business/2008/may/29/nhs"),
  },
  {
    key: "guardian-2006-09-28-accenture",
    title: "Accenture confirms quitting NHS work",
    publisher: GUARDIAN,
    published: day("2006-09-28"),
    url: guardian("technology/2006/sep/28/news.business1"),
  },

  // The Guardian, 8 April 2010: the record gives the date, not the address.
  {
    key: "guardian-2010-04-08-london-deal",
    title: "The new BT London deal (the record gives no address)",
    publisher: GUARDIAN,
    published: day("2010-04-08"),
    url: null,
  },

  // Hansard, 6 January 2010: the record gives the date, not the address.
  {
    key: "hansard-2010-01-06-bt-london",
    title: "BT's London contract (written answer; the record gives no address)",
    publisher: HANSARD,
    published: day("2010-01-06"),
    url: null,
  },

  // Others
  {
    key: "bbc-2008-06-27-barts-cancer",
    title: "Barts cancer patients' urgent appointments postponed after the new computer system",
    publisher: "BBC News",
    published: day("2008-06-27"),
    url: "https://news.bbc.co.uk/1/hi/health/7477099.stm",
  },
  {
    key: "cnj-2009-02-19-royal-free",
    title: "Royal Free and its Cerner system (Camden New Journal)",
    publisher: "Camden New Journal",
    published: day("2009-02-19"),
    url: "http://thecnj.myzen.co.uk/camden/2009/021909/news021909_12.html",
  },
  // The record: "first due 'last October' (Evening Standard, Oct 2008) ... the Evening Standard page
  // carries a misleading 2012 date". It gives no address.
  {
    key: "evening-standard-2008-10-kingston",
    title: "Kingston Hospital's go-live (the record gives no address)",
    publisher: "Evening Standard",
    published: month("2008-10"),
    url: null,
  },
  // The record names the article by its title only.
  {
    key: "healthimaging-barnet-untreated",
    title: "Patients left untreated ... due to new Cerner IT system",
    publisher: "Health Imaging",
    published: null,
    url: null,
  },
  {
    key: "computerworld-3424635-croydon",
    title: "An NPfIT, BT and Cerner go-live success?",
    publisher: "Computerworld UK",
    published: null,
    url: "https://www.computerworld.com/article/3424635",
  },
  {
    key: "cio-bt-profits-damaged",
    title: "BT sees profits damaged by IT contracts",
    publisher: "CIO UK",
    published: null,
    url: "https://www.cio.co.uk/mobile/bt-sees-profits-damaged-by-it-contracts-3531/",
  },
  {
    key: "cio-bt-slammed-pac",
    title: "BT slammed over NHS NPfIT value for money claim",
    publisher: "CIO UK",
    published: null,
    url: "https://www.cio.co.uk/it-leadership/bt-slammed-over-nhs-npfit-value-for-money-claim-3295068/",
  },
  {
    key: "ukc4c-2011-09-22-npfit-dismantled",
    title: "NPfIT to be dismantled brick by brick",
    publisher: "ukcampaign4change (Tony Collins)",
    published: day("2011-09-22"),
    url: "https://ukcampaign4change.com/2011/09/22/npfit-to-be-dismantled-brick-by-brick/",
  },

  // National Audit Office: the record gives no address.
  {
    key: "nao-2011-05-18-care-records",
    title: "The National Programme for IT in the NHS: an update on the delivery of detailed care records systems",
    publisher: "National Audit Office",
    published: day("2011-05-18"),
    url: null,
  },
] as const satisfies readonly SourceSeed[];
