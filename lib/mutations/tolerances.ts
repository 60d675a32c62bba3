import "server-only";
import type { MutationSpec } from "../actions/mutation";
import { FieldError } from "../actions/errors";
import { parseTolerance, type ToleranceInput } from "../validation/tolerances";
import { freeKey, slugify, toDbDate } from "./shared";

/**
 * A board member sets (or clears) a tolerance. Never an edit: a new row, which replaces the one of its kind and
 * scope in force from the day agreed; the old one stays in the history and in the audit trail.
 */
export const setTolerance: MutationSpec<ToleranceInput> = {
  permission: "tolerance.set",
  action: "tolerance.set",
  parse: parseTolerance,
  async write(tx, input, actor) {
    const goLive =
      input.goLiveId === null
        ? null
        : await tx.goLive.findUnique({
            where: { id: input.goLiveId },
            select: { id: true, scope: true, trust: { select: { slug: true, name: true, isRolloutTarget: true } } },
          });
    if (input.goLiveId !== null && (!goLive || !goLive.trust.isRolloutTarget))
      throw new FieldError({ goLiveId: "Select the whole programme or a go-live of the rollout from the list" });
    const baseline = input.baselineKey
      ? await tx.baseline.findUnique({ where: { key: input.baselineKey }, select: { id: true, key: true, name: true } })
      : null;
    if (input.baselineKey && !baseline) throw new FieldError({ baseline: "Select a baseline that is in the record" });
    const scopeWords = goLive ? `${goLive.trust.slug} ${goLive.scope}` : "programme";
    const key = await freeKey(tx, "tolerance", slugify(`${input.kind} ${scopeWords} ${input.agreedOn.date}`));
    const row = await tx.tolerance.create({
      data: {
        key,
        kind: input.kind,
        goLiveId: goLive?.id ?? null,
        cleared: input.cleared,
        slipDays: input.cleared ? null : input.slipDays,
        amount: input.cleared || input.amount === null ? null : input.amount.toFixed(2),
        deadline: input.cleared || !input.deadline ? null : toDbDate(input.deadline),
        baselineId: input.cleared ? null : (baseline?.id ?? null),
        baselineOn: input.cleared || !input.baselineOn ? null : toDbDate(input.baselineOn),
        agreedOn: toDbDate(input.agreedOn),
        reason: input.reason,
        setById: actor.id,
        setByEmail: actor.email,
      },
      select: { id: true, key: true },
    });
    return {
      entity: "Tolerance",
      entityId: String(row.id),
      before: null,
      after: {
        key: row.key,
        kind: input.kind,
        cleared: input.cleared,
        goLive: goLive ? { id: goLive.id, trust: goLive.trust.slug, scope: goLive.scope } : "programme",
        slipDays: input.slipDays,
        amount: input.amount,
        deadline: input.deadline?.date ?? null,
        baseline: baseline?.key ?? null,
        baselineOn: input.baselineOn?.date ?? null,
        agreedOn: input.agreedOn.date,
        reason: input.reason,
      },
      redirectTo: `/board/tolerances?saved=${encodeURIComponent(row.key)}#tolerance-${row.key}`,
      revalidate: ["/board/tolerances", "/board/pack", "/"],
    };
  },
};
