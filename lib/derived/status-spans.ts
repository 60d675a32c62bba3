// The stored runs of each go-live's status (GoLiveStatusSpan), kept equal to what the pure rules
// give (lib/domain/status-spans.ts). Three ways they are written, all through `writeSpans`:
// - a change to the record rewrites the spans of the go-lives it touches, in its own transaction
//   (lib/actions/mutation.ts), under a lock per go-live so two changes cannot interleave;
// - `npm run db:rebuild-derived` rewrites every go-live's from the facts;
// - the start-up (lib/db/prepare.ts) rebuilds them when the stored ones were built by other rules.
// See docs/decisions/015-derived-status-spans.md.
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { statusSpans, type StatusSpan } from "../domain/status-spans";
import { readProblemFacts, readRolloutFacts, type Reader } from "./facts";
import { readAll } from "../db/reads";

/** Bump when a rule the spans store changes (status, rating, row certainty, plans, knowledge): the start-up then rebuilds them. */
export const DERIVED_RULES_VERSION = "status-spans-3";
const STATE_NAME = "status-spans";

type Writer = Reader & Pick<Prisma.TransactionClient, "goLiveStatusSpan" | "derivedState" | "$executeRaw">;

/** What a change touched, for the spans to follow it. */
export type Touched = { goLiveIds?: readonly number[]; trustIds?: readonly number[]; allGoLives?: boolean };

const dbDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** Works out the go-lives' spans from the facts as `db` sees them now, both views. */
export async function computeSpans(db: Reader, goLiveIds: readonly number[]): Promise<StatusSpan[]> {
  if (goLiveIds.length === 0) return [];
  const scope = { goLiveIds };
  const [facts, problems] = await readAll(db, [() => readRolloutFacts(db, scope), () => readProblemFacts(db, scope)]);
  const spans: StatusSpan[] = [];
  for (const goLive of facts.goLives) {
    const own = problems.filter((p) => (p.goLiveId === null ? p.trustId === goLive.trustId : p.goLiveId === goLive.id));
    const covering = facts.decisions.filter((d) => d.kind === "HALT" || d.kind === "WITHDRAW" || d.liftsId !== null);
    const mine = { ...facts, goLives: [goLive], decisions: covering };
    spans.push(...statusSpans(mine, goLive.id, own, false), ...statusSpans(mine, goLive.id, own, true));
  }
  return spans;
}

async function writeSpans(db: Writer, goLiveIds: readonly number[]): Promise<number> {
  const spans = await computeSpans(db, goLiveIds);
  await db.goLiveStatusSpan.deleteMany({ where: { goLiveId: { in: [...goLiveIds] } } });
  await db.goLiveStatusSpan.createMany({
    data: spans.map((s) => ({
      goLiveId: s.goLiveId,
      hindsight: s.hindsight,
      validFrom: dbDate(s.from),
      validTo: s.to ? dbDate(s.to) : null,
      status: s.status,
      certainty: s.certainty,
      rating: s.rating,
      firstPlannedOn: s.firstPlanned ? dbDate(s.firstPlanned.planned.date) : null,
      firstPlannedPrecision: s.firstPlanned?.planned.precision ?? null,
      firstPlannedLabel: s.firstPlanned?.label ?? null,
      latestPlannedOn: s.latestPlanned ? dbDate(s.latestPlanned.planned.date) : null,
      latestPlannedPrecision: s.latestPlanned?.planned.precision ?? null,
      latestPlannedLabel: s.latestPlanned?.label ?? null,
      latestPlanDated: s.latestPlan?.dated ?? null,
      latestPlanLabel: s.latestPlan?.label ?? null,
      wentLiveOn: s.wentLive ? dbDate(s.wentLive.date) : null,
      wentLivePrecision: s.wentLive?.precision ?? null,
    })),
  });
  return spans.length;
}

/** The go-lives a change touched, in id order (the order their locks are taken in). */
async function touchedGoLives(db: Reader, touched: Touched): Promise<number[]> {
  const where = touched.allGoLives ? undefined : { OR: [{ id: { in: [...(touched.goLiveIds ?? [])] } }, { trustId: { in: [...(touched.trustIds ?? [])] } }] };
  const rows = await db.goLive.findMany({ where, select: { id: true }, orderBy: { id: "asc" } });
  return rows.map((r) => r.id);
}

/**
 * Rewrites the spans of the go-lives a change touched, inside the change's transaction. Each
 * go-live's lock is taken (in id order) before its facts are read, so a second change to the same
 * go-live waits, then reads this one's facts once committed.
 */
export async function refreshSpans(tx: Writer, touched: Touched): Promise<void> {
  const ids = await touchedGoLives(tx, touched);
  for (const id of ids) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('status-spans'), ${id}::int)`;
  await writeSpans(tx, ids);
}

/** Rewrites every go-live's spans from the facts, a batch of go-lives per transaction, and records the rules' version. */
export async function rebuildSpans(
  db: PrismaClient,
  options: { batch?: number; log?: (message: string) => void } = {},
): Promise<{ goLives: number; spans: number }> {
  const all = await touchedGoLives(db, { allGoLives: true });
  const batch = options.batch ?? 50;
  let spans = 0;
  for (let i = 0; i < all.length; i += batch) {
    const ids = all.slice(i, i + batch);
    spans += await db.$transaction(
      async (tx) => {
        for (const id of ids) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('status-spans'), ${id}::int)`;
        return writeSpans(tx, ids);
      },
      { timeout: 600_000, maxWait: 60_000 },
    );
    options.log?.(`${Math.min(i + batch, all.length)} of ${all.length} go-lives`);
  }
  await db.derivedState.upsert({
    where: { name: STATE_NAME },
    create: { name: STATE_NAME, version: DERIVED_RULES_VERSION },
    update: { version: DERIVED_RULES_VERSION, builtAt: new Date() },
  });
  return { goLives: all.length, spans };
}

/**
 * The FROM and WHERE of a read of the runs holding `asOf` in the view, one per go-live the page shows:
 * `s` the run, `g` its go-live, `t` the trust and `c` the configuration, with `conditions` on them.
 * Each go-live's run is one index probe (the latest run that starts by the date), so the read costs
 * what the go-lives cost, not what their history costs.
 */
export function spansOnSql(asOf: string, hindsight: boolean, conditions: readonly Prisma.Sql[] = []): Prisma.Sql {
  const where = [Prisma.sql`(s."validTo" IS NULL OR s."validTo" > ${asOf}::date)`, ...conditions];
  return Prisma.sql`FROM "GoLive" g JOIN "Trust" t ON t.id = g."trustId" LEFT JOIN "Configuration" c ON c.id = g."configurationId"
    CROSS JOIN LATERAL (SELECT * FROM "GoLiveStatusSpan" x WHERE x."goLiveId" = g.id AND x.hindsight = ${hindsight} AND x."validFrom" <= ${asOf}::date
      ORDER BY x."validFrom" DESC LIMIT 1) s
    WHERE ${Prisma.join(where, " AND ")}`;
}

/** Whether the stored spans were built by the rules this code runs. */
export async function spansAreCurrent(db: Pick<Writer, "derivedState">): Promise<boolean> {
  const state = await db.derivedState.findUnique({ where: { name: STATE_NAME } });
  return state?.version === DERIVED_RULES_VERSION;
}
