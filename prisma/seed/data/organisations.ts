// The Cerner configurations and the trusts in the record. No ODS codes: the record gives none.
import type { ConfigurationSeed, OrganisationChangeSeed, TrustSeed, TrustSlug } from "./types";
import { month, year } from "./dates";

export const CONFIGURATIONS = [
  {
    code: "LC0",
    name: "London Configuration 0 (Release 0)",
    description: "BT's first London build of Cerner Millennium, at Barnet and Chase Farm, Queen Mary's Sidcup and Barts and The London.",
    // The article: "Only the Royal Free has LC1 which uses smartcards"; LC1 is what adds them and the Spine link.
    includesSmartcards: false,
    includesSpineLink: false,
    certainty: "SINGLE_SOURCE",
    sources: ["cw-2009-02-11-bt-to-resume"],
  },
  {
    code: "LC1",
    name: "London Configuration 1",
    description: "Adds smartcards and the national Spine link to the London build; first at the Royal Free.",
    includesSmartcards: true,
    includesSpineLink: true,
    certainty: "SINGLE_SOURCE",
    sources: ["cw-2009-02-11-bt-to-resume", "cw-blog-pioneering-london-hospital"],
  },
  {
    code: "NDM",
    name: "New Delivery Model",
    description: "BT and Cerner's new local implementation model for later London trusts: trialled at Kingston first, then St George's.",
    includesSmartcards: null,
    includesSpineLink: null,
    certainty: "SINGLE_SOURCE",
    certaintyNote: "The record names the model and its first two trusts but does not describe what it contains.",
    sources: ["ehi-2010-04-london-programme-slashed", "ehi-2010-05-kingston-ceo", "ehi-2010-03-st-georges-easter"],
  },
  {
    code: "OWN",
    name: "Own Cerner build",
    description: "A trust's own Cerner contract outside BT's London deployment (Homerton, Newham).",
    includesSmartcards: null,
    includesSpineLink: null,
    certainty: "SINGLE_SOURCE",
    sources: ["ehi-2012-01-homerton-extends-cerner", "hansard-2008-03-06-nhs-ict"],
  },
] as const satisfies readonly ConfigurationSeed[];

