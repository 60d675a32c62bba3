import { readRecord } from "../domain/rollout";
import "server-only";
import { assertCan, type Actor } from "../auth/permissions";
import { getDb } from "../db";
import { baselineFromRecord, baselinesBeforeHalts, compareWithBaseline, type Baseline, type Comparison, type DerivedBaseline } from "../domain/baseline";
import { isoFromDbDate } from "../domain/dates";
import { readDecisionRows } from "../derived/facts";
import type { RolloutFacts } from "../domain/rollout";
import type { Status } from "../domain/status";
import { loadRolloutFacts } from "./rollout";

export interface BaselineSummary {
  key: string;
  name: string;
  description: string | null;
  takenAsOf: string;
  takenBy: string;
  createdAt: Date;
  goLives: number;
}

export async function listBaselines(actor: Actor | null): Promise<BaselineSummary[]> {
  assertCan(actor, "rollout.read");
  const rows = await getDb().baseline.findMany({
    orderBy: [{ takenAsOf: "asc" }, { id: "asc" }],
    select: { key: true, name: true, description: true, takenAsOf: true, takenBy: true, createdAt: true, _count: { select: { entries: true } } },
  });
  return rows.map((b) => ({ ...b, takenAsOf: isoFromDbDate(b.takenAsOf), goLives: b._count.entries }));
}

export async function loadBaseline(actor: Actor | null, key: string): Promise<Baseline | null> {
  assertCan(actor, "rollout.read");
  const b = await getDb().baseline.findUnique({
    where: { key },
    select: { key: true, name: true, takenAsOf: true, entries: { select: { goLiveId: true, planId: true, plannedOn: true, plannedPrecision: true, plannedLabel: true, status: true, plansMade: true } } },
  });
  if (!b) return null;
  return {
    key: b.key,
    name: b.name,
    takenAsOf: isoFromDbDate(b.takenAsOf),
    plans: b.entries.map((e) => ({
      goLiveId: e.goLiveId,
      planId: e.planId,
      planned: e.plannedOn ? { date: isoFromDbDate(e.plannedOn), precision: e.plannedPrecision ?? "DAY" } : null,
      plannedLabel: e.plannedLabel,
      status: e.status as Status,
      plansMade: e.plansMade,
    })),
  };
}

/** The baselines any page can offer without one being taken (baselinesBeforeHalts), read from the programme's halts only. */
export async function loadDerivedBaselines(actor: Actor | null): Promise<DerivedBaseline[]> {
  assertCan(actor, "rollout.read");
  return baselinesBeforeHalts(await readDecisionRows(getDb(), { kind: "HALT", scope: "ALL_LONDON" }));
}

export type ComparisonResult = { comparison: Comparison; facts: RolloutFacts } | { notFound: true };

/** The record on `asOf` against a stored baseline, or against the record on another date. */
export async function loadComparison(actor: Actor | null, query: { baseline?: string; on?: string; asOf: string; hindsight?: boolean }): Promise<ComparisonResult> {
  const loaded = await loadRolloutFacts(actor);
  // Each side as the record stood on its own date (or both with hindsight): lib/domain/knowledge.ts.
  const facts = readRecord(loaded, { asOf: query.asOf, hindsight: query.hindsight ?? false });
  let baseline: Baseline | null;
  if (query.baseline) baseline = await loadBaseline(actor, query.baseline);
  else {
    const then = readRecord(loaded, { asOf: query.on!, hindsight: query.hindsight ?? false });
    baseline = baselineFromRecord(then, query.on!, baselinesBeforeHalts(loaded.decisions).find((d) => d.on === query.on)?.name ?? `The record on ${query.on}`);
  }
  if (!baseline) return { notFound: true };
  return { comparison: compareWithBaseline(facts, baseline, query.asOf), facts };
}
