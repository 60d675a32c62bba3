import "server-only";
// The programme managers' changes to a go-live: re-plan, actual go-live, acceptance; and problems.
import { FieldError } from "../actions/errors";
import type { Change, MutationSpec, Tx } from "../actions/mutation";
import type { Actor, Permission } from "../auth/permissions";
import { formatPartialDate, intervalOf, isoFromDbDate, todayIso, type PartialDate } from "../domain/dates";
import { canBeReplanned } from "../domain/rollout";
import { activeHaltFor } from "../domain/status";
import {
  parseAcceptance,
  parseActual,
  parseProblem,
  parseReplan,
  type AcceptanceInput,
  type ActualInput,
  type ProblemInput,
  type ReplanInput,
} from "../validation/go-lives";
import { readDecisionFacts } from "./decision-facts";
import { claimGoLive, describeGoLive, freeKey, previousGoLiveOf, readGoLive, resolveSource, slugify, toDbDate, type GoLiveSnapshot } from "./shared";

const pagesOf = (slug: string) => ["/", `/trusts/${slug}`, "/timeline"];

/** A change to a go-live, audited against the go-live as it was: back to its trust's history saying what was `saved`. */
function goLiveChange(goLive: GoLiveSnapshot, saved: string, after: unknown, touches?: Change["touches"]): Change {
  return {
    entity: "GoLive",
    entityId: String(goLive.id),
    before: describeGoLive(goLive),
    after,
    redirectTo: `/trusts/${goLive.trust.slug}?saved=${saved}#history`,
    ...(touches ? { touches } : {}),
    revalidate: pagesOf(goLive.trust.slug),
  };
}

/** What a go-live's dated fact (its actual, an acceptance) stores beside its date: when it became known, its note, certainty and source. */
const knownFactData = (
  goLive: GoLiveSnapshot,
  input: { note?: string | null; certainty: AcceptanceInput["certainty"] },
  knownOn: PartialDate,
  sourceId: number,
) => ({
  goLiveId: goLive.id,
  knownOn: toDbDate(knownOn),
  knownPrecision: knownOn.precision,
  note: input.note ?? null,
  certainty: input.certainty,
  sources: { connect: [{ id: sourceId }] },
});

interface Claim {
  wentLiveOn: Date;
  precision: PartialDate["precision"];
  certainty: AcceptanceInput["certainty"];
  sourceId: number | null;
}

/**
 * The go-live's date conflict: the one already open for it, or a new one, with a claim for each
 * record (each source's date). Returns its key, for the audit row.
 */
async function recordGoLiveConflict(
  tx: Tx,
  goLive: { id: number; trustId: number; scope: string; trust: { slug: string; name: string } },
  claims: Claim[],
): Promise<string> {
  const existing = await tx.conflict.findFirst({
    where: { goLiveId: goLive.id, status: "OPEN" },
    select: { id: true, key: true, claims: { select: { position: true, claim: true, sourceId: true } } },
  });
  const label = (c: Claim) => formatPartialDate({ date: isoFromDbDate(c.wentLiveOn), precision: c.precision });
  const conflict =
    existing ??
    (await tx.conflict.create({
      data: {
        key: await freeKey(tx, "conflict", slugify(`${goLive.trust.slug} go-live date`)),
        title: `When ${goLive.trust.name} went live (${goLive.scope})`,
        question: `On what date did ${goLive.trust.name} go live (${goLive.scope})?`,
        note: "Recorded in the dashboard: a second go-live date was recorded as another source's claim.",
        trustId: goLive.trustId,
        goLiveId: goLive.id,
      },
      select: { id: true, key: true, claims: { select: { position: true, claim: true, sourceId: true } } },
    }));
  let position = Math.max(0, ...conflict.claims.map((c) => c.position));
  for (const claim of claims) {
    if (claim.sourceId === null) continue;
    if (conflict.claims.some((c) => c.claim === label(claim) && c.sourceId === claim.sourceId)) continue;
    position += 1;
    await tx.conflictClaim.create({ data: { conflictId: conflict.id, position, claim: label(claim), sourceId: claim.sourceId, certainty: claim.certainty } });
  }
  return conflict.key;
}

/** The day a source was published, as the record gives it, if it does. */
/**
 * The day a go-live or acceptance recorded here became known, stored as such: as typed; left empty,
 * its source's publication (never before the fact itself) or, with an undated source, today. Never
 * "from the start": a fact recorded today changes no past date unless the person says when it was known.
 */
async function resolveKnownOn(tx: Tx, typed: PartialDate | null, sourceId: number, fact: PartialDate): Promise<PartialDate> {
  if (typed) return typed;
  const fromSource = await knownFromSource(tx, sourceId);
  if (fromSource && intervalOf(fromSource).end >= intervalOf(fact).start) return fromSource;
  return { date: todayIso(), precision: "DAY" };
}

