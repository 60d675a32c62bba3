import "server-only";
import { isRecordKey } from "../validation/common";
import { assertCan, type Actor } from "../auth/permissions";
import { getDb } from "../db";
import { decisionEffect, isFullyLifted } from "../domain/decision-effect";
import { formatPartialDate, isoFromDbDate } from "../domain/dates";
import type { DecisionRecord } from "../domain/rollout";
import { asRead as asReadFact, type View } from "../domain/knowledge";
import { readRecord } from "../domain/rollout";
import { loadRolloutFacts } from "./rollout";
import { readDecisionRows } from "../derived/facts";
import { keptUntilTheRecordChanges, readKept } from "../server/record-cache";

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
  if (!isRecordKey(key)) return null;
  return keptUntilTheRecordChanges("decision", { max: 32 }, { key, asOf: view.asOf, hindsight: view.hindsight }, () => readDecisionDetail(actor, key, view));
}

async function readDecisionDetail(actor: Actor | null, key: string, view: View): Promise<DecisionDetail | null> {
  const asOf = view.asOf;
  const db = getDb();
  if (!isRecordKey(key)) return null;
  const found = await db.decision.findUnique({ where: { key }, select: { id: true, scope: true, liftsId: true, trusts: { select: { id: true } } } });
  if (!found) return null;
  // The go-lives it can cover (all of them for an all-London decision), with the decisions that can
  // cover those; what it lifts and what lifted it are read by their ids.
  const trustIds = found.trusts.map((t) => t.id);
  const scope =
    found.scope === "ALL_LONDON"
      ? undefined
      : { goLiveIds: (await db.goLive.findMany({ where: { trustId: { in: trustIds } }, select: { id: true } })).map((g) => g.id), trustIds };
  const [loaded, related] = await Promise.all([
    loadRolloutFacts(actor, db, scope),
    readDecisionRows(db, { OR: [{ id: found.id }, { liftsId: found.id }, ...(found.liftsId !== null ? [{ id: found.liftsId }] : [])] }),
  ]);
  // What it lifts and what lifted it are listed whenever they became known (each marked if later).
  const linked = related.map((d) => asReadFact(d, true));
  // The decision's page exists whatever the date; its effect is worked out on the record as the view reads it.
  const asRead = readRecord(loaded, view);
  const own = related.find((d) => d.id === found.id)!;
  const decision = view.hindsight ? { ...own, knownFrom: null } : own;
  return {
    decision,
    lifts: decision.liftsId !== null ? (linked.find((d) => d.id === decision.liftsId) ?? null) : null,
    liftedBy: linked.filter((d) => d.liftsId === decision.id),
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
  return readKept(actor, "decision.record", "decision-form", { max: 1 }, null, readDecisionFormOptions);
}

async function readDecisionFormOptions(): Promise<DecisionFormOptions> {
  const db = getDb();
  const [trusts, decisions] = await Promise.all([
    db.trust.findMany({ orderBy: [{ isRolloutTarget: "desc" }, { name: "asc" }], select: { id: true, name: true, isRolloutTarget: true } }),
    // Only the halts and what lifts them: at national scale there are 10,000 decisions.
    db.decision.findMany({
      where: { OR: [{ kind: "HALT" }, { liftsId: { not: null } }] },
      orderBy: [{ decidedOn: "desc" }, { id: "desc" }],
      select: { id: true, kind: true, title: true, decidedOn: true, decidedPrecision: true, scope: true, liftsId: true, trusts: { select: { id: true } } },
    }),
  ]);
  const facts = decisions.map((d) => ({ ...d, trustIds: d.trusts.map((t) => t.id) }));
  const liftsOf = new Map<number, typeof facts>();
  for (const d of facts) if (d.liftsId !== null) liftsOf.set(d.liftsId, [...(liftsOf.get(d.liftsId) ?? []), d]);
  const halts = facts
    .filter((d) => d.kind === "HALT" && !isFullyLifted(d, liftsOf.get(d.id) ?? []))
    .map((d) => ({ id: d.id, label: `${formatPartialDate({ date: isoFromDbDate(d.decidedOn), precision: d.decidedPrecision })}: ${d.title}` }));
  return { trusts, halts };
}
