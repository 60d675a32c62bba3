// Shapes of the sample data: plain values that name each other by key or slug, never by id.
// The loader resolves the names; the compiler checks that every name exists.
import type {
  Certainty,
  CommitmentMaker,
  ContractEventKind,
  DatePrecision,
  DecisionKind,
  DecisionScope,
  OrganisationChangeKind,
  OrganisationType,
  PaymentKind,
} from "../../../lib/generated/prisma/client";
import type { CONFIGURATIONS, TRUSTS } from "./organisations";
import type { DECISIONS } from "./decisions";
import type { CONTRACTS, SUPPLIERS } from "./contracts";
import type { SOURCES } from "./sources";

// The names the records give each other, taken from the lists that define them.
export type SourceKey = (typeof SOURCES)[number]["key"];
export type ConfigurationCode = (typeof CONFIGURATIONS)[number]["code"];
export type TrustSlug = (typeof TRUSTS)[number]["slug"];
export type DecisionKey = (typeof DECISIONS)[number]["key"];
export type SupplierKey = (typeof SUPPLIERS)[number]["key"];
export type ContractKey = (typeof CONTRACTS)[number]["key"];

/** YYYY-MM-DD: the first day of the period when the precision is coarser than a day. */
export type IsoDate = `${number}-${number}-${number}`;

export interface PartialDate {
  on: IsoDate;
  precision: DatePrecision;
}

/** An UNCERTAIN fact must say why; the others may add a note. */
export type Certified = { certainty: Exclude<Certainty, "UNCERTAIN">; certaintyNote?: string } | { certainty: "UNCERTAIN"; certaintyNote: string };

/** A fact with the addresses that back it. Empty only where the record names no address (certaintyNote says so). */
export type SourcedFact = Certified & { sources: readonly SourceKey[] };

export type GoLiveScope =
  "Whole trust" | "Phase 1" | "Patient administration system" | "Order communications" | "Whipps Cross A&E" | "Queen Elizabeth Hospital, Woolwich";

/** When the fact became known, where the record gives a date that differs from its sources' earliest
 * publication (the Barnet data gap from July 2007, reported in 2008). Omitted: known from the earliest
 * dated source. The seed-coverage test fails on a fact with neither. */
export interface Known {
  known?: PartialDate;
}

export interface SourceSeed {
  key: string;
  title: string;
  publisher: string;
  /** null when neither the address nor the record dates it */
  published: PartialDate | null;
  url: string | null;
}

export type ConfigurationSeed = SourcedFact & {
  code: string;
  name: string;
  description: string;
  /** null when the record does not say */
  includesSmartcards: boolean | null;
  includesSpineLink: boolean | null;
};

export type TrustSeed = SourcedFact & {
  slug: string;
  name: string;
  shortName: string;
  /** the record gives no ODS codes */
  odsCode: null;
  isRolloutTarget: boolean;
  /** what it was when the record begins; later changes are OrganisationChangeSeed rows */
  type: OrganisationType;
  notes: string | null;
  sites: readonly string[];
};

export type OrganisationChangeSeed = SourcedFact &
  Known & {
    trust: TrustSlug;
    kind: OrganisationChangeKind;
    occurred: PartialDate;
    /** RENAMED only */
    name: string | null;
    shortName: string | null;
    /** TYPE_CHANGED only */
    type: OrganisationType | null;
    /** MERGED_INTO only: the trust it became part of */
    successor: TrustSlug | null;
    note: string | null;
  };

/** Who made a commitment, as the record names them (docs/decisions/019). */
export interface MakerSeed {
  name: string;
  kind: CommitmentMaker;
}

export type PlanSeed = SourcedFact & {
  /** null: postponed with no new date */
  planned: PartialDate | null;
  plannedLabel: string | null;
  announced: PartialDate | null;
  reason: string | null;
  /** who made the plan, only where the record says (domain.md, or the source's own words in `reason`); null: not known */
  madeBy: MakerSeed | null;
};

export type ActualSeed = SourcedFact & Known & { wentLive: PartialDate; note: string | null };

export type AcceptanceSeed = SourcedFact & Known & { accepted: PartialDate; note: string | null };

export type GoLiveSeed = SourcedFact & {
  trust: TrustSlug;
  configuration: ConfigurationCode | null;
  scope: GoLiveScope;
  notes: string | null;
  /** in the order of the record; stored as sequence 1..n */
  plans: readonly PlanSeed[];
  actuals: readonly ActualSeed[];
  acceptances: readonly AcceptanceSeed[];
};

export type DecisionSeed = SourcedFact & {
  key: string;
  kind: DecisionKind;
  title: string;
  decided: PartialDate;
  reportedOn: IsoDate | null;
  body: string;
  scope: DecisionScope;
  /** only for NAMED_TRUSTS */
  trusts: readonly TrustSlug[];
  rationale: string | null;
  /** a resume names the halt it lifts: another decision's key (a plain string, as the keys are
   * derived from this very list; the loader rejects an unknown key) */
  liftsKey: string | null;
  /** a dated commitment the decision made or reported; null: none */
  commitment: CommitmentSeed | null;
};

export interface CommitmentSeed {
  /** what was committed to */
  what: string;
  due: PartialDate;
  dueLabel: string;
  /** who made it: the decision's body, of this kind */
  byKind: CommitmentMaker;
  /** when the record says it was met; null: it does not say */
  met: PartialDate | null;
  metNote: string | null;
}

export type ProblemSeed = SourcedFact &
  Known & {
    trust: TrustSlug;
    goLiveScope: GoLiveScope | null;
    reported: PartialDate;
    description: string;
  };

export interface SupplierSeed {
  key: string;
  name: string;
}

export type ContractSeed = SourcedFact & {
  key: string;
  supplier: SupplierKey;
  name: string;
  region: string;
};

export type ContractEventSeed = SourcedFact &
  Known & {
    contract: ContractKey;
    kind: ContractEventKind;
    occurred: PartialDate;
    description: string;
    /** whole pounds as a decimal string; null when the event has no value */
    value: string | null;
    priceBasis: string | null;
  };

export type PaymentSeed = SourcedFact &
  Known & {
    trust: TrustSlug | null;
    goLiveScope: GoLiveScope | null;
    contract: ContractKey | null;
    kind: PaymentKind;
    description: string;
    /** pounds as a decimal string */
    amount: string;
    period: string | null;
    priceBasis: string | null;
    asAt: PartialDate | null;
  };
