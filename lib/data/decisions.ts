import "server-only";
import { assertCan, type Actor } from "../auth/permissions";
import { getDb } from "../db";
import { decisionEffect, isFullyLifted } from "../domain/decision-effect";
import { formatPartialDate, isoFromDbDate } from "../domain/dates";
import type { DecisionRecord } from "../domain/rollout";
import type { View } from "../domain/knowledge";
import { readRecord } from "../domain/rollout";
import { loadRolloutFacts } from "./rollout";

export interface DecisionDetail {
  decision: DecisionRecord;
  /** the halt this decision lifts */
  lifts: DecisionRecord | null;
  /** every decision that lifts this one, whenever it took effect */
  liftedBy: DecisionRecord[];
  effect: ReturnType<typeof decisionEffect>;
}

/** One decision, what it lifts and what lifted it, and its effect on the go-lives as of a date; null for an unknown key. */
export async function getDecisionDetail(actor: Actor | null, key: string, view: View): Promise<DecisionDetail | null> {
  assertCan(actor, "rollout.read");
  const asOf = view.asOf;
  // The decision's page exists whatever the date; its effect is worked out on the record as the view reads it.
  const loaded = await loadRolloutFacts(actor);
  const facts = readRecord(loaded, { asOf: view.asOf, hindsight: true });
  const asRead = readRecord(loaded, view);
  const found = loaded.decisions.find((d) => d.key === key);
  const decision = found && view.hindsight ? { ...found, knownFrom: null } : found;
  if (!decision) return null;
  return {
    decision,
    lifts: decision.liftsId !== null ? (facts.decisions.find((d) => d.id === decision.liftsId) ?? null) : null,
    liftedBy: facts.decisions.filter((d) => d.liftsId === decision.id),
    effect: decisionEffect(decision, asRead, asOf),
  };
}

export interface DecisionFormOptions {
  /** rollout targets first, then the other trusts in the record, each by name */
  trusts: { id: number; name: string; isRolloutTarget: boolean }[];
  /** halts not yet fully lifted: the ones a resume can lift */
  halts: { id: number; label: string }[];
}

/** What the decision form offers: the trusts a decision can name and the halts a resume can lift. */
export async function getDecisionFormOptions(actor: Actor | null): Promise<DecisionFormOptions> {
  assertCan(actor, "decision.record");
  const db = getDb();
  const [trusts, decisions] = await Promise.all([
    db.trust.findMany({ orderBy: [{ isRolloutTarget: "desc" }, { name: "asc" }], select: { id: true, name: true, isRolloutTarget: true } }),
    db.decision.findMany({
      orderBy: [{ decidedOn: "desc" }, { id: "desc" }],
      select: { id: true, kind: true, title: true, decidedOn: true, decidedPrecision: true, scope: true, liftsId: true, trusts: { select: { id: true } } },
    }),
  ]);
  const facts = decisions.map((d) => ({ ...d, trustIds: d.trusts.map((t) => t.id) }));
  const halts = facts
    .filter((d) => d.kind === "HALT" && !isFullyLifted(d, facts))
    .map((d) => ({ id: d.id, label: `${formatPartialDate({ date: isoFromDbDate(d.decidedOn), precision: d.decidedPrecision })}: ${d.title}` }));
  return { trusts, halts };
}
