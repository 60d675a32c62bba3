import "server-only";
import type { MutationSpec } from "../actions/mutation";
import { FieldError } from "../actions/errors";
import { baselineOnRecord } from "../data/baselines";
import { parseBaseline, type BaselineInput } from "../validation/baselines";
import { freeKey, slugify, toDbDate } from "./shared";

/** A board member takes a baseline: every go-live's plan as the record stood on the date, kept as it was. */
export const takeBaseline: MutationSpec<BaselineInput> = {
  permission: "baseline.record",
  action: "baseline.take",
  parse: parseBaseline,
  async write(tx, input, actor) {
    if (await tx.baseline.findFirst({ where: { name: { equals: input.name, mode: "insensitive" } }, select: { id: true } })) {
      throw new FieldError({ name: "A baseline with this name already exists: choose another name" });
    }
    // Read in the same transaction: the snapshot is the record as this change saw it.
    // The plans as the record stood on the baseline's date: nothing known only later (lib/domain/knowledge.ts).
    const snapshot = await baselineOnRecord(actor, { asOf: input.takenAsOf.date, hindsight: false }, input.name, tx);
    const baseline = await tx.baseline.create({
      data: {
        key: await freeKey(tx, "baseline", slugify(`baseline ${input.name}`)),
        name: input.name,
        description: input.description ?? null,
        takenAsOf: toDbDate(input.takenAsOf),
        takenBy: actor.email,
        entries: {
          create: snapshot.plans.map((p) => ({
            goLiveId: p.goLiveId,
            planId: p.planId,
            plannedOn: p.planned ? toDbDate(p.planned) : null,
            plannedPrecision: p.planned?.precision ?? null,
            plannedLabel: p.plannedLabel,
            status: p.status,
            plansMade: p.plansMade,
          })),
        },
      },
      select: { id: true, key: true, name: true },
    });
    return {
      entity: "Baseline",
      entityId: String(baseline.id),
      before: null,
      after: { key: baseline.key, name: baseline.name, takenAsOf: input.takenAsOf.date, goLives: snapshot.plans.length },
      // The comparison with the new baseline, for today.
      redirectTo: `/board/compare?baseline=${encodeURIComponent(baseline.key)}`,
      revalidate: ["/board/baselines", "/board/compare"],
    };
  },
};
