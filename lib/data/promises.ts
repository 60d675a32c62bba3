import "server-only";
// The promises ledger (/board/promises, docs/decisions/019): every dated commitment the record knew on a date and
// what became of it, with the scores by who made them and by trust. Worked out from the whole record by the pure
// rules (lib/domain/promises.ts) once per date and version of the record (decision 017).
import { assertCan, type Actor } from "../auth/permissions";
import { getDb } from "../db";
import { byMaker, byMakerKind, byTrust, promiseScores, promisesLedger, scoreOf, type PromiseRow, type PromiseScore } from "../domain/promises";
import type { Reader } from "../derived/facts";
import { planSources, readLeanRecord, type LeanReader } from "../derived/lean-record";
import { queryRows } from "../exports/reader";
import type { RolloutFacts } from "../domain/rollout";
import { keptUntilTheRecordChanges } from "../server/record-cache";

export interface PromisesLedger {
  asOf: string;
  /** every promise known on the date, in the order they fell due */
  rows: PromiseRow[];
  overall: PromiseScore;
  byMakerKind: PromiseScore[];
  byMaker: PromiseScore[];
  byTrust: PromiseScore[];
}

/** The ledger as the record stood on the date. `db`: a caller's own client (a pack being issued), read uncached. */
export async function loadPromises(actor: Actor | null, asOf: string, db?: LeanReader): Promise<PromisesLedger> {
  assertCan(actor, "rollout.read");
  if (db) return readPromises(asOf, () => readLeanRecord(db));
  return keptUntilTheRecordChanges("promises", { max: 4 }, { asOf }, () => readPromises(asOf, loadLeanRecord));
}

/**
 * The whole record, lean (lib/derived/lean-record.ts), read once per version of the record and shared by every date
 * of the promises ledger and the exceptions: at national scale the reading (200,000 plans) is most of their cost.
 */
export function loadLeanRecord(): Promise<RolloutFacts> {
  // the big queries through the export pool's plain rows where there is one (twice as fast as through the ORM)
  return keptUntilTheRecordChanges("lean-record", { max: 1 }, {}, () => readLeanRecord(getDb(), undefined, queryRows));
}

async function readPromises(asOf: string, record: () => Promise<RolloutFacts>): Promise<PromisesLedger> {
  // The whole record, lean: every plan and go-live with its knowledge date, without the sources a page shows.
  const rows = promisesLedger(await record(), asOf);
  return {
    asOf,
    rows,
    overall: scoreOf("All promises", null, null, rows),
    byMakerKind: promiseScores(rows, byMakerKind),
    byMaker: promiseScores(rows, byMaker),
    byTrust: promiseScores(rows, byTrust),
  };
}

/** The rows with their plans' sources (the lean record leaves them out): for the rows a page or an export shows. */
export async function withSources(actor: Actor | null, rows: readonly PromiseRow[], db: Reader = getDb()): Promise<PromiseRow[]> {
  assertCan(actor, "rollout.read");
  const planId = (r: PromiseRow) => (r.kind === "GO_LIVE" ? Number(r.key.slice("plan-".length)) : null);
  const sources = await planSources(
    db,
    rows.map(planId).filter((id): id is number => id !== null),
  );
  return rows.map((r) => (r.kind === "GO_LIVE" ? { ...r, sources: sources.get(planId(r)!) ?? [] } : r));
}
