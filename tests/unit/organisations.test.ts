// organisationOn, worked by hand against the record: Barts and The London became part of Barts Health
// in April 2012 (month: counts from 30 April 2012); Queen Mary's Sidcup part of South London Healthcare
// in 2009 (year: counts from 31 December 2009).
import { describe, expect, it } from "vitest";
import { changeCountsFrom, organisationOn, partsOn, type OrganisationChange, type OrganisationInfo } from "@/lib/domain/organisations";

const barts: OrganisationInfo = {
  id: 3,
  slug: "barts-and-the-london",
  name: "Barts and The London NHS Trust",
  shortName: "Barts and The London",
  type: "ACUTE_TRUST",
};
const sidcup: OrganisationInfo = {
  id: 2,
  slug: "queen-marys-sidcup",
  name: "Queen Mary's Sidcup NHS Trust",
  shortName: "Queen Mary's Sidcup",
  type: "ACUTE_TRUST",
};
const bartsHealth = { id: 20, slug: "barts-health", name: "Barts Health NHS Trust" };
const southLondon = { id: 21, slug: "south-london-healthcare", name: "South London Healthcare NHS Trust" };

const merged = (id: number, trustId: number, successor: typeof bartsHealth, occurred: OrganisationChange["occurred"]): OrganisationChange => ({
  id,
  trustId,
  kind: "MERGED_INTO",
  occurred,
  name: null,
  shortName: null,
  type: null,
  successor,
});
const CHANGES = [
  merged(1, sidcup.id, southLondon, { date: "2009-01-01", precision: "YEAR" }),
  merged(2, barts.id, bartsHealth, { date: "2012-04-01", precision: "MONTH" }),
];

describe("an organisation as it stood on a date", () => {
  it("on 1 January 2013 Barts and The London is part of Barts Health, since April 2012", () => {
    const on = organisationOn(barts, CHANGES, "2013-01-01");
    expect(on.partOf).toMatchObject({ slug: "barts-health", name: "Barts Health NHS Trust", since: { date: "2012-04-01", precision: "MONTH" } });
    expect(on.name).toBe(barts.name); // a merger does not rename the trust it absorbs
    expect(on.laterChanges).toEqual([]);
  });

  it("on 1 January 2010 Queen Mary's Sidcup is part of South London Healthcare: a change of 2009 is certain from 31 December 2009", () => {
    expect(organisationOn(sidcup, CHANGES, "2010-01-01").partOf?.slug).toBe("south-london-healthcare");
    expect(organisationOn(sidcup, CHANGES, "2009-12-31").partOf?.slug).toBe("south-london-healthcare");
    // During 2009 it is not certain yet: still on its own, the change listed as later.
    const during = organisationOn(sidcup, CHANGES, "2009-06-30");
    expect(during.partOf).toBeNull();
    expect(during.laterChanges.map((c) => c.id)).toEqual([1]);
    expect(changeCountsFrom(CHANGES[0]!)).toBe("2009-12-31");
  });

  it("on 1 June 2008 neither is part of another trust, and each change is still to come", () => {
    const bartsThen = organisationOn(barts, CHANGES, "2008-06-01");
    const sidcupThen = organisationOn(sidcup, CHANGES, "2008-06-01");
    expect(bartsThen.partOf).toBeNull();
    expect(sidcupThen.partOf).toBeNull();
    expect(bartsThen.laterChanges.map((c) => c.id)).toEqual([2]);
    expect(sidcupThen.laterChanges.map((c) => c.id)).toEqual([1]);
    expect(bartsThen).toMatchObject({ name: barts.name, shortName: barts.shortName, type: "ACUTE_TRUST", changesSoFar: [] });
  });

  it("a month-only change counts from the last day of its month", () => {
    expect(organisationOn(barts, CHANGES, "2012-04-29").partOf).toBeNull();
    expect(organisationOn(barts, CHANGES, "2012-04-30").partOf?.slug).toBe("barts-health");
  });

  it("a rename and a new type apply from their dates, in order, and ignore other trusts' changes", () => {
    const changes: OrganisationChange[] = [
      {
        id: 7,
        trustId: barts.id,
        kind: "TYPE_CHANGED",
        occurred: { date: "2011-03-01", precision: "DAY" },
        name: null,
        shortName: null,
        type: "FOUNDATION_TRUST",
        successor: null,
      },
      {
        id: 6,
        trustId: barts.id,
        kind: "RENAMED",
        occurred: { date: "2010-01-01", precision: "YEAR" },
        name: "Barts NHS Trust",
        shortName: "Barts",
        type: null,
        successor: null,
      },
      ...CHANGES,
    ];
    expect(organisationOn(barts, changes, "2010-06-01")).toMatchObject({ name: barts.name, type: "ACUTE_TRUST" });
    expect(organisationOn(barts, changes, "2011-01-01")).toMatchObject({ name: "Barts NHS Trust", shortName: "Barts", type: "ACUTE_TRUST" });
    const later = organisationOn(barts, changes, "2011-03-01");
    expect(later).toMatchObject({ name: "Barts NHS Trust", type: "FOUNDATION_TRUST", partOf: null });
    expect(later.changesSoFar.map((c) => c.id)).toEqual([6, 7]);
    expect(later.laterChanges.map((c) => c.id)).toEqual([2]);
  });

  it("a successor lists the trusts that had become part of it by the date", () => {
    expect(partsOn(bartsHealth.id, CHANGES, "2012-01-01")).toEqual([]);
    expect(partsOn(bartsHealth.id, CHANGES, "2013-01-01").map((c) => c.trustId)).toEqual([barts.id]);
    expect(partsOn(southLondon.id, CHANGES, "2010-01-01").map((c) => c.trustId)).toEqual([sidcup.id]);
  });
});
