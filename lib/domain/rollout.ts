// The plain shapes the pages and exports work with, and the overview built from them.
// Pure: the data layer loads facts from the database; everything here is derived from them.
import { weakestCertainty, type Certainty } from "./certainty";
import { formatPartialDate, type PartialDate } from "./dates";
import { rateGoLive, type GoLiveRating, type ProblemFact } from "./rag";
import type { DecisionCommitment, MakerKind } from "./promises";
import { asRead, citedOn, isKnownOn, knownLater, type View } from "./knowledge";
import {
  decisionEffectiveFrom,
  decisionsByTrust,
  decisionsInForce,
  deriveGoLiveStatus,
  STATUSES,
  type ActualFact,
  type DecisionFact,
  type DerivedStatus,
  type PlanFact,
  type Status,
} from "./status";

export interface SourceRef {
  key: string;
  title: string;
  publisher: string;
  published: PartialDate | null;
  url: string | null;
}

export interface TrustInfo {
  id: number;
  slug: string;
  name: string;
  shortName: string;
  odsCode: string | null;
  isRolloutTarget: boolean;
  notes: string | null;
  certainty: Certainty;
  certaintyNote: string | null;
  sites: string[];
  sources: SourceRef[];
}

export interface ConfigurationInfo {
  code: string;
  name: string;
}

export interface GoLiveRecord {
  id: number;
  trustId: number;
  scope: string;
  configuration: ConfigurationInfo | null;
  certainty: Certainty;
  certaintyNote: string | null;
  notes: string | null;
  /** when the record first knew of this go-live at all, from its own sources (lib/domain/knowledge.ts) */
  knownFrom?: string | null;
  plans: (PlanFact & { id: number; reason: string | null; certaintyNote: string | null; sources: SourceRef[] } & PlanMaker)[];
  actuals: (ActualFact & { id: number; note: string | null; overrideReason: string | null; certaintyNote: string | null; sources: SourceRef[] })[];
  sources: SourceRef[];
}

/** Who made a plan (lib/domain/promises.ts): null when the record does not say. */
export interface PlanMaker {
  madeBy: string | null;
  madeByKind: MakerKind | null;
}

export interface DecisionRecord extends DecisionFact {
  key: string;
  body: string;
  /** a dated commitment the decision made or reported; null: none */
  commitment: DecisionCommitment | null;
  rationale: string | null;
  certainty: Certainty;
  certaintyNote: string | null;
  trustNames: string[];
  liftsTitle: string | null;
  sources: SourceRef[];
}

/** Each go-live of a trust the rollout targets, with its trust: what the board's reckonings count (the rest are not BT's to deliver). */
export function* rolloutGoLives<G extends { trustId: number }, T extends { id: number; isRolloutTarget: boolean }>(facts: {
  trusts: readonly T[];
  goLives: readonly G[];
}): Generator<[goLive: G, trust: T]> {
  const trusts = new Map(facts.trusts.map((t) => [t.id, t]));
  for (const goLive of facts.goLives) {
    const trust = trusts.get(goLive.trustId);
    if (trust?.isRolloutTarget) yield [goLive, trust];
  }
}

export interface RolloutFacts {
  trusts: TrustInfo[];
  goLives: GoLiveRecord[];
  decisions: DecisionRecord[];
  /** read with hindsight (`readRecord`): every fact known now counts, the later ones marked */
  hindsight?: boolean;
}

/**
 * The record as a page for `view.asOf` reads it (lib/domain/knowledge.ts). As it stood: only the
 * plans, go-lives and decisions known by the date. With hindsight: all of them, counted from when
 * they took effect, each keeping the day it became known for the "reported later" mark. Every page,
 * pack and export that derives status from the record reads it through here.
 */
export function readRecord(facts: RolloutFacts, view: View): RolloutFacts {
  if (view.hindsight) {
    return {
      ...facts,
      hindsight: true,
      goLives: facts.goLives.map((g) => ({ ...g, plans: g.plans.map((p) => asRead(p, true)), actuals: g.actuals.map((a) => asRead(a, true)) })),
      decisions: facts.decisions.map((d) => asRead(d, true)),
    };
  }
  const known = <F extends { knownFrom?: string | null }>(f: F) => isKnownOn(f, view.asOf);
  // A go-live the record did not yet know of at all (no plan, go-live or source of its own by then) is not on the page.
  const goLives = facts.goLives
    .map((g) => ({ ...g, plans: g.plans.filter(known), actuals: g.actuals.filter(known) }))
    .filter((g) => g.plans.length > 0 || g.actuals.length > 0 || known(g));
  return { ...facts, hindsight: false, goLives, decisions: facts.decisions.filter(known) };
}

