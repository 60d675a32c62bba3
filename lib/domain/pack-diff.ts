// What we know now that we did not then: an issued pack's structured model beside the same pack
// rebuilt from today's record (docs/decisions/014). Pure: both packs are given.
import type { BoardPack, PackChange } from "./board-pack";
import { formatPartialDate } from "./dates";
import { RATING_LABEL } from "./rag";
import { goLiveInWords } from "./record-names";
import type { OverviewRow, SourceRef } from "./rollout";
import { STATUS_LABEL } from "./status";

/** A go-live's latest plan or go-live in words, as the pack prints it. */
export function describeLatest(row: Pick<OverviewRow, "derived" | "latestPlanned">): string {
  const live = row.derived.actuals[0];
  if (live) return `Live ${formatPartialDate(live.wentLive)}`;
  return row.latestPlanned ? `Planned ${formatPartialDate(row.latestPlanned)}` : "Not known";
}

export type GoLiveField = "Status" | "Rating" | "Latest plan or go-live";

export interface GoLiveDifference {
  goLiveId: number;
  trust: string;
  scope: string;
  field: GoLiveField;
  then: string;
  now: string;
}

export interface PackDiff {
  goLives: GoLiveDifference[];
  /** go-lives in one pack's status table and not the other's, by name */
  goLivesAdded: string[];
  goLivesRemoved: string[];
  changesAdded: PackChange[];
  changesRemoved: PackChange[];
  inForceAdded: { key: string; title: string }[];
  inForceRemoved: { key: string; title: string }[];
  sourcesAdded: SourceRef[];
  sourcesRemoved: SourceRef[];
}

type Comparable = Pick<BoardPack, "status" | "changes" | "inForce" | "sources">;

const rowWords = (r: OverviewRow): Record<GoLiveField, string> => ({
  Status: STATUS_LABEL[r.derived.status] ?? String(r.derived.status),
  Rating: r.rating ? (RATING_LABEL[r.rating.rating] ?? String(r.rating.rating)) : "Not known",
  "Latest plan or go-live": describeLatest(r),
});
const rowName = (r: OverviewRow) => goLiveInWords(r);
const changeKey = (c: PackChange) => [c.kind, c.on.date, c.on.precision, c.trust ?? "", c.text].join("\u0000");

function added<T>(now: readonly T[], then: readonly T[], key: (x: T) => string): T[] {
  const before = new Set(then.map(key));
  return now.filter((x) => !before.has(key(x)));
}

/** Every difference between the pack as issued (`then`) and as rebuilt now, in the packs' own orders. */
export function diffPacks(then: Comparable, now: Comparable): PackDiff {
  const thenRows = new Map(then.status.map((r) => [r.goLiveId, r]));
  const goLives: GoLiveDifference[] = [];
  for (const r of now.status) {
    const old = thenRows.get(r.goLiveId);
    if (!old) continue;
    const [a, b] = [rowWords(old), rowWords(r)];
    for (const field of ["Status", "Rating", "Latest plan or go-live"] as const) {
      if (a[field] !== b[field]) goLives.push({ goLiveId: r.goLiveId, trust: r.trust.name, scope: r.scope, field, then: a[field], now: b[field] });
    }
  }
  const byId = (r: OverviewRow) => String(r.goLiveId);
  const decision = (d: { key: string; title: string }) => ({ key: d.key, title: d.title });
  return {
    goLives,
    goLivesAdded: added(now.status, then.status, byId).map(rowName),
    goLivesRemoved: added(then.status, now.status, byId).map(rowName),
    changesAdded: added(now.changes, then.changes, changeKey),
    changesRemoved: added(then.changes, now.changes, changeKey),
    inForceAdded: added(now.inForce, then.inForce, (d) => d.key).map(decision),
    inForceRemoved: added(then.inForce, now.inForce, (d) => d.key).map(decision),
    sourcesAdded: added(now.sources, then.sources, (s) => s.key),
    sourcesRemoved: added(then.sources, now.sources, (s) => s.key),
  };
}

/** True when the two packs say the same thing in every part compared. */
export const isSamePack = (d: PackDiff) =>
  [d.goLives, d.goLivesAdded, d.goLivesRemoved, d.changesAdded, d.changesRemoved, d.inForceAdded, d.inForceRemoved, d.sourcesAdded, d.sourcesRemoved].every(
    (x) => x.length === 0,
  );
