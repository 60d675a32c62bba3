import "server-only";
// What the go-live changes share: taking the record's version (no lost updates), the source a
// fact rests on, and the words for what someone else changed.
import { formatPartialDate, isoFromDbDate, type PartialDate } from "../domain/dates";
import { describePlanned } from "../domain/rollout";
import { ConflictError, FieldError } from "../actions/errors";
import type { Tx } from "../actions/mutation";
import type { SourceChoice } from "../validation/common";
import type { Actor } from "../auth/permissions";

export const toDbDate = (pd: PartialDate) => new Date(`${pd.date}T00:00:00.000Z`);

const goLiveSnapshotSelect = {
  id: true,
  version: true,
  scope: true,
  trustId: true,
  trust: { select: { id: true, slug: true, name: true, isRolloutTarget: true } },
  plans: { orderBy: { sequence: "desc" }, take: 1, select: { sequence: true, plannedOn: true, plannedPrecision: true, plannedLabel: true } },
  actuals: {
    where: { supersededAt: null },
    orderBy: { wentLiveOn: "asc" },
    select: { id: true, wentLiveOn: true, precision: true, certainty: true, sources: { select: { id: true, publisher: true }, take: 1 } },
  },
  acceptances: { orderBy: { acceptedOn: "asc" }, select: { acceptedOn: true, precision: true } },
} as const;

export async function readGoLive(tx: Tx, goLiveId: number) {
  const goLive = await tx.goLive.findUnique({ where: { id: goLiveId }, select: goLiveSnapshotSelect });
  if (!goLive) throw new FieldError({ goLiveId: "Select a go-live that is in the record" });
  return goLive;
}

export type GoLiveSnapshot = Awaited<ReturnType<typeof readGoLive>>;

export function describeGoLive(g: GoLiveSnapshot) {
  const latest = g.plans[0];
  return {
    version: g.version,
    latestPlan: latest
      ? describePlanned(latest.plannedOn ? { date: isoFromDbDate(latest.plannedOn), precision: latest.plannedPrecision ?? "DAY" } : null, latest.plannedLabel)
      : "none",
    wentLive: g.actuals.map((a) => formatPartialDate({ date: isoFromDbDate(a.wentLiveOn), precision: a.precision })),
    accepted: g.acceptances.map((a) => formatPartialDate({ date: isoFromDbDate(a.acceptedOn), precision: a.precision })),
  };
}

/**
 * Claims the go-live at the version the form was opened with, or refuses with what changed since.
 * The version goes up inside the caller's transaction, so of two saves from the same version one wins.
 */
export async function claimGoLive(tx: Tx, goLiveId: number, version: number): Promise<GoLiveSnapshot> {
  const before = await readGoLive(tx, goLiveId);
  const claimed = await tx.goLive.updateMany({ where: { id: goLiveId, version }, data: { version: { increment: 1 } } });
  if (claimed.count === 1) return before;
  const current = await readGoLive(tx, goLiveId);
  const last = await tx.auditEvent.findFirst({
    where: { entity: "GoLive", entityId: String(goLiveId), outcome: "APPLIED" },
    orderBy: { occurredAt: "desc" },
    select: { actor: true, occurredAt: true, action: true },
  });
  const described = describeGoLive(current);
  const changes = [
    ...(last
      ? [{ label: "Last change", current: `${last.action} by ${last.actor} at ${last.occurredAt.toISOString().replace("T", " ").slice(0, 16)} UTC` }]
      : []),
    { label: "Latest plan now", current: described.latestPlan },
    { label: "Actual go-live now", current: described.wentLive.join(" or ") || "not recorded" },
    { label: "Accepted as fit for purpose", current: described.accepted.join(", ") || "not recorded" },
  ];
  throw new ConflictError("GoLive", String(goLiveId), changes, described);
}

/** A URL-safe key from words: lower case, ASCII letters and digits joined by hyphens. */
export function slugify(value: string) {
  return (
    value
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "source"
  );
}

type KeyedTable = "source" | "baseline" | "decision" | "conflict" | "issuedPack" | "tolerance";

async function keysLike(tx: Tx, table: KeyedTable, base: string): Promise<string[]> {
  const where = { key: { startsWith: base } };
  const rows =
    table === "tolerance"
      ? await tx.tolerance.findMany({ where, select: { key: true } })
      : table === "source"
        ? await tx.source.findMany({ where, select: { key: true } })
        : table === "baseline"
          ? await tx.baseline.findMany({ where, select: { key: true } })
          : table === "conflict"
            ? await tx.conflict.findMany({ where, select: { key: true } })
            : table === "issuedPack"
              ? await tx.issuedPack.findMany({ where, select: { key: true } })
              : await tx.decision.findMany({ where, select: { key: true } });
  return rows.map((r) => r.key);
}

/**
 * A key for the address of a new source, baseline, decision or issued pack: the words, or the words with the
 * lowest free number (-2, -3 …). An advisory lock on the words makes two saves with the same words
 * take turns, so the second sees the first's key: unique by construction, not by luck.
 */
export async function freeKey(tx: Tx, table: KeyedTable, base: string): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`key:${table}:${base}`}))`;
  const taken = new Set(await keysLike(tx, table, base));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** The source's id: the one chosen, or a new source written in the same transaction. */
export async function resolveSource(tx: Tx, choice: SourceChoice, actor: Actor, published?: PartialDate | null): Promise<number> {
  if (choice.sourceId) {
    const found = await tx.source.findUnique({ where: { id: choice.sourceId }, select: { id: true } });
    if (!found) throw new FieldError({ sourceId: "Select a source that is in the record" });
    return found.id;
  }
  const source = await tx.source.create({
    data: {
      key: await freeKey(tx, "source", slugify(`${choice.newSourcePublisher}-${choice.newSourceTitle}`)),
      title: choice.newSourceTitle!,
      publisher: choice.newSourcePublisher!,
      url: choice.newSourceUrl ?? null,
      publishedOn: published ? toDbDate(published) : null,
      publishedPrecision: published?.precision ?? null,
    },
    select: { id: true, key: true, title: true },
  });
  await tx.auditEvent.create({
    data: {
      actor: actor.email,
      actorId: actor.id,
      action: "source.add",
      entity: "Source",
      entityId: String(source.id),
      after: { ...source, publisher: choice.newSourcePublisher, url: choice.newSourceUrl ?? null },
    },
  });
  return source.id;
}

/** The latest day on which the trust had already gone live, if it has. */
export async function previousGoLiveOf(tx: Tx, trustId: number): Promise<PartialDate | null> {
  const latest = await tx.goLiveActual.findFirst({
    where: { goLive: { trustId }, supersededAt: null },
    orderBy: { wentLiveOn: "desc" },
    select: { wentLiveOn: true, precision: true },
  });
  return latest ? { date: isoFromDbDate(latest.wentLiveOn), precision: latest.precision } : null;
}
