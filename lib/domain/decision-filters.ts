// Which decisions a decision log's filters keep: the same rule as the export's SQL (decisionsWhere in
// lib/exports/definitions/decisions.ts), worked on decisions already read. Pure: the caller reads the trust.
import { isKnownOn } from "./knowledge";
import type { DecisionRecord } from "./rollout";
import { decisionCovers } from "./status";

export interface DecisionFilterValues {
  asOf: string;
  hindsight?: boolean;
  /** a kind's slug, e.g. "halt" */
  kind?: string;
}

/** The trust a filter names, as far as the rule needs it. */
export interface FilterTrust {
  id: number;
  isRolloutTarget: boolean;
}

/**
 * Decisions taken by the date (the first day of their period) and known on it (or all, with hindsight),
 * of the kind asked for, covering the trust asked for (by scope, or by naming it).
 */
export function decisionsMatching(all: readonly DecisionRecord[], filters: DecisionFilterValues, trust?: FilterTrust): DecisionRecord[] {
  return all.filter(
    (d) =>
      d.decided.date <= filters.asOf &&
      (filters.hindsight === true || isKnownOn(d, filters.asOf)) &&
      (!filters.kind || d.kind === filters.kind.toUpperCase()) &&
      (!trust || decisionCovers(d, { trustId: trust.id, isRolloutTarget: trust.isRolloutTarget }) || d.trustIds.includes(trust.id)),
  );
}
