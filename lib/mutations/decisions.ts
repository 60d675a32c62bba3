import "server-only";
// The board's change: recording a decision (halt, resume, recommendation, postponement, withdrawal).
// A decision is a new fact; nothing already in the record is changed, so there is no version to claim.
import { FieldError } from "../actions/errors";
import type { MutationSpec, Tx } from "../actions/mutation";
import { isFullyLifted } from "../domain/decision-effect";
import { certainFrom, formatPartialDate, intervalOf, isoFromDbDate, todayIso, type PartialDate } from "../domain/dates";
import { decisionCovers } from "../domain/status";
import { parseDecision, type DecisionInput } from "../validation/decisions";
import { decisionFields } from "../derived/facts";
import { readDecisionFacts } from "./decision-facts";
import { freeKey, resolveSource, toDbDate } from "./shared";

function slugify(value: string) {
  return value
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The decided date as far as the record gives it: 2009-03-10, 2009-03 or 2009. */
function dateSlug(pd: PartialDate) {
  return pd.precision === "DAY" ? pd.date : pd.precision === "YEAR" ? pd.date.slice(0, 4) : pd.date.slice(0, 7);
}

/** A key for the address /decisions/{key}: kind, date and title, with a number added if it is taken. */
function uniqueKey(tx: Tx, input: DecisionInput) {
  return freeKey(tx, "decision", slugify(`${input.kind}-${dateSlug(input.decidedOn)}-${slugify(input.title).slice(0, 60)}`).replace(/-+$/, ""));
}

/**
 * The day a source had certainly reported it. The record keeps that as a day: "reported in March
 * 2009" is kept as 31 March 2009 (or today, if the month is not over), so a decision never counts
 * from before the record shows it was known.
 */
function reportedDay(pd: PartialDate): string {
  const end = certainFrom(pd);
  const today = todayIso();
  return end < today ? end : today;
}

export const recordDecision: MutationSpec<DecisionInput> = {
  // An all-London halt rewrites every go-live's status spans: about 0.3 s of CPU each at national scale (docs/benchmarks.md).
  timeoutMs: 900_000,
  permission: "decision.record",
  action: "decision.record",
  parse: parseDecision,
  async write(tx, input, actor) {
    const trustIds = input.scope === "NAMED_TRUSTS" ? [...new Set(input.trustIds)] : [];
    const trusts = trustIds.length
      ? await tx.trust.findMany({ where: { id: { in: trustIds } }, select: { id: true, name: true, isRolloutTarget: true }, orderBy: { name: "asc" } })
      : [];
    if (trusts.length !== trustIds.length) throw new FieldError({ trustIds: "Select trusts that are in the record" });

    let lifts: { id: number; key: string; title: string } | null = null;
    if (input.liftsId !== null) {
      const decisions = await readDecisionFacts(tx);
      const halt = decisions.find((d) => d.id === input.liftsId);
      if (!halt || halt.kind !== "HALT") throw new FieldError({ liftsId: "Select a halt that is in the record" });
      if (isFullyLifted(halt, decisions)) throw new FieldError({ liftsId: `That halt (${halt.title}) has already been lifted: select a halt still in force` });
      if (intervalOf(input.decidedOn).end < intervalOf(halt.decided).start) {
        throw new FieldError({ decidedOn: `Date decided must be on or after the halt it lifts (${formatPartialDate(halt.decided)})` });
      }
      const outside = trusts.filter((t) => !decisionCovers(halt, { trustId: t.id, isRolloutTarget: t.isRolloutTarget }));
      if (outside.length > 0) {
        throw new FieldError({ trustIds: `The halt did not cover ${outside.map((t) => t.name).join(", ")}: select trusts it held` });
      }
      lifts = await tx.decision.findUniqueOrThrow({ where: { id: halt.id }, select: { id: true, key: true, title: true } });
    }

    const sourceId = await resolveSource(tx, input, actor);
    const key = await uniqueKey(tx, input);
    const reportedOn = input.reportedOn ? reportedDay(input.reportedOn) : null;
    const decision = await tx.decision.create({
      data: {
        key,
        kind: input.kind,
        title: input.title,
        decidedOn: toDbDate(input.decidedOn),
        decidedPrecision: input.decidedOn.precision,
        reportedOn: reportedOn ? new Date(`${reportedOn}T00:00:00.000Z`) : null,
        body: input.body,
        scope: input.scope,
        rationale: input.rationale,
        liftsId: lifts?.id ?? null,
        ...(input.commitment && input.commitmentDueOn
          ? {
              commitment: input.commitment,
              commitmentDueOn: toDbDate(input.commitmentDueOn),
              commitmentDuePrecision: input.commitmentDueOn.precision,
              commitmentDueLabel: input.commitmentDueLabel ?? null,
              commitmentByKind: input.commitmentByKind ?? null,
              commitmentMetOn: input.commitmentMetOn ? toDbDate(input.commitmentMetOn) : null,
              commitmentMetPrecision: input.commitmentMetOn?.precision ?? null,
              commitmentMetNote: input.commitmentMetNote ?? null,
            }
          : {}),
        certainty: input.certainty,
        certaintyNote: input.certaintyNote ?? null,
        trusts: { connect: trusts.map((t) => ({ id: t.id })) },
        sources: { connect: [{ id: sourceId }] },
      },
      select: {
        ...decisionFields,
        commitment: true,
        commitmentDueLabel: true,
        commitmentByKind: true,
        commitmentMetNote: true,
      },
    });
    const { decidedOn, decidedPrecision, ...recorded } = decision;
    return {
      entity: "Decision",
      entityId: String(decision.id),
      before: null,
      after: {
        ...recorded,
        decidedOn: { date: isoFromDbDate(decidedOn), precision: decidedPrecision },
        reportedOn: decision.reportedOn ? isoFromDbDate(decision.reportedOn) : null,
        trusts: trusts.map((t) => t.name),
        lifts: lifts ? { key: lifts.key, title: lifts.title } : null,
        commitmentDueOn: input.commitment ? input.commitmentDueOn : null,
        commitmentMetOn: input.commitment ? input.commitmentMetOn : null,
        sourceId,
      },
      redirectTo: `/decisions/${key}`,
      // Only halts, withdrawals and the resumes that lift a halt bear on a status (lib/domain/status.ts).
      touches: input.kind !== "HALT" && input.kind !== "WITHDRAW" && !lifts ? undefined : input.scope === "ALL_LONDON" ? { allGoLives: true } : { trustIds },
      revalidate: ["/", "/decisions", "/timeline", "/board/promises", ...(lifts ? [`/decisions/${lifts.key}`] : [])],
    };
  },
};
