// The sample data: the public record of the Cerner Millennium go-lives in London under NPfIT
// (docs in docs/domain.md and the Computer Weekly article of 11 February 2009).
// Plain values only, split by area under ./data; load-sample-data.ts writes them to the database.
import { CONFIGURATIONS, ORGANISATION_CHANGES, TRUSTS } from "./data/organisations";
import { CONFLICTS, type ConflictSeed } from "./data/conflicts";
import { CONTRACT_EVENTS, CONTRACTS, PAYMENTS, SUPPLIERS } from "./data/contracts";
import { DECISIONS } from "./data/decisions";
import { GO_LIVES } from "./data/go-lives";
import { PROBLEMS } from "./data/problems";
import { SOURCES } from "./data/sources";
import type {
  ConfigurationSeed,
  ContractEventSeed,
  ContractSeed,
  DecisionSeed,
  GoLiveSeed,
  OrganisationChangeSeed,
  PaymentSeed,
  ProblemSeed,
  SourceSeed,
  SupplierSeed,
  TrustSeed,
} from "./data/types";

export type * from "./data/types";
export type { ConflictClaimSeed, ConflictSeed } from "./data/conflicts";

export interface SampleData {
  sources: readonly SourceSeed[];
  configurations: readonly ConfigurationSeed[];
  trusts: readonly TrustSeed[];
  organisationChanges: readonly OrganisationChangeSeed[];
  goLives: readonly GoLiveSeed[];
  decisions: readonly DecisionSeed[];
  problems: readonly ProblemSeed[];
  suppliers: readonly SupplierSeed[];
  contracts: readonly ContractSeed[];
  contractEvents: readonly ContractEventSeed[];
  payments: readonly PaymentSeed[];
  conflicts: readonly ConflictSeed[];
}

export const sampleData: SampleData = {
  sources: SOURCES,
  configurations: CONFIGURATIONS,
  trusts: TRUSTS,
  organisationChanges: ORGANISATION_CHANGES,
  goLives: GO_LIVES,
  decisions: DECISIONS,
  problems: PROBLEMS,
  suppliers: SUPPLIERS,
  contracts: CONTRACTS,
  contractEvents: CONTRACT_EVENTS,
  payments: PAYMENTS,
  conflicts: CONFLICTS,
};
