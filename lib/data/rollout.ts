import "server-only";
// The rollout's facts for a signed-in reader: who may read is checked here, the reading itself is
// lib/derived/facts.ts, shared with the derived tables that are rewritten inside a change.
import { assertCan, type Actor } from "../auth/permissions";
import { getDb } from "../db";
import type { View } from "../domain/knowledge";
import { readRecord, type DecisionRecord, type RolloutFacts } from "../domain/rollout";
import { readDecisionRows, readRolloutFacts, type FactScope, type Reader } from "../derived/facts";

/** All the facts the status rules need, or those of the go-lives in `scope` only. */
export async function loadRolloutFacts(actor: Actor | null, db: Reader = getDb(), scope?: FactScope): Promise<RolloutFacts> {
  assertCan(actor, "rollout.read");
  return readRolloutFacts(db, scope);
}

/** The record as a page for the view reads it: as it stood on its date, or with hindsight (lib/domain/knowledge.ts). */
export async function loadRecord(actor: Actor | null, view: View, db: Reader = getDb(), scope?: FactScope): Promise<RolloutFacts> {
  return readRecord(await loadRolloutFacts(actor, db, scope), view);
}

export async function loadDecisionRows(actor: Actor | null, db: Reader = getDb()): Promise<DecisionRecord[]> {
  assertCan(actor, "rollout.read");
  return readDecisionRows(db);
}
