import "server-only";
// Issued board packs: the list, one pack with its hash checked, the changes between two packs and an
// issued pack beside the same pack rebuilt from today's record (docs/decisions/014).
import { assertCan, type Actor } from "../auth/permissions";
import { getDb } from "../db";
import type { BoardPack, PackChange } from "../domain/board-pack";
import { isoFromDbDate } from "../domain/dates";
import { diffPacks } from "../domain/pack-diff";
import { sha256Hex } from "../mutations/issued-packs";
import { loadBoardPack, loadPackChanges } from "./board";
import { loadCorrections } from "./corrections";
import { readKept } from "../server/record-cache";

const summarySelect = {
  id: true,
  key: true,
  meetingDate: true,
  sinceDate: true,
  decisionKey: true,
  view: true,
  issuedById: true,
  issuedByEmail: true,
  issuedByName: true,
  issuedAt: true,
  contentSha256: true,
} as const;

type SummaryRow = {
  id: number;
  key: string;
  meetingDate: Date;
  sinceDate: Date;
  decisionKey: string | null;
  view: string;
  issuedById: string;
  issuedByEmail: string;
  issuedByName: string;
  issuedAt: Date;
  contentSha256: string;
};

export interface IssuedPackSummary {
  key: string;
  meetingDate: string;
  sinceDate: string;
  decisionKey: string | null;
  view: string;
  issuedByName: string;
  issuedByEmail: string;
  /** ISO timestamp */
  issuedAt: string;
  contentSha256: string;
}

const toSummary = (r: SummaryRow): IssuedPackSummary => ({
  key: r.key,
  meetingDate: isoFromDbDate(r.meetingDate),
  sinceDate: isoFromDbDate(r.sinceDate),
  decisionKey: r.decisionKey,
  view: r.view,
  issuedByName: r.issuedByName,
  issuedByEmail: r.issuedByEmail,
  issuedAt: r.issuedAt.toISOString(),
  contentSha256: r.contentSha256,
});

/** The newest this many are listed. */
export const ISSUED_PACKS_LISTED = 200;

/** Issued packs, the latest meeting first (and the latest issue of a meeting first). */
export async function listIssuedPacks(actor: Actor | null): Promise<{ packs: IssuedPackSummary[]; total: number }> {
  assertCan(actor, "rollout.read");
  const [rows, total] = await Promise.all([
    getDb().issuedPack.findMany({ orderBy: [{ meetingDate: "desc" }, { issuedAt: "desc" }, { id: "desc" }], take: ISSUED_PACKS_LISTED, select: summarySelect }),
    getDb().issuedPack.count(),
  ]);
  return { packs: rows.map(toSummary), total };
}

export interface IssuedPackDetail extends IssuedPackSummary {
  content: string;
  /** the SHA-256 of the content as read now, and whether it is the one stored when issued */
  recomputedSha256: string;
  hashMatches: boolean;
  model: BoardPack;
}

async function findIssuedPack(key: string) {
  const row = await getDb().issuedPack.findUnique({ where: { key }, select: { ...summarySelect, content: true, model: true } });
  if (!row) return null;
  const recomputedSha256 = sha256Hex(row.content);
  return {
    row,
    detail: {
      ...toSummary(row),
      content: row.content,
      recomputedSha256,
      hashMatches: recomputedSha256 === row.contentSha256,
      model: row.model as unknown as BoardPack,
    },
  };
}

/** One issued pack by its key, its hash recomputed from the content as read; null when there is none. */
export async function getIssuedPack(actor: Actor | null, key: string): Promise<IssuedPackDetail | null> {
  return readKept(actor, "rollout.read", "issued-pack", { max: 4 }, key, async () => (await findIssuedPack(key))?.detail ?? null);
}

/** The pack issued before this one: the latest earlier meeting (or the same meeting, issued earlier). */
export async function getPreviousIssuedPack(
  actor: Actor | null,
  pack: Pick<IssuedPackSummary, "key" | "meetingDate" | "issuedAt">,
): Promise<IssuedPackSummary | null> {
  assertCan(actor, "rollout.read");
  const meeting = new Date(`${pack.meetingDate}T00:00:00.000Z`);
  const row = await getDb().issuedPack.findFirst({
    where: { key: { not: pack.key }, OR: [{ meetingDate: { lt: meeting } }, { meetingDate: meeting, issuedAt: { lt: new Date(pack.issuedAt) } }] },
    orderBy: [{ meetingDate: "desc" }, { issuedAt: "desc" }, { id: "desc" }],
    select: summarySelect,
  });
  return row ? toSummary(row) : null;
}

export interface ChangesBetweenPacks {
  earlier: IssuedPackSummary;
  later: IssuedPackSummary;
  /** facts that became known after the earlier meeting and by the later one, as the record now holds them */
  changes: PackChange[];
  /** corrections recorded in the dashboard after the earlier pack was issued and by the time the later one was */
  corrections: Awaited<ReturnType<typeof loadCorrections>>;
}

/** What changed between two issued packs: ordered by meeting date (then by issue), whichever is given first. */
export async function loadChangesBetweenPacks(actor: Actor | null, a: IssuedPackSummary, b: IssuedPackSummary): Promise<ChangesBetweenPacks> {
  return readKept(actor, "rollout.read", "pack-changes", { max: 8 }, [a, b], () => readChangesBetweenPacks(actor, a, b));
}

async function readChangesBetweenPacks(actor: Actor | null, a: IssuedPackSummary, b: IssuedPackSummary): Promise<ChangesBetweenPacks> {
  const [earlier, later] = a.meetingDate < b.meetingDate || (a.meetingDate === b.meetingDate && a.issuedAt <= b.issuedAt) ? [a, b] : [b, a];
  const [changes, corrections] = await Promise.all([
    earlier.meetingDate < later.meetingDate ? loadPackChanges(actor, { since: earlier.meetingDate, to: later.meetingDate }) : [],
    loadCorrections(actor, earlierIssue(earlier, later)),
  ]);
  return { earlier, later, changes, corrections };
}

/** The window of issue times: after the first issued, up to the second (whichever order the meetings are in). */
function earlierIssue(x: IssuedPackSummary, y: IssuedPackSummary) {
  const [first, second] = x.issuedAt <= y.issuedAt ? [x, y] : [y, x];
  return { after: new Date(first.issuedAt), until: new Date(second.issuedAt) };
}

/**
 * An issued pack beside the same pack (same meeting, since date and decision) rebuilt from the record
 * now, with hindsight: what we know now about that date that we did not then (lib/domain/knowledge.ts).
 */
export async function loadPackComparison(actor: Actor | null, pack: IssuedPackDetail) {
  return readKept(actor, "rollout.read", "pack-comparison", { max: 8 }, { key: pack.key, issuedAt: pack.issuedAt }, () => readPackComparison(actor, pack));
}

async function readPackComparison(actor: Actor | null, pack: IssuedPackDetail) {
  const [now, corrections] = await Promise.all([
    loadBoardPack(actor, { since: pack.sinceDate, to: pack.meetingDate, decisionKey: pack.decisionKey ?? undefined, hindsight: true }),
    loadCorrections(actor, { after: new Date(pack.issuedAt) }),
  ]);
  if (now.notFound) return { decisionGone: true as const, corrections };
  return { decisionGone: false as const, diff: diffPacks(pack.model, now.pack), corrections };
}
