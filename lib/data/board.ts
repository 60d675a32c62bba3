import "server-only";
import type { Actor } from "../auth/permissions";
import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { loadCorrections } from "./corrections";
import { addDays as addDaysIso, isoFromDbDate } from "../domain/dates";
import { asRead, isKnownOn } from "../domain/knowledge";
import { datedSource, knownSelect, rowKnowledge } from "../derived/knowledge";
import { decisionEffectiveFrom as decisionEffectiveFromOf } from "../domain/status";
import { programmeCosts, programmeTotals, type PaymentFact } from "../domain/decision-cost";
import { movableDecisions, runWhatIf, ScenarioError, type Acceptance, type WhatIf } from "../domain/what-if";
import type { WhatIfQuery } from "../validation/what-if";
import { assertCan } from "../auth/permissions";
import { buildBoardPack, packChanges, packExceptions, type PackChange, type PackConflict, type PackProblem } from "../domain/board-pack";
import { listConflicts } from "./conflicts";
import { PROBLEM_SELECT, readDecisionRows, toSourceRef } from "../derived/facts";
import { listPayments, toPaymentFact } from "./lists";
import { loadRecord } from "./rollout";
import { loadExceptions } from "./tolerances";
import { loadPackTrends } from "./trends";
import { keptUntilTheRecordChanges, readKept } from "../server/record-cache";
import { goLiveInWords } from "../domain/record-names";
import type { View } from "../domain/knowledge";

type Db = Prisma.TransactionClient;

/** Payments known by the date, as the cost rules read them. */
export async function loadPaymentFacts(actor: Actor | null, asOf: string, hindsight = false, db: Db = getDb()): Promise<PaymentFact[]> {
  const payments = await listPayments(actor, { asOf, hindsight }, db);
  return payments.map(toPaymentFact);
}

/**
 * The record as the cost rules read it on the view's date: every trust, go-live and halt, withdrawal,
 * postponement and resume, but of each go-live's plans only those the rules read (FactScope.rowsOn,
 * forCosts): at national scale some 6,000 to 9,000 of 200,000. The costs come out as from the whole record.
 */
export async function loadCostRecord(
  actor: Actor | null,
  view: View,
  db: Db = getDb(),
  more: { rows?: boolean; forCosts?: boolean; alsoOn?: readonly string[]; changedSince?: string; allDecisions?: boolean } = { rows: false },
) {
  const [goLives, trusts] = await Promise.all([
    db.goLive.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    db.trust.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
  ]);
  const scope = { goLiveIds: goLives.map((g) => g.id), trustIds: trusts.map((t) => t.id), rowsOn: { ...view, forCosts: true, ...more } };
  return loadRecord(actor, view, db, scope);
}

/** What each decision cost by the date, as the view reads the record, and the programme's totals. */
export async function loadProgrammeCosts(actor: Actor | null, view: View) {
  return readKept(actor, "rollout.read", "costs", { max: 16 }, { asOf: view.asOf, hindsight: view.hindsight }, () => readProgrammeCosts(actor, view));
}

async function readProgrammeCosts(actor: Actor | null, view: View) {
  const asOf = view.asOf;
  const [facts, payments] = await Promise.all([loadCostRecord(actor, view), loadPaymentFacts(actor, asOf, view.hindsight)]);
  const costs = programmeCosts(facts, payments, asOf);
  return { facts, payments, costs, totals: programmeTotals(costs) };
}

/** Acceptances recorded by the date: a deployment charge falls due on acceptance. */
export async function loadAcceptances(asOf: string, hindsight = false): Promise<Acceptance[]> {
  const rows = await getDb().acceptance.findMany({
    where: { acceptedOn: { lte: new Date(`${asOf}T00:00:00.000Z`) } },
    select: { goLiveId: true, acceptedOn: true, precision: true, ...knownSelect, sources: { select: { publishedOn: true, publishedPrecision: true } } },
  });
  // As it stood on the date: an acceptance the record learnt of later does not count yet.
  return rows
    .filter((a) => hindsight || isKnownOn(rowKnowledge(a, a.sources.map(datedSource)), asOf))
    .map((a) => ({ goLiveId: a.goLiveId, accepted: { date: isoFromDbDate(a.acceptedOn), precision: a.precision } }));
}

