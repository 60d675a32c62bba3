import "server-only";
import { isRecordKey } from "../validation/common";
import { assertCan, type Actor } from "../auth/permissions";
import { getDb } from "../db";
import { isoFromDbDate } from "../domain/dates";
import type { View } from "../domain/knowledge";
import { knownSelect, rowKnowledge } from "../derived/knowledge";
import { buildOverviewRows } from "../domain/rollout";
import { decisionCovers } from "../domain/status";
import { buildTrustTimeline } from "../domain/trust-timeline";
import { loadRecord } from "./rollout";
import { sourcesRelation, toSourceRef } from "../derived/facts";
import { paymentFields, paymentSelect } from "./lists";
import { paymentDueOn } from "../domain/payments";
import { keptUntilTheRecordChanges } from "../server/record-cache";

const known = knownSelect;

/** One trust with its whole history as the view reads it, or null when no trust has that slug. */
export async function getTrustDetail(actor: Actor | null, slug: string, view: View) {
  assertCan(actor, "rollout.read");
  if (!isRecordKey(slug)) return null;
  return keptUntilTheRecordChanges("trust", { max: 64 }, { slug, asOf: view.asOf, hindsight: view.hindsight }, () => readTrustDetail(actor, slug, view));
}

async function readTrustDetail(actor: Actor | null, slug: string, view: View) {
  const asOf = view.asOf;
  const db = getDb();
  // This trust's go-lives only, with the decisions that can cover them: never the whole record.
  if (!isRecordKey(slug)) return null;
  const found = await db.trust.findUnique({ where: { slug }, select: { id: true, goLives: { select: { id: true } } } });
  if (!found) return null;
  const facts = await loadRecord(actor, view, db, { goLiveIds: found.goLives.map((g) => g.id), trustIds: [found.id] });
  const trust = facts.trusts.find((t) => t.slug === slug);
  if (!trust) return null;
  const [problems, acceptances, payments] = await Promise.all([
    db.problem.findMany({
      where: { trustId: trust.id },
      orderBy: { reportedOn: "asc" },
      select: {
        id: true,
        goLiveId: true,
        reportedOn: true,
        precision: true,
        description: true,
        certainty: true,
        certaintyNote: true,
        sources: sourcesRelation,
        ...known,
      },
    }),
    db.acceptance.findMany({
      where: { goLive: { trustId: trust.id } },
      orderBy: { acceptedOn: "asc" },
      select: {
        id: true,
        goLiveId: true,
        acceptedOn: true,
        precision: true,
        note: true,
        certainty: true,
        certaintyNote: true,
        sources: sourcesRelation,
        ...known,
      },
    }),
    db.payment.findMany({
      where: { OR: [{ trustId: trust.id }, { goLive: { trustId: trust.id } }] },
      orderBy: { id: "asc" },
      select: paymentSelect,
    }),
  ]);
  const goLives = facts.goLives.filter((g) => g.trustId === trust.id);
  const problemFacts = problems.map((p) => ({
    trustId: trust.id,
    goLiveId: p.goLiveId,
    reported: { date: isoFromDbDate(p.reportedOn), precision: p.precision },
    description: p.description,
    ...rowKnowledge(p, p.sources.map(toSourceRef), { hindsight: view.hindsight, own: { date: isoFromDbDate(p.reportedOn), precision: p.precision } }),
  }));
  const rows = buildOverviewRows({ ...facts, goLives }, asOf, {}, problemFacts);
  const decisions = facts.decisions.filter(
    (d) => decisionCovers(d, { trustId: trust.id, isRolloutTarget: trust.isRolloutTarget }) || d.trustIds.includes(trust.id),
  );
  const plainProblems = problems.map((p) => ({
    id: p.id,
    reported: { date: isoFromDbDate(p.reportedOn), precision: p.precision },
    description: p.description,
    certainty: p.certainty,
    certaintyNote: p.certaintyNote,
    sources: p.sources.map(toSourceRef),
    ...rowKnowledge(p, p.sources.map(toSourceRef), { hindsight: view.hindsight, own: { date: isoFromDbDate(p.reportedOn), precision: p.precision } }),
  }));
  const plainAcceptances = acceptances.map((a) => ({
    id: a.id,
    goLiveId: a.goLiveId,
    accepted: { date: isoFromDbDate(a.acceptedOn), precision: a.precision },
    note: a.note,
    certainty: a.certainty,
    certaintyNote: a.certaintyNote,
    sources: a.sources.map(toSourceRef),
    ...rowKnowledge(a, a.sources.map(toSourceRef), { hindsight: view.hindsight }),
  }));
  const plainPayments = payments.map((p) => ({
    id: p.id,
    kind: p.kind,
    due: paymentDueOn(p, plainAcceptances, asOf),
    ...paymentFields(p),
    ...rowKnowledge(p, p.sources.map(toSourceRef), { hindsight: view.hindsight }),
  }));
  const timeline = buildTrustTimeline({ goLives, decisions, problems: plainProblems, acceptances: plainAcceptances });
  return {
    trust,
    hindsight: view.hindsight,
    rows,
    goLives,
    decisions,
    problems: plainProblems,
    acceptances: plainAcceptances,
    payments: plainPayments,
    timeline,
  };
}

export type TrustDetail = NonNullable<Awaited<ReturnType<typeof getTrustDetail>>>;
