import "server-only";
// Milestone trend analysis (/board/trends, docs/decisions/018): the chosen trusts' go-lives with their whole
// history, read once per version of the record, and their forecasts at each reporting date worked out by the
// same status rules as every page (lib/domain/milestone-trends.ts).
import { Prisma } from "../generated/prisma/client";
import { assertCan, type Actor } from "../auth/permissions";
import { getDb } from "../db";
import { addDays, certainFrom, isoFromDbDate, type Precision } from "../domain/dates";
import {
  milestoneTrends,
  reportingDates,
  trendMarkers,
  type GoLiveTrend,
  type PackTrends,
  type TrendInterval,
  type TrendMarker,
} from "../domain/milestone-trends";
import { planCountedOnSql, type Reader } from "../derived/facts";
import { keptUntilTheRecordChanges } from "../server/record-cache";
import { listTrusts } from "./lists";
import { loadRolloutFacts } from "./rollout";

/** Go-lives drawn when no trust is chosen: those re-planned most by the page's date. */
export const TRENDS_DEFAULT_GO_LIVES = 5;

export interface TrendsResult {
  /** the trusts of the rollout, for the form */
  options: { slug: string; name: string }[];
  /** the trusts drawn */
  chosen: { slug: string; name: string }[];
  /** slugs asked for that name no trust of the rollout */
  unknown: string[];
  /** no trust was asked for: the ones re-planned most were chosen */
  defaulted: boolean;
  range: { from: string; to: string } | null;
  dates: string[];
  trends: GoLiveTrend[];
  markers: TrendMarker[];
  baselines: { key: string; name: string; on: string }[];
}

export async function loadMilestoneTrends(
  actor: Actor | null,
  query: { asOf: string; interval: TrendInterval; trusts: readonly string[] },
): Promise<TrendsResult> {
  assertCan(actor, "rollout.read");
  const key = { asOf: query.asOf, interval: query.interval, trusts: [...query.trusts] };
  return keptUntilTheRecordChanges("trends", { max: 16 }, key, () => readMilestoneTrends(actor, key));
}

async function readMilestoneTrends(actor: Actor | null, query: { asOf: string; interval: TrendInterval; trusts: string[] }): Promise<TrendsResult> {
  const db = getDb();
  const options = (await listTrusts(actor)).filter((t) => t.isRolloutTarget).map((t) => ({ slug: t.slug, name: t.name }));
  const bySlug = new Map(options.map((o) => [o.slug, o]));
  const unknown = query.trusts.filter((s) => !bySlug.has(s));
  const defaulted = query.trusts.length === 0;
  const empty: TrendsResult = { options, chosen: [], unknown, defaulted, range: null, dates: [], trends: [], markers: [], baselines: [] };
  // The go-lives drawn: every go-live of the trusts chosen, or the ones re-planned most.
  const picked = defaulted
    ? await mostReplanned(query.asOf)
    : (
        await db.goLive.findMany({
          where: { trust: { slug: { in: query.trusts.filter((s) => bySlug.has(s)) } } },
          orderBy: { id: "asc" },
          select: { id: true, trustId: true, trust: { select: { slug: true } } },
        })
      ).map((g) => ({ goLiveId: g.id, trustId: g.trustId, slug: g.trust.slug }));
  const slugs = defaulted ? [...new Set(picked.map((p) => p.slug))] : query.trusts.filter((s) => bySlug.has(s));
  const chosen = slugs.map((s) => bySlug.get(s)!);
  if (picked.length === 0) return { ...empty, chosen };
  const facts = await loadRolloutFacts(actor, db, { goLiveIds: picked.map((p) => p.goLiveId), trustIds: [...new Set(picked.map((p) => p.trustId))] });

  // From the first day the record knew anything of these go-lives' plans or go-live, to the page's date, or
  // to a quarter after the last of them went live when all had.
  const known = facts.goLives
    .flatMap((g) => [...g.plans, ...g.actuals].map((f) => f.knownFrom ?? null))
    .filter((d): d is string => d !== null && d <= query.asOf);
  if (known.length === 0) return { ...empty, chosen };
  const from = known.sort()[0]!;
  const firstTrends = milestoneTrends(facts, [query.asOf], query.asOf);
  const allLive = firstTrends.every((t) => t.actual !== null);
  const lastLive =
    firstTrends
      .map((t) => t.actual?.end ?? "")
      .sort()
      .at(-1) ?? query.asOf;
  // all live: to the end of the quarter three months after the last went live (one reading after it)
  const to = allLive ? [query.asOf, quarterEnd(addDays(lastLive, 92))].sort()[0]! : query.asOf;
  const range = { from, to };

  const [meetings, baselines] = await Promise.all([
    boardMeetings(range),
    db.baseline.findMany({
      where: { takenAsOf: { gte: new Date(`${from}T00:00:00Z`), lte: new Date(`${to}T00:00:00Z`) } },
      orderBy: { takenAsOf: "asc" },
      select: { key: true, name: true, takenAsOf: true },
    }),
  ]);
  const dates = reportingDates(query.interval, range, meetings);
  return {
    options,
    chosen,
    unknown,
    defaulted,
    range,
    dates,
    trends: milestoneTrends(facts, dates, query.asOf),
    markers: trendMarkers(facts, query.asOf, range),
    baselines: baselines.map((b) => ({ key: b.key, name: b.name, on: isoFromDbDate(b.takenAsOf) })),
  };
}