export type WhatIfResult = { result: WhatIf | null; error: { field: "decision" | "date" | "goLive"; message: string } | null };

/** The choices a what-if offers, and the what-if itself when one was asked. Nothing is written. */
export async function loadWhatIf(actor: Actor | null, query: WhatIfQuery) {
  return readKept(actor, "rollout.read", "what-if", { max: 16 }, query, () => readWhatIf(actor, query));
}

async function readWhatIf(actor: Actor | null, query: WhatIfQuery) {
  // The what-if starts from the record as it stood on its date (lib/domain/knowledge.ts).
  // The what-if reads what a cost reads, and the plans known on the day a halt is moved to (runWhatIf).
  const view = { asOf: query.asOf, hindsight: query.hindsight };
  const alsoOn = query.scenario?.kind === "decision" ? [query.scenario.date] : [];
  const [facts, payments, acceptances] = await Promise.all([
    loadCostRecord(actor, view, getDb(), { rows: false, alsoOn }),
    loadPaymentFacts(actor, query.asOf, query.hindsight),
    loadAcceptances(query.asOf, query.hindsight),
  ]);
  const decisions = movableDecisions(facts.decisions);
  const trusts = new Map(facts.trusts.map((t) => [t.id, t]));
  const goLives = facts.goLives
    .filter((g) => trusts.get(g.trustId)?.isRolloutTarget)
    .map((g) => ({ id: g.id, label: goLiveInWords({ scope: g.scope, trust: trusts.get(g.trustId)! }) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  let outcome: WhatIfResult = { result: null, error: null };
  const s = query.scenario;
  if (s) {
    try {
      if (s.kind === "decision") {
        const decision = decisions.find((d) => d.key === s.decisionKey);
        if (!decision) throw new ScenarioError("decision", "Choose a halt or resume from the list");
        outcome = { result: runWhatIf(facts, payments, acceptances, { kind: "decision", decisionId: decision.id, date: s.date }, query.asOf), error: null };
      } else {
        outcome = {
          result: runWhatIf(facts, payments, acceptances, { kind: "plan", goLiveId: s.goLiveId, date: { date: s.date, precision: "DAY" } }, query.asOf),
          error: null,
        };
      }
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      outcome = { result: null, error: { field: error.field, message: error.message } };
    }
  }
  return { decisions, goLives, ...outcome };
}

/** Problems reported by the date, with their trust and sources, for the board pack. */
export async function loadPackProblems(actor: Actor | null, asOf: string, db: Db): Promise<PackProblem[]> {
  assertCan(actor, "rollout.read");
  const rows = await db.problem.findMany({
    where: { reportedOn: { lte: new Date(`${asOf}T00:00:00.000Z`) } },
    orderBy: [{ reportedOn: "asc" }, { id: "asc" }],
    select: {
      ...PROBLEM_SELECT,
      trust: { select: { name: true } },
      sources: { select: { key: true, title: true, publisher: true, publishedOn: true, publishedPrecision: true, url: true } },
    },
  });
  return rows.map((p) => ({
    ...rowKnowledge(p, p.sources.map(toSourceRef), { own: { date: isoFromDbDate(p.reportedOn), precision: p.precision } }),
    trustId: p.trustId,
    goLiveId: p.goLiveId,
    reported: { date: isoFromDbDate(p.reportedOn), precision: p.precision },
    description: p.description,
    trustName: p.trust.name,
    sources: p.sources.map(toSourceRef),
  }));
}

/**
 * What became known after `since` and by the meeting on `to`, as it stood (a pack's changes), read from
 * the plans changed in that window and every decision, with nothing else of a pack: the comparison of
 * two issued packs needs only this.
 */
export async function loadPackChanges(actor: Actor | null, window: { since: string; to: string }, db: Db = getDb()): Promise<PackChange[]> {
  const view = { asOf: window.to, hindsight: false };
  const [facts, problems] = await Promise.all([
    loadCostRecord(actor, view, db, { rows: false, forCosts: false, changedSince: window.since, allDecisions: true }),
    loadPackProblems(actor, window.to, db),
  ]);
  return packChanges({ facts, problems: problems.map((p) => asRead(p, false)) }, window);
}

export interface PackRequest {
  since?: string;
  to: string;
  decisionKey?: string;
  /** everything known now rather than what was known on the meeting date (lib/domain/knowledge.ts) */
  hindsight?: boolean;
}

/**
 * The board pack for the meeting on `to`: changes since `since`, or since the decision took effect, and
 * the corrections recorded in the dashboard after the last issued pack (or after `correctionsAfter`).
 * `db` is a transaction's client when a pack is issued, so what is stored is what this read saw.
 */
export async function loadBoardPack(actor: Actor | null, query: PackRequest, db?: Db) {
  assertCan(actor, "rollout.read");
  // Issuing a pack (or the generator) reads with its own client: that read is never shared.
  if (db) return readBoardPack(actor, query, db, true);
  return keptUntilTheRecordChanges("board-pack", { max: 8 }, query, () => readBoardPack(actor, query, getDb(), false));
}

/** `own`: the caller's own client (issuing a pack, the generator), whose reads are its own and never shared. */
async function readBoardPack(actor: Actor | null, query: PackRequest, db: Db, own: boolean) {
  const view = { asOf: query.to, hindsight: query.hindsight ?? false };
  // For a decision, the changes listed are those since it took effect: known before the record is read,
  // so that the read takes only the plans the pack states (loadCostRecord, and those changed since).
  const keyed = query.decisionKey ? ((await readDecisionRows(db, { key: query.decisionKey }))[0] ?? null) : null;
  const changedSince = query.since ?? (keyed ? addDaysIso(decisionEffectiveFromOf(keyed), -1) : query.to);
  // the exceptions (decision 020) need nothing else the pack reads: read beside it. A pack being issued reads them in
  // its transaction; otherwise they are shared.
  const exceptionsRead = loadExceptions(actor, view, own ? { db } : {});
  // awaited below; a pack not found returns before, and must not leave a failed read unhandled
  exceptionsRead.catch(() => undefined);
  const [facts, payments, problems, conflicts, lastIssued] = await Promise.all([
    loadCostRecord(actor, view, db, { rows: true, changedSince, allDecisions: true }),
    loadPaymentFacts(actor, query.to, view.hindsight, db),
    loadPackProblems(actor, query.to, db),
    listConflicts(actor, "open", view, db),
    db.issuedPack.findFirst({ orderBy: [{ issuedAt: "desc" }, { id: "desc" }], select: { issuedAt: true } }),
  ]);
  const decision = query.decisionKey ? (facts.decisions.find((d) => d.key === query.decisionKey) ?? null) : null;
  if (query.decisionKey && !decision) return { notFound: true as const, facts };
  const since = changedSince;
  const correctionsSince = lastIssued?.issuedAt ?? null;
  const [corrections, trends, exceptions] = await Promise.all([
    loadCorrections(actor, { after: correctionsSince }, db),
    loadPackTrends(actor, { since: changedSince, to: query.to }, db),
    exceptionsRead,
  ]);
  const packConflicts: PackConflict[] = conflicts.map((c) => ({
    key: c.key,
    question: c.question,
    claims: c.claims.map((x) => ({ claim: x.claim, source: x.source })),
  }));
  const pack = {
    ...buildBoardPack(
      {
        facts,
        problems: problems.map((p) => asRead(p, view.hindsight)),
        payments,
        conflicts: packConflicts,
        corrections: { since: correctionsSince?.toISOString() ?? null, list: corrections },
      },
      { since, to: query.to, decision },
    ),
    trends,
    exceptions: packExceptions(exceptions, since),
  };
  return { notFound: false as const, facts, pack };
}