async function knownFromSource(tx: Tx, sourceId: number): Promise<PartialDate | null> {
  const source = await tx.source.findUnique({ where: { id: sourceId }, select: { publishedOn: true, publishedPrecision: true } });
  return source?.publishedOn && source.publishedPrecision ? { date: isoFromDbDate(source.publishedOn), precision: source.publishedPrecision } : null;
}

/**
 * A write to one go-live's record (a re-plan, a go-live, an acceptance): it claims the go-live at the version the form
 * was read at before anything else, and is audited under the permission it needs.
 */
function goLiveWrite<T extends { goLiveId: number; version: number }>(
  permission: Extract<Permission, "go-live.replan" | "go-live.record-actual" | "acceptance.record">,
  parse: MutationSpec<T>["parse"],
  write: (tx: Tx, input: T, actor: Actor, goLive: GoLiveSnapshot) => Promise<Change>,
): MutationSpec<T> {
  return {
    permission,
    action: permission,
    parse,
    write: async (tx, input, actor) => write(tx, input, actor, await claimGoLive(tx, input.goLiveId, input.version)),
  };
}

export const replanGoLive = goLiveWrite<ReplanInput>("go-live.replan", parseReplan, async (tx, input, actor, goLive) => {
  if (!canBeReplanned(goLive)) {
    throw new FieldError({ plannedOn: "This go-live has already happened, so it cannot be re-planned. Record a later phase as its own go-live" });
  }
  const previous = await previousGoLiveOf(tx, goLive.trustId);
  if (input.plannedOn && previous && intervalOf(input.plannedOn).end < intervalOf(previous).start) {
    throw new FieldError({ plannedOn: `Planned go-live date must be after the trust's previous go-live (${formatPartialDate(previous)})` });
  }
  const sourceId = await resolveSource(tx, input, actor);
  // When it became known: as the form says; else its source's publication; else today, the day it is
  // recorded. Never "from the start of time": a re-plan recorded today cannot change any past date.
  const fromSource = input.announcedOn ? null : await knownFromSource(tx, sourceId);
  const announcedOn: PartialDate = input.announcedOn ?? fromSource ?? { date: todayIso(), precision: "DAY" };
  if (input.plannedOn && !input.confirmAnnouncedLate && intervalOf(input.plannedOn).end < intervalOf(announcedOn).start) {
    const known = input.announcedOn
      ? `This re-plan was announced ${formatPartialDate(announcedOn)}`
      : `With no date announced, this re-plan counts as known from ${fromSource ? "its source's date" : "today"}, ${formatPartialDate(announcedOn)}`;
    throw new FieldError({
      announcedOn: `${known}, after the date it plans (${formatPartialDate(input.plannedOn)}). Enter the date it was announced, or confirm below that it was announced after that date`,
      confirmAnnouncedLate: "Confirm that the plan was announced after the date it plans, if the record says so",
    });
  }
  const plan = await tx.goLivePlan.create({
    data: {
      goLiveId: goLive.id,
      sequence: (goLive.plans[0]?.sequence ?? 0) + 1,
      plannedOn: input.plannedOn ? toDbDate(input.plannedOn) : null,
      plannedPrecision: input.plannedOn?.precision ?? null,
      plannedLabel: input.plannedLabel ?? (input.hasNoDate ? "postponed with no new date" : null),
      announcedOn: toDbDate(announcedOn),
      announcedPrecision: announcedOn.precision,
      reason: input.reason,
      madeBy: input.madeBy ?? null,
      madeByKind: input.madeByKind ?? null,
      certainty: input.certainty,
      sources: { connect: [{ id: sourceId }] },
    },
    select: { id: true, sequence: true, plannedLabel: true, reason: true, madeBy: true, madeByKind: true, certainty: true },
  });
  return goLiveChange(
    goLive,
    "replan",
    { plan: { ...plan, plannedOn: input.plannedOn, announcedOn, announcedAsTyped: input.announcedOn, sourceId } },
    {
      goLiveIds: [goLive.id],
    },
  );
});

