import "server-only";
// Tolerances and the exceptions they raise (docs/decisions/020): read for a page, a trust or a board pack, as the
// view reads the record on its date. Exceptions are worked out by the pure rules (lib/domain/tolerances.ts) and
// kept until the record changes (decision 017); with no tolerance in force nothing else is read.
import { assertCan, type Actor } from "../auth/permissions";
import { getDb } from "../db";
import type { PaymentFact } from "../domain/decision-cost";
import { formatIsoDate, isoFromDbDate, todayIso, type PartialDate } from "../domain/dates";
import type { View } from "../domain/knowledge";
import { exceptionsOn, type ToleranceException, type ToleranceFact } from "../domain/tolerances";
import { baselinesBeforeHalts } from "../domain/baseline";
import { readDecisionRows, type Reader } from "../derived/facts";
import { readLeanRecord } from "../derived/lean-record";
import { keptUntilTheRecordChanges, readKept } from "../server/record-cache";
import { listPayments, toPaymentFact } from "./lists";
import { loadLeanRecord } from "./promises";

type TolerancesReader = Pick<ReturnType<typeof getDb>, "tolerance" | "goLive" | "payment" | "$queryRawUnsafe">;

/** Every tolerance ever set, oldest first, with the plans of the baselines they name. */
export async function readTolerances(
  db: TolerancesReader = getDb(),
): Promise<(ToleranceFact & { goLive: { slug: string; trustName: string; scope: string } | null; createdAt: Date })[]> {
  const rows = await db.tolerance.findMany({
    orderBy: [{ agreedOn: "asc" }, { id: "asc" }],
    include: {
      goLive: { select: { scope: true, trust: { select: { slug: true, name: true } } } },
      baseline: {
        select: { key: true, name: true, takenAsOf: true, entries: { select: { goLiveId: true, plannedOn: true, plannedPrecision: true, status: true } } },
      },
    },
  });
  return rows.map((t) => {
    const recorded = todayIso(t.createdAt);
    return {
      id: t.id,
      key: t.key,
      kind: t.kind,
      goLiveId: t.goLiveId,
      slipDays: t.slipDays,
      amount: t.amount === null ? null : Number(t.amount),
      deadline: t.deadline ? isoFromDbDate(t.deadline) : null,
      baseline: t.baseline
        ? {
            key: t.baseline.key,
            name: t.baseline.name,
            takenAsOf: isoFromDbDate(t.baseline.takenAsOf),
            // a go-live live by the baseline's date has nothing to slip against
            plans: new Map(
              t.baseline.entries.map((e): [number, PartialDate | null] => [
                e.goLiveId,
                e.status === "LIVE" || !e.plannedOn ? null : { date: isoFromDbDate(e.plannedOn), precision: e.plannedPrecision ?? "DAY" },
              ]),
            ),
          }
        : null,
      baselineOn: t.baselineOn ? isoFromDbDate(t.baselineOn) : null,
      cleared: t.cleared,
      agreedOn: isoFromDbDate(t.agreedOn),
      reason: t.reason,
      setByEmail: t.setByEmail,
      // known from the day it was recorded: a page for an earlier date, as the record stood, does not apply it
      knownFrom: recorded,
      becameKnown: recorded,
      goLive: t.goLive ? { slug: t.goLive.trust.slug, trustName: t.goLive.trust.name, scope: t.goLive.scope } : null,
      createdAt: t.createdAt,
    };
  });
}

export interface ExceptionsResult {
  exceptions: ToleranceException[];
  /** tolerances that apply on the date, as the view reads it */
  applying: number;
  /** tolerances agreed by the date but recorded after it: applied only with hindsight */
  recordedLater: number;
}

/**
 * The go-lives outside tolerance on the view's date: of the whole rollout, or of one trust's go-lives. `db`: a
 * caller's own client (a pack being issued), read uncached.
 */
export async function loadExceptions(
  actor: Actor | null,
  view: View,
  options: { trustId?: number; db?: Reader & TolerancesReader } = {},
): Promise<ExceptionsResult> {
  assertCan(actor, "rollout.read");
  if (options.db) return readExceptions(actor, view, options.trustId, options.db, false);
  return keptUntilTheRecordChanges("exceptions", { max: 32 }, { ...view, trustId: options.trustId ?? null }, () =>
    readExceptions(actor, view, options.trustId, getDb(), true),
  );
}