/** Go-lives a board pack draws the trends of (decision 018): at most this many. */
export const PACK_TRENDS_GO_LIVES = 8;
/** Quarters a board pack reads the forecasts at, up to its meeting. */
export const PACK_TRENDS_QUARTERS = 8;

/**
 * The milestone trends a board pack carries: the go-lives with the most plans that became known after the last
 * pack and by the meeting (as it stood, whatever the pack's view: a trend is what was known at each date), their
 * forecasts at the last PACK_TRENDS_QUARTERS quarters' ends up to the meeting. `db` is the issuing transaction's
 * client when a pack is issued.
 */
export async function loadPackTrends(actor: Actor | null, window: { since: string; to: string }, db: Reader = getDb()): Promise<PackTrends> {
  assertCan(actor, "rollout.read");
  const picked = await db.$queryRaw<{ goLiveId: number; trustId: number }[]>`SELECT g.id AS "goLiveId", g."trustId" FROM "GoLivePlan" p
    JOIN "GoLive" g ON g.id = p."goLiveId" JOIN "Trust" t ON t.id = g."trustId"
    WHERE t."isRolloutTarget" AND ${planCountedOnSql(window.to, false)} AND NOT (${planCountedOnSql(window.since, false)})
    GROUP BY g.id, g."trustId" ORDER BY count(*) DESC, g.id LIMIT ${PACK_TRENDS_GO_LIVES}`;
  if (picked.length === 0) return { dates: [], rows: [] };
  const facts = await loadRolloutFacts(actor, db, { goLiveIds: picked.map((p) => p.goLiveId), trustIds: [...new Set(picked.map((p) => p.trustId))] });
  const dates = reportingDates("quarter", { from: addDays(window.to, -366 * 3), to: window.to }).slice(-PACK_TRENDS_QUARTERS);
  return { dates, rows: milestoneTrends(facts, dates, window.to) };
}

/** The TRENDS_DEFAULT_GO_LIVES go-lives of the rollout with the most plans the record knew by the date. */
async function mostReplanned(asOf: string): Promise<{ goLiveId: number; trustId: number; slug: string }[]> {
  return getDb().$queryRaw<{ goLiveId: number; trustId: number; slug: string }[]>`SELECT g.id AS "goLiveId", t.id AS "trustId", t.slug FROM "GoLivePlan" p
    JOIN "GoLive" g ON g.id = p."goLiveId" JOIN "Trust" t ON t.id = g."trustId"
    WHERE t."isRolloutTarget" AND ${planCountedOnSql(asOf, false)}
    GROUP BY g.id, t.id, t.slug ORDER BY count(*) DESC, t.slug, g.id LIMIT ${TRENDS_DEFAULT_GO_LIVES}`;
}

/** The last day of the quarter a day falls in. */
function quarterEnd(iso: string): string {
  const [y, m] = iso.split("-").map(Number) as [number, number];
  const lastMonth = m + 2 - ((m - 1) % 3); // 3, 6, 9 or 12
  return addDays(`${lastMonth === 12 ? y + 1 : y}-${String(lastMonth === 12 ? 1 : lastMonth + 1).padStart(2, "0")}-01`, -1);
}

/**
 * The board's meetings in the range, as the record has them: the day of each decision, or the last day of
 * its month (or quarter, or year) when the record gives no day (the first day it had certainly been taken:
 * no meeting day is made up), and the meetings board packs were issued for.
 */
async function boardMeetings(range: { from: string; to: string }): Promise<string[]> {
  const [decided, packs] = await Promise.all([
    getDb().$queryRaw<{ on: Date; precision: Precision }[]>`SELECT DISTINCT d."decidedOn" AS "on", d."decidedPrecision" AS precision FROM "Decision" d
      WHERE d."decidedOn" BETWEEN (${range.from}::date - 366) AND ${range.to}::date`,
    getDb().$queryRaw<{ on: Date }[]>(
      Prisma.sql`SELECT DISTINCT p."meetingDate" AS "on" FROM "IssuedPack" p WHERE p."meetingDate" BETWEEN ${range.from}::date AND ${range.to}::date`,
    ),
  ]);
  return [...decided.map((d) => certainFrom({ date: isoFromDbDate(d.on), precision: d.precision })), ...packs.map((p) => isoFromDbDate(p.on))];
}