export interface OverviewRow {
  goLiveId: number;
  trust: TrustInfo;
  scope: string;
  configuration: ConfigurationInfo | null;
  derived: DerivedStatus;
  /** red, amber or green on the date, with reasons (lib/domain/rag.ts); null when the caller gave no problems */
  rating: GoLiveRating | null;
  latestPlanned: PartialDate | null;
  latestPlannedLabel: string | null;
  certainty: Certainty;
  sources: SourceRef[];
  /** sources of these facts published after the date: not cited as it stood; cited and marked with hindsight */
  laterSources: number;
  /** with hindsight: the day the latest of the facts behind this row became known, when after the date */
  reportedLater: string | null;
}

export interface OverviewFilters {
  status?: Status;
  configuration?: string;
  certainty?: Certainty;
}

export function toGoLiveFacts(goLive: GoLiveRecord, trust: TrustInfo) {
  return { trustId: trust.id, isRolloutTarget: trust.isRolloutTarget, certainty: goLive.certainty, plans: goLive.plans, actuals: goLive.actuals };
}

/** A row's certainty: its facts' weakest, and uncertain while sources disagree on a go-live that has happened. */
export function rowCertainty(derived: DerivedStatus): Certainty {
  return weakestCertainty([derived.certainty, ...(derived.isDisputed && derived.actuals.length ? ["UNCERTAIN" as const] : [])]);
}

function uniqueSources(lists: SourceRef[][]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const list of lists) for (const s of list) if (!seen.has(s.key)) seen.set(s.key, s);
  return [...seen.values()];
}

/**
 * Every go-live of the rollout's trusts with its status on `asOf`, filtered as the page asks. With
 * `problems` (all the record's, or at least those of these go-lives) each row is also rated.
 */
export function buildOverviewRows(
  facts: RolloutFacts,
  asOf: string,
  filters: OverviewFilters = {},
  problems: readonly ProblemFact[] | null = null,
): OverviewRow[] {
  const trustsById = new Map(facts.trusts.map((t) => [t.id, t]));
  const problemsOf = problems ? groupProblems(problems) : null;
  const covering = decisionsByTrust(facts.decisions);
  const rows: OverviewRow[] = [];
  for (const goLive of facts.goLives) {
    const trust = trustsById.get(goLive.trustId);
    if (!trust) continue;
    const goLiveFacts = toGoLiveFacts(goLive, trust);
    const decisions = covering(goLive.trustId);
    const derived = deriveGoLiveStatus(goLiveFacts, decisions, asOf);
    const latestDated = [...derived.knownPlans].reverse().find((p) => p.planned !== null) ?? null;
    // The sources of what the row says: the go-live, its first and latest plans (the slip is between
    // them) and the go-live records it counts. Every plan between, with its sources, is on the trust's page.
    const usedPlanIds = new Set([derived.firstPlan, derived.latestPlan, latestDated].filter((p) => p !== null).map((p) => p.sequence));
    const liveDates = new Set(derived.actuals.map((a) => a.wentLive.date));
    const { cited: sources, later: laterSources } = citedOn(
      uniqueSources([
        goLive.sources,
        ...goLive.plans.filter((p) => usedPlanIds.has(p.sequence)).map((p) => p.sources),
        ...goLive.actuals.filter((a) => liveDates.has(a.wentLive.date)).map((a) => a.sources),
      ]),
      asOf,
      facts.hindsight ?? false,
    );
    const behind = [derived.latestPlan, ...derived.actuals, derived.heldBy, derived.liftedBy].filter((f) => f !== null);
    const reportedLater =
      behind
        .map((f) => knownLater(f, asOf))
        .filter((d) => d !== null)
        .sort()
        .at(-1) ?? null;
    rows.push({
      goLiveId: goLive.id,
      trust,
      scope: goLive.scope,
      configuration: goLive.configuration,
      derived,
      rating: problemsOf ? rateGoLive(goLiveFacts, decisions, problemsOf(goLive), asOf, derived) : null,
      latestPlanned: latestDated?.planned ?? null,
      latestPlannedLabel: latestDated?.plannedLabel ?? null,
      certainty: rowCertainty(derived),
      sources,
      laterSources,
      reportedLater,
    });
  }
  return rows
    .filter((r) => !filters.status || r.derived.status === filters.status)
    .filter((r) => !filters.configuration || r.configuration?.code === filters.configuration)
    .filter((r) => !filters.certainty || r.certainty === filters.certainty)
    .sort((a, b) => a.trust.name.localeCompare(b.trust.name) || a.scope.localeCompare(b.scope));
}