/** `shared`: the app's own client, whose whole lean record is kept between reads (a caller's own client reads its own). */
async function readExceptions(
  actor: Actor | null,
  view: View,
  trustId: number | undefined,
  db: Reader & TolerancesReader,
  shared: boolean,
): Promise<ExceptionsResult> {
  const tolerances = await readTolerances(db);
  const agreed = tolerances.filter((t) => t.agreedOn <= view.asOf);
  const applying = view.hindsight ? agreed : agreed.filter((t) => (t.knownFrom ?? "") <= view.asOf);
  const result = { applying: applying.filter((t) => !t.cleared).length, recordedLater: agreed.length - applying.length };
  if (applying.every((t) => t.cleared)) return { exceptions: [], ...result };
  const goLiveIds = trustId === undefined ? undefined : (await db.goLive.findMany({ where: { trustId }, select: { id: true } })).map((g) => g.id);
  if (goLiveIds && goLiveIds.length === 0) return { exceptions: [], ...result };
  const [facts, payments] = await Promise.all([
    // the record lean (lib/derived/lean-record.ts): the rules read no source, reason or note
    goLiveIds || !shared ? readLeanRecord(db, goLiveIds) : loadLeanRecord(),
    applying.some((t) => t.kind === "MONEY") ? listPayments(actor, view, db).then((list) => list.map(toPaymentFact)) : Promise.resolve([] as PaymentFact[]),
  ]);
  const byGoLive = new Map<number, PaymentFact[]>();
  for (const p of payments) if (p.goLiveId !== null) byGoLive.set(p.goLiveId, [...(byGoLive.get(p.goLiveId) ?? []), p]);
  return { exceptions: exceptionsOn(facts, applying, byGoLive, view), ...result };
}

export type ToleranceRecord = Awaited<ReturnType<typeof readTolerances>>[number];

export interface TolerancesPage extends ExceptionsResult {
  /** every tolerance ever set, newest first */
  history: ToleranceRecord[];
  /** those in force on the date, as the view reads the record: the programme's and each go-live's own, by kind */
  inForce: ToleranceRecord[];
}

/** The tolerances page: what is in force on the date, the exceptions, and the whole history. */
export async function loadTolerancesPage(actor: Actor | null, view: View): Promise<TolerancesPage> {
  return readKept(actor, "rollout.read", "tolerances", { max: 16 }, view, async () => {
    const [history, exceptions] = await Promise.all([readTolerances(), loadExceptions(actor, view)]);
    const applying = history.filter((t) => t.agreedOn <= view.asOf && (view.hindsight || (t.knownFrom ?? "") <= view.asOf));
    const latest = new Map<string, ToleranceRecord>();
    for (const t of applying) latest.set(`${t.goLiveId ?? "programme"}|${t.kind}`, t);
    return { ...exceptions, history: [...history].reverse(), inForce: [...latest.values()].filter((t) => !t.cleared) };
  });
}

/** What the form offers: the go-lives of the rollout, and the baselines (the day before each London-wide halt, and those taken). */
export async function loadToleranceFormOptions(actor: Actor | null) {
  assertCan(actor, "tolerance.set");
  const db = getDb();
  const [goLives, baselines, halts] = await Promise.all([
    db.goLive.findMany({
      where: { trust: { isRolloutTarget: true } },
      select: { id: true, scope: true, trust: { select: { name: true } } },
      orderBy: [{ trust: { name: "asc" } }, { scope: "asc" }],
    }),
    db.baseline.findMany({ select: { key: true, name: true, takenAsOf: true }, orderBy: [{ takenAsOf: "asc" }, { id: "asc" }] }),
    readDecisionRows(db, { kind: "HALT", scope: "ALL_LONDON" }),
  ]);
  return {
    goLives: goLives.map((g) => ({ id: g.id, label: `${g.trust.name}: ${g.scope}` })),
    baselines: [
      ...baselinesBeforeHalts(halts).map((b) => ({ value: `on:${b.on}`, label: `${b.name} (the record on ${formatIsoDate(b.on)})` })),
      ...baselines.map((b) => ({ value: `baseline:${b.key}`, label: `Baseline taken: ${b.name} (${formatIsoDate(isoFromDbDate(b.takenAsOf))})` })),
    ],
  };
}
