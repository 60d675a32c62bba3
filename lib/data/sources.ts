import "server-only";
import { assertCan, type Actor } from "../auth/permissions";
import { getDb } from "../db";
import type { SourceRef } from "../domain/rollout";
import { toSourceRef } from "../derived/facts";

export interface SourceListing extends SourceRef {
  id: number;
  factCount: number;
}

/** Every source in the record with how many facts cite it, oldest first. */
export async function listSources(actor: Actor | null): Promise<SourceListing[]> {
  assertCan(actor, "rollout.read");
  const rows = await getDb().source.findMany({
    orderBy: [{ publishedOn: "asc" }, { title: "asc" }],
    select: {
      id: true,
      key: true,
      title: true,
      publisher: true,
      publishedOn: true,
      publishedPrecision: true,
      url: true,
      _count: {
        select: {
          trusts: true,
          goLives: true,
          plans: true,
          actuals: true,
          decisions: true,
          problems: true,
          acceptances: true,
          payments: true,
          contracts: true,
          contractEvents: true,
        },
      },
    },
  });
  return rows.map((r) => ({ ...toSourceRef(r), id: r.id, factCount: Object.values(r._count).reduce((a, b) => a + b, 0) }));
}
