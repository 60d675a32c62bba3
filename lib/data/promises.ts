import "server-only";
// The promises ledger (/board/promises, docs/decisions/019): every dated commitment the record knew on a date and
// what became of it, with the scores by who made them and by trust. Worked out from the whole record by the pure
// rules (lib/domain/promises.ts) once per date and version of the record (decision 017).
import { assertCan, type Actor } from "../auth/permissions";
import { getDb } from "../db";
import { byMaker, byMakerKind, byTrust, promiseScores, promisesLedger, scoreOf, type PromiseRow, type PromiseScore } from "../domain/promises";
import type { Reader } from "../derived/facts";
import { keptUntilTheRecordChanges } from "../server/record-cache";
import { loadRolloutFacts } from "./rollout";

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
export async function loadPromises(actor: Actor | null, asOf: string, db?: Reader): Promise<PromisesLedger> {
  assertCan(actor, "rollout.read");
  if (db) return readPromises(actor, asOf, db);
  return keptUntilTheRecordChanges("promises", { max: 4 }, { asOf }, () => readPromises(actor, asOf, getDb()));
}

async function readPromises(actor: Actor | null, asOf: string, db: Reader): Promise<PromisesLedger> {
  const rows = promisesLedger(await loadRolloutFacts(actor, db), asOf);
  return {
    asOf,
    rows,
    overall: scoreOf("All promises", null, null, rows),
    byMakerKind: promiseScores(rows, byMakerKind),
    byMaker: promiseScores(rows, byMaker),
    byTrust: promiseScores(rows, byTrust),
  };
}