export const recordActualGoLive = goLiveWrite<ActualInput>("go-live.record-actual", parseActual, async (tx, input, actor, goLive) => {
  const halt = activeHaltFor({ trustId: goLive.trustId, isRolloutTarget: goLive.trust.isRolloutTarget }, await readDecisionFacts(tx), input.wentLiveOn.date);
  if (halt && !input.overrideReason) {
    throw new FieldError({
      overrideReason: `A halt covered ${goLive.trust.name} on that date (${halt.title}). Give the reason it went live anyway, or check the date`,
    });
  }
  // Already recorded as live: never a silent second record. A correction supersedes the earlier
  // record (kept, and still what the record said before today); another source's claim keeps both
  // and lists them side by side in /conflicts.
  const earlier = goLive.actuals;
  if (earlier.length > 0 && !input.secondActual) {
    const recorded = earlier
      .map((a) => `${formatPartialDate({ date: isoFromDbDate(a.wentLiveOn), precision: a.precision })}${a.sources[0] ? ` (${a.sources[0].publisher})` : ""}`)
      .join(" and ");
    throw new FieldError({
      secondActual: `${goLive.trust.name} is already recorded as live on ${recorded}. Choose whether this corrects that record or is another source's claim`,
    });
  }
  const sourceId = await resolveSource(tx, input, actor);
  const knownOn = await resolveKnownOn(tx, input.knownOn, sourceId, input.wentLiveOn);
  const actual = await tx.goLiveActual.create({
    data: {
      ...knownFactData(goLive, input, knownOn, sourceId),
      wentLiveOn: toDbDate(input.wentLiveOn),
      precision: input.wentLiveOn.precision,
      overrideReason: halt ? input.overrideReason! : null,
      createdById: actor.id,
    },
    select: { id: true, note: true, overrideReason: true, certainty: true },
  });
  let superseded: number[] = [];
  let conflictKey: string | null = null;
  if (earlier.length > 0 && input.secondActual === "CORRECTION") {
    superseded = earlier.map((a) => a.id);
    await tx.goLiveActual.updateMany({ where: { id: { in: superseded } }, data: { supersededAt: new Date(), supersededById: actual.id } });
  } else if (earlier.length > 0) {
    conflictKey = await recordGoLiveConflict(tx, goLive, [
      ...earlier.map((a) => ({ wentLiveOn: a.wentLiveOn, precision: a.precision, certainty: a.certainty, sourceId: a.sources[0]?.id ?? null })),
      { wentLiveOn: toDbDate(input.wentLiveOn), precision: input.wentLiveOn.precision, certainty: input.certainty, sourceId },
    ]);
  }
  const after = {
    actual: { ...actual, wentLiveOn: input.wentLiveOn, knownOn, knownAsTyped: input.knownOn, sourceId, heldByHalt: halt?.title ?? null },
    ...(superseded.length ? { superseded } : {}),
    ...(conflictKey ? { conflict: conflictKey } : {}),
  };
  return goLiveChange(goLive, "go-live", after, { goLiveIds: [goLive.id] });
});

export const recordAcceptance = goLiveWrite<AcceptanceInput>("acceptance.record", parseAcceptance, async (tx, input, actor, goLive) => {
  const firstLive = goLive.actuals[0];
  if (!firstLive) throw new FieldError({ acceptedOn: "Record the go-live first: a deployment is accepted only after it has gone live" });
  if (intervalOf(input.acceptedOn).end < firstLive.wentLiveOn.toISOString().slice(0, 10)) {
    throw new FieldError({ acceptedOn: "Date accepted must be on or after the go-live" });
  }
  const sourceId = await resolveSource(tx, input, actor);
  const knownOn = await resolveKnownOn(tx, input.knownOn, sourceId, input.acceptedOn);
  const acceptance = await tx.acceptance.create({
    data: { ...knownFactData(goLive, input, knownOn, sourceId), acceptedOn: toDbDate(input.acceptedOn), precision: input.acceptedOn.precision },
    select: { id: true, note: true, certainty: true },
  });
  return goLiveChange(goLive, "acceptance", { acceptance: { ...acceptance, acceptedOn: input.acceptedOn, knownOn, knownAsTyped: input.knownOn, sourceId } });
});

export const recordProblem: MutationSpec<ProblemInput> = {
  permission: "problem.record",
  action: "problem.record",
  parse: parseProblem,
  async write(tx, input, actor) {
    const trust = await tx.trust.findUnique({ where: { id: input.trustId }, select: { id: true, slug: true, name: true } });
    if (!trust) throw new FieldError({ trustId: "Select a trust that is in the record" });
    if (input.goLiveId) {
      const goLive = await readGoLive(tx, input.goLiveId);
      if (goLive.trustId !== trust.id) throw new FieldError({ goLiveId: `Select one of ${trust.name}'s go-lives` });
    }
    const sourceId = await resolveSource(tx, input, actor);
    const problem = await tx.problem.create({
      data: {
        trustId: trust.id,
        goLiveId: input.goLiveId ?? null,
        reportedOn: toDbDate(input.reportedOn),
        precision: input.reportedOn.precision,
        description: input.description,
        certainty: input.certainty,
        sources: { connect: [{ id: sourceId }] },
      },
      select: { id: true, description: true, certainty: true },
    });
    return {
      entity: "Trust",
      entityId: String(trust.id),
      before: null,
      after: { problem: { ...problem, reportedOn: input.reportedOn, goLiveId: input.goLiveId ?? null, sourceId } },
      redirectTo: `/trusts/${trust.slug}?saved=problem#history`,
      // A problem recorded against the trust as a whole bears on each of its go-lives' ratings.
      touches: input.goLiveId ? { goLiveIds: [input.goLiveId] } : { trustIds: [trust.id] },
      revalidate: pagesOf(trust.slug),
    };
  },
};
