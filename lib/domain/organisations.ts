// An organisation as it stood on a date: its name, its type, and the trust it had become part of.
// Pure. The rule, as for every dated fact (lib/domain/dates.ts certainFrom): a change counts from the
// day it is certainly past, the end of its recorded period. Queen Mary's Sidcup became part of South
// London Healthcare "in 2009": on 1 June 2009 that is not certain, from 31 December 2009 it is.
// Changes not yet certain on the date are returned as `laterChanges`, so a page can say what came next.
import { certainFrom, type PartialDate } from "./dates";
import { labelled } from "./labelled";

export const [ORGANISATION_TYPES, ORGANISATION_TYPE_LABEL] = labelled({
  ACUTE_TRUST: "Acute trust",
  FOUNDATION_TRUST: "Foundation trust",
  PRIMARY_CARE_TRUST: "Primary care trust",
});
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export type OrganisationChangeKind = "RENAMED" | "TYPE_CHANGED" | "MERGED_INTO";

export interface OrganisationRef {
  id: number;
  slug: string;
  name: string;
}

export interface OrganisationInfo extends OrganisationRef {
  shortName: string;
  /** what it was when the record begins */
  type: OrganisationType;
}

export interface OrganisationChange {
  id: number;
  trustId: number;
  kind: OrganisationChangeKind;
  occurred: PartialDate;
  /** RENAMED */
  name: string | null;
  shortName: string | null;
  /** TYPE_CHANGED */
  type: OrganisationType | null;
  /** MERGED_INTO */
  successor: OrganisationRef | null;
}

export interface OrganisationOnDate<C extends OrganisationChange = OrganisationChange> {
  name: string;
  shortName: string;
  type: OrganisationType;
  /** the trust it had become part of by the date, and since when (the change's recorded date) */
  partOf: { slug: string; name: string; since: PartialDate; change: C } | null;
  /** the changes that count by the date, oldest first */
  changesSoFar: C[];
  /** the changes not yet certainly past on the date, oldest first */
  laterChanges: C[];
}

/** The day from which a change counts: the end of its recorded period. */
export function changeCountsFrom(change: Pick<OrganisationChange, "occurred">): string {
  return certainFrom(change.occurred);
}

const byDate = (a: OrganisationChange, b: OrganisationChange) => changeCountsFrom(a).localeCompare(changeCountsFrom(b)) || a.id - b.id;

/** The organisation on `asOf` (YYYY-MM-DD), from its first record and its changes (any order; others' ignored). */
export function organisationOn<C extends OrganisationChange>(trust: OrganisationInfo, changes: readonly C[], asOf: string): OrganisationOnDate<C> {
  const own = changes.filter((c) => c.trustId === trust.id).sort(byDate);
  const changesSoFar = own.filter((c) => changeCountsFrom(c) <= asOf);
  const laterChanges = own.filter((c) => changeCountsFrom(c) > asOf);

  let name = trust.name;
  let shortName = trust.shortName;
  let type = trust.type;
  let partOf: OrganisationOnDate<C>["partOf"] = null;
  for (const c of changesSoFar) {
    if (c.kind === "RENAMED") {
      name = c.name ?? name;
      shortName = c.shortName ?? shortName;
    } else if (c.kind === "TYPE_CHANGED" && c.type) {
      type = c.type;
    } else if (c.kind === "MERGED_INTO" && c.successor) {
      partOf = { slug: c.successor.slug, name: c.successor.name, since: c.occurred, change: c };
    }
  }
  return { name, shortName, type, partOf, changesSoFar, laterChanges };
}

/** The trusts that had become part of `successorId` by the date (a successor's page lists them). */
export function partsOn<C extends OrganisationChange>(successorId: number, changes: readonly C[], asOf: string): C[] {
  return changes.filter((c) => c.kind === "MERGED_INTO" && c.successor?.id === successorId && changeCountsFrom(c) <= asOf).sort(byDate);
}