/** Problems by go-live (and, for those recorded against a trust as a whole, by trust), looked up per go-live. */
function groupProblems(problems: readonly ProblemFact[]): (goLive: { id: number; trustId: number }) => ProblemFact[] {
  const byGoLive = new Map<number, ProblemFact[]>();
  const byTrust = new Map<number, ProblemFact[]>();
  for (const p of problems) {
    const [map, key] = p.goLiveId === null ? [byTrust, p.trustId] : [byGoLive, p.goLiveId];
    const list = map.get(key) ?? [];
    list.push(p);
    map.set(key, list);
  }
  return (goLive) => [...(byGoLive.get(goLive.id) ?? []), ...(byTrust.get(goLive.trustId) ?? [])];
}

export function countByStatus(rows: readonly OverviewRow[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const r of rows) counts[r.derived.status] += 1;
  return counts;
}

export function countByConfiguration(rows: readonly OverviewRow[]): { code: string; name: string; count: number }[] {
  const counts = new Map<string, { code: string; name: string; count: number }>();
  for (const r of rows) {
    const code = r.configuration?.code ?? "NOT_KNOWN";
    const entry = counts.get(code) ?? { code, name: r.configuration?.name ?? "Not known", count: 0 };
    entry.count += 1;
    counts.set(code, entry);
  }
  return [...counts.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export interface DecisionStanding {
  /** with only the sources published by the date */
  decision: DecisionRecord;
  /** its sources published after the date */
  laterSources: number;
  /** "in force", "lifted" (a halt lifted by a later decision) or "lifting" (the decision that lifted one) */
  standing: "IN_FORCE" | "LIFTED" | "LIFTING";
  liftedBy: DecisionRecord | null;
}

/** The halts, resumes and withdrawals that had taken effect by `asOf`, newest first, with where each stands. */
export function statusDecisionsOn(decisions: readonly DecisionRecord[], asOf: string, hindsight = false): DecisionStanding[] {
  const inForce = new Set(decisionsInForce(decisions, asOf).map((d) => d.id));
  const effective = decisions.filter((d) => decisionEffectiveFrom(d) <= asOf);
  return effective
    .filter((d) => d.kind === "HALT" || d.kind === "WITHDRAW" || d.liftsId !== null)
    .sort((a, b) => b.decided.date.localeCompare(a.decided.date))
    .map((record) => {
      const { cited, later } = citedOn(record.sources, asOf, hindsight);
      const decision = { ...record, sources: cited };
      if (decision.liftsId !== null) return { decision, laterSources: later, standing: "LIFTING" as const, liftedBy: null };
      const liftedBy = inForce.has(decision.id) ? null : (effective.find((d) => d.liftsId === decision.id) ?? null);
      return { decision, laterSources: later, standing: liftedBy ? ("LIFTED" as const) : ("IN_FORCE" as const), liftedBy };
    });
}

export function describePlanned(planned: PartialDate | null, label: string | null): string {
  if (!planned) return label ?? "Not known";
  return label ?? formatPartialDate(planned);
}

/**
 * Whether a go-live can still be re-planned: not once a go-live is recorded for it (a later phase is a
 * go-live of its own). The re-plan write refuses it, and the pages offer no re-plan for it.
 */
export function canBeReplanned(goLive: { actuals: readonly unknown[] }): boolean {
  return goLive.actuals.length === 0;
}