export const TRUSTS = [
  {
    slug: "barnet-and-chase-farm",
    name: "Barnet and Chase Farm Hospitals NHS Trust",
    shortName: "Barnet and Chase Farm",
    odsCode: null,
    isRolloutTarget: true,
    type: "ACUTE_TRUST",
    notes: "First NPfIT Cerner trust in London (LC0).",
    sites: [],
    certainty: "CONFIRMED",
    sources: ["ehi-2007-08-barnet-switch-on-cerner", "hansard-2007-07-24-nhs-ict", "cw-2009-02-11-bt-to-resume"],
  },
  {
    slug: "queen-marys-sidcup",
    name: "Queen Mary's Sidcup NHS Trust",
    shortName: "Queen Mary's Sidcup",
    odsCode: null,
    isRolloutTarget: true,
    type: "ACUTE_TRUST",
    notes: "Cerner replaced the IDX system installed in November 2005 (LC0).",
    sites: [],
    certainty: "SINGLE_SOURCE",
    sources: ["ehi-2006-11-qms-to-ditch-idx", "ehi-2011-04-south-london-lines-up", "cw-2009-02-11-bt-to-resume"],
  },
  {
    slug: "barts-and-the-london",
    name: "Barts and The London NHS Trust",
    shortName: "Barts and The London",
    odsCode: null,
    isRolloutTarget: true,
    type: "ACUTE_TRUST",
    notes: "LC0. About 3.35 million records migrated (BT, 10 April 2008).",
    sites: [],
    certainty: "CONFIRMED",
    sources: ["ehi-31044-barts-delay", "ehi-31142-barts-deny-crash", "cw-blog-barts-cancer-delays", "cw-2009-02-11-bt-to-resume"],
  },
  {
    slug: "royal-free",
    name: "Royal Free Hampstead NHS Trust",
    shortName: "Royal Free",
    odsCode: null,
    isRolloutTarget: true,
    type: "ACUTE_TRUST",
    notes: "First LC1 trust, with smartcards.",
    sites: [],
    certainty: "CONFIRMED",
    sources: ["hansard-2009-02-27-royal-free-records", "ehi-24279-royal-free-rescue-plan", "cw-2009-02-11-bt-to-resume"],
  },
  {
    slug: "kingston",
    name: "Kingston Hospital NHS Trust",
    shortName: "Kingston",
    odsCode: null,
    isRolloutTarget: true,
    type: "ACUTE_TRUST",
    notes: "LC1, as the Royal Free, with 16 major fixes; the first trust on BT and Cerner's New Delivery Model.",
    sites: [],
    certainty: "CONFIRMED",
    sources: [
      "ehi-2008-12-kingston-delay-cost",
      "ehi-2009-03-next-go-live-autumn",
      "ehi-2009-11-kingston-30-november",
      "ehi-2010-05-kingston-ceo",
      "cw-blog-kingston-success",
      "cw-2009-02-11-bt-to-resume",
    ],
  },
  {
    slug: "queen-marys-roehampton",
    name: "Queen Mary's Hospital, Roehampton",
    shortName: "Queen Mary's Roehampton",
    odsCode: null,
    isRolloutTarget: true,
    // A community hospital run by a primary care trust, not an acute trust.
    type: "PRIMARY_CARE_TRUST",
    notes:
      "Run by NHS Wandsworth, a primary care trust. Due to go live alongside Kingston; in March 2009 looking at alternative options; NHS Wandsworth abandoned Millennium there (reported in May 2009) and looked at EMIS Web instead (July 2009).",
    sites: ["Queen Mary's Hospital, Roehampton"],
    certainty: "SINGLE_SOURCE",
    sources: ["cw-2009-02-11-bt-to-resume", "ehi-2009-03-next-go-live-autumn", "ehi-2009-07-queen-marys-emis-web"],
  },
  {
    slug: "st-georges",
    name: "St George's Healthcare NHS Trust",
    shortName: "St George's",
    odsCode: null,
    isRolloutTarget: true,
    type: "ACUTE_TRUST",
    notes: "New Delivery Model, after Kingston. Business case November 2007 (the record gives no more about it).",
    sites: [],
    certainty: "CONFIRMED",
    sources: ["ehi-2010-03-st-georges-easter", "cw-2009-02-11-bt-to-resume"],
  },
  {
    slug: "imperial",
    name: "Imperial College Healthcare NHS Trust",
    shortName: "Imperial",
    odsCode: null,
    isRolloutTarget: true,
    type: "ACUTE_TRUST",
    notes: "LC1 planned at St Mary's. Two of the five LC1 sites NHS London announced for 2008 were Imperial campuses, St Mary's and Hammersmith.",
    sites: ["St Mary's", "Hammersmith"],
    certainty: "SINGLE_SOURCE",
    sources: ["ehi-2008-07-st-marys-delays-crs", "ehi-2014-05-imperial-cerner-pas", "cw-2009-02-11-bt-to-resume"],
  },
  {
    slug: "homerton",
    name: "Homerton University Hospital NHS FT",
    shortName: "Homerton",
    odsCode: null,
    isRolloutTarget: false,
    // The record names it "NHS FT": a foundation trust.
    type: "FOUNDATION_TRUST",
    notes: "Own Cerner build: direct Cerner contract from 2003; a reference site, not a target of the BT rollout. Left NPfIT in January 2012.",
    sites: [],
    certainty: "SINGLE_SOURCE",
    sources: ["ehi-2012-01-homerton-extends-cerner"],
  },
  {
    slug: "newham",
    name: "Newham University Hospital NHS Trust",
    shortName: "Newham",
    odsCode: null,
    isRolloutTarget: false,
    type: "ACUTE_TRUST",
    notes: "Own Cerner build, procured outside NPfIT in 2005; an existing deployment per the Department of Health (March 2008).",
    sites: [],
    certainty: "CONFIRMED",
    sources: ["hansard-2008-03-06-nhs-ict"],
  },
  // Trusts that later ones became part of, and the trusts of the later London go-lives (2013-14).
  {
    slug: "south-london-healthcare",
    name: "South London Healthcare NHS Trust",
    shortName: "South London Healthcare",
    odsCode: null,
    // Its 2011 plan to extend Cerner to all its hospitals is in the record; no go-live of its own is.
    isRolloutTarget: false,
    type: "ACUTE_TRUST",
    notes: "Formed in 2009; Queen Mary's Sidcup became part of it. In April 2011 it announced plans to extend Cerner Millennium to all its hospitals.",
    sites: [],
    certainty: "SINGLE_SOURCE",
    sources: ["ehi-2011-04-south-london-lines-up"],
  },
  {
    slug: "barts-health",
    name: "Barts Health NHS Trust",
    shortName: "Barts Health",
    odsCode: null,
    // Whipps Cross's A&E went live in 2013 under an NPfIT contract with Barts Health.
    isRolloutTarget: true,
    type: "ACUTE_TRUST",
    notes: "Formed in April 2012 from Barts and The London, Whipps Cross University Hospital and Newham University Hospital NHS trusts.",
    sites: ["Whipps Cross University Hospital"],
    certainty: "SINGLE_SOURCE",
    sources: ["ehi-28533-barts-health", "ehi-29053-whipps-cross"],
  },
  {
    slug: "croydon",
    name: "Croydon Health Services NHS Trust",
    shortName: "Croydon",
    odsCode: null,
    isRolloutTarget: true,
    type: "ACUTE_TRUST",
    notes: "Went live with Cerner Millennium under the London Programme for IT at the end of September 2013.",
    sites: [],
    certainty: "SINGLE_SOURCE",
    sources: ["computerworld-3424635-croydon"],
  },
  {
    slug: "lewisham-and-greenwich",
    name: "Lewisham and Greenwich NHS Trust",
    shortName: "Lewisham and Greenwich",
    odsCode: null,
    isRolloutTarget: true,
    type: "ACUTE_TRUST",
    notes: "Went live with Cerner Millennium at Queen Elizabeth Hospital, Woolwich, on 6-7 July 2014.",
    sites: ["Queen Elizabeth Hospital, Woolwich"],
    certainty: "SINGLE_SOURCE",
    sources: ["ehi-2014-07-lewisham-live"],
  },
] as const satisfies readonly TrustSeed[];

