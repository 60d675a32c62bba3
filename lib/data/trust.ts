import "server-only";
import type { Actor } from "../auth/permissions";
import { getDb } from "../db";
import { isoFromDbDate } from "../domain/dates";
import { buildOverviewRows } from "../domain/rollout";
import { decisionCovers } from "../domain/status";
import { buildTrustTimeline } from "../domain/trust-timeline";
import { loadRolloutFacts, toPartial, toSourceRef } from "./rollout";
import { paymentDueOn } from "../domain/payments";

const sourcesRelation = {
  select: { key: true, title: true, publisher: true, publishedOn: true, publishedPrecision: true, url: true },
  orderBy: { publishedOn: "asc" },
} as const;

/** One trust with its whole history, or null when no trust has that slug. */
export async function getTrustDetail(actor: Actor | null, slug: string, asOf: string) {
  const facts = await loadRolloutFacts(actor);
  const trust = facts.trusts.find((t) => t.slug === slug);
  if (!trust) return null;
  const db = getDb();
  const [problems, acceptances, payments] = await Promise.all([
    db.problem.findMany({
      where: { trustId: trust.id },
      orderBy: { reportedOn: "asc" },
      select: {
        id: true, goLiveId: true, reportedOn: true, precision: true, description: true, certainty: true, certaintyNote: true, sources: sourcesRelation,
      },
    }),
    db.acceptance.findMany({
      where: { goLive: { trustId: trust.id } },
      orderBy: { acceptedOn: "asc" },
      select: { id: true, goLiveId: true, acceptedOn: true, precision: true, note: true, certainty: true, certaintyNote: true, sources: sourcesRelation },
    }),
    db.payment.findMany({
      where: { OR: [{ trustId: trust.id }, { goLive: { trustId: trust.id } }] },
      orderBy: { id: "asc" },
      select: {
        id: true, kind: true, goLiveId: true, description: true, amount: true, period: true, priceBasis: true, asAt: true, asAtPrecision: true,
        certainty: true, certaintyNote: true, sources: sourcesRelation,
      },
    }),
  ]);
  const goLives = facts.goLives.filter((g) => g.trustId === trust.id);
  const problemFacts = problems.map((p) => ({
    trustId: trust.id,
    goLiveId: p.goLiveId,
    reported: { date: isoFromDbDate(p.reportedOn), precision: p.precision },
    description: p.description,
  }));
  const rows = buildOverviewRows({ ...facts, goLives }, asOf, {}, problemFacts);
  const decisions = facts.decisions.filter((d) => decisionCovers(d, { trustId: trust.id, isRolloutTarget: trust.isRolloutTarget }) || d.trustIds.includes(trust.id));
  const plainProblems = problems.map((p) => ({
    id: p.id,
    reported: { date: isoFromDbDate(p.reportedOn), precision: p.precision },
    description: p.description,
    certainty: p.certainty,
    certaintyNote: p.certaintyNote,
    sources: p.sources.map(toSourceRef),
  }));
  const plainAcceptances = acceptances.map((a) => ({
    id: a.id,
    goLiveId: a.goLiveId,
    accepted: { date: isoFromDbDate(a.acceptedOn), precision: a.precision },
    note: a.note,
    certainty: a.certainty,
    certaintyNote: a.certaintyNote,
    sources: a.sources.map(toSourceRef),
  }));
  const plainPayments = payments.map((p) => ({
    id: p.id,
    kind: p.kind,
    due: paymentDueOn(p, plainAcceptances, asOf),
    description: p.description,
    amount: p.amount.toString(),
    period: p.period,
    priceBasis: p.priceBasis,
    asAt: toPartial(p.asAt, p.asAtPrecision),
    certainty: p.certainty,
    certaintyNote: p.certaintyNote,
    sources: p.sources.map(toSourceRef),
  }));
  const timeline = buildTrustTimeline({ goLives, decisions, problems: plainProblems, acceptances: plainAcceptances });
  return { trust, rows, goLives, decisions, problems: plainProblems, acceptances: plainAcceptances, payments: plainPayments, timeline };
}

export type TrustDetail = NonNullable<Awaited<ReturnType<typeof getTrustDetail>>>;
