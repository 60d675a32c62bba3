import "server-only";
import { assertCan, type Actor, type Permission } from "../auth/permissions";
import { getDb } from "../db";
import { formatPartialDate, isoFromDbDate } from "../domain/dates";
import { canBeReplanned, describePlanned } from "../domain/rollout";
import { readKept } from "../server/record-cache";

/** The sources a form offers, newest first, labelled so two with one title can be told apart. */
export async function listSourceOptions(actor: Actor | null) {
  return readKept(actor, "rollout.read", "source-options", { max: 1 }, null, readSourceOptions);
}

async function readSourceOptions() {
  const rows = await getDb().source.findMany({
    orderBy: [{ publishedOn: "desc" }, { title: "asc" }],
    select: { id: true, title: true, publisher: true, publishedOn: true, publishedPrecision: true },
  });
  return rows.map((s) => ({
    id: s.id,
    label: `${s.publisher}${s.publishedOn ? `, ${formatPartialDate({ date: isoFromDbDate(s.publishedOn), precision: s.publishedPrecision ?? "DAY" })}` : ""}: ${s.title}`,
  }));
}

/** A go-live as its forms open it: with the version a later save is checked against. */
export async function getGoLiveForForm(actor: Actor | null, permission: Permission, slug: string, goLiveId: number) {
  assertCan(actor, permission);
  const goLive = await getDb().goLive.findUnique({
    where: { id: goLiveId },
    select: {
      id: true,
      version: true,
      scope: true,
      trust: { select: { id: true, slug: true, name: true, shortName: true } },
      configuration: { select: { name: true } },
      plans: { orderBy: { sequence: "desc" }, take: 1, select: { plannedOn: true, plannedPrecision: true, plannedLabel: true } },
      actuals: {
        where: { supersededAt: null },
        orderBy: { wentLiveOn: "asc" },
        select: { id: true, wentLiveOn: true, precision: true, certainty: true, sources: { select: { id: true, publisher: true }, take: 1 } },
      },
      acceptances: { select: { acceptedOn: true, precision: true } },
    },
  });
  if (!goLive || goLive.trust.slug !== slug) return null;
  const latest = goLive.plans[0];
  return {
    id: goLive.id,
    version: goLive.version,
    scope: goLive.scope,
    trust: goLive.trust,
    configuration: goLive.configuration?.name ?? null,
    latestPlan: latest
      ? describePlanned(latest.plannedOn ? { date: isoFromDbDate(latest.plannedOn), precision: latest.plannedPrecision ?? "DAY" } : null, latest.plannedLabel)
      : null,
    canBeReplanned: canBeReplanned(goLive),
    wentLive: goLive.actuals.map((a) => formatPartialDate({ date: isoFromDbDate(a.wentLiveOn), precision: a.precision })),
    accepted: goLive.acceptances.map((a) => formatPartialDate({ date: isoFromDbDate(a.acceptedOn), precision: a.precision })),
  };
}

export type GoLiveForForm = NonNullable<Awaited<ReturnType<typeof getGoLiveForForm>>>;