// Changes to the organisations: a change counts from the day it is certainly past (lib/domain/organisations.ts).
const PUBLIC_WHEN_EFFECTIVE =
  "The record's only source for it is undated; a merger is public when it takes effect, so it is stored as known from the month it took effect.";

/** A merger: the trust became part of its successor (no new name or type of its own). */
const MERGER = { kind: "MERGED_INTO", name: null, shortName: null, type: null } as const;

/** Barts Health NHS Trust was formed in April 2012; one article in the record reports each merger into it. */
const mergedIntoBartsHealth = (trust: TrustSlug, note: string) =>
  ({
    trust,
    ...MERGER,
    occurred: month("2012-04"),
    successor: "barts-health",
    note,
    certainty: "SINGLE_SOURCE",
    certaintyNote: PUBLIC_WHEN_EFFECTIVE,
    known: month("2012-04"),
    sources: ["ehi-28533-barts-health"],
  }) as const;

export const ORGANISATION_CHANGES = [
  {
    trust: "queen-marys-sidcup",
    ...MERGER,
    // "two years ago" in April 2011: the record gives the year only.
    occurred: year("2009"),
    successor: "south-london-healthcare",
    note: "Queen Mary's Sidcup became part of South London Healthcare NHS Trust, with Queen Elizabeth Hospital, Woolwich and Princess Royal Hospital, Bromley.",
    certainty: "SINGLE_SOURCE",
    sources: ["ehi-2011-04-south-london-lines-up"],
  },
  mergedIntoBartsHealth(
    "barts-and-the-london",
    "Barts and The London became part of Barts Health NHS Trust, with Whipps Cross University Hospital and Newham University Hospital NHS trusts.",
  ),
  mergedIntoBartsHealth("newham", "Newham University Hospital NHS Trust became part of Barts Health NHS Trust (the same article as Barts and The London's)."),
] as const satisfies readonly OrganisationChangeSeed[];
