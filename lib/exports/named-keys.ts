import "server-only";
// A filter that names a trust (or a baseline) by its key. The parsers check a key's shape; this checks the record
// has it, so `?trust=nope` is a message ("No trust has the key …") rather than an empty file that looks like an answer.
import { getDb } from "../db";

const KEY = /^[a-z0-9-]{1,100}$/;
const keysOf = (params: URLSearchParams, name: string) => [...new Set(params.getAll(name).filter((s) => KEY.test(s)))];

/** The messages for each `trust`, `baseline` or `decision` value in the parameters that names none in the record (none when all do). */
export async function unknownKeyErrors(params: URLSearchParams): Promise<string[]> {
  const slugs = keysOf(params, "trust");
  const baselines = keysOf(params, "baseline");
  const decisions = keysOf(params, "decision");
  const db = getDb();
  const [trusts, kept, decided] = await Promise.all([
    slugs.length ? db.trust.findMany({ where: { slug: { in: slugs } }, select: { slug: true } }) : [],
    baselines.length ? db.baseline.findMany({ where: { key: { in: baselines } }, select: { key: true } }) : [],
    decisions.length ? db.decision.findMany({ where: { key: { in: decisions } }, select: { key: true } }) : [],
  ]);
  const knownDecisions = new Set(decided.map((d) => d.key));
  const knownTrusts = new Set(trusts.map((t) => t.slug));
  const knownBaselines = new Set(kept.map((b) => b.key));
  return [
    ...slugs.filter((s) => !knownTrusts.has(s)).map((s) => `trust: No trust has the key "${s}": use a slug from the trusts collection, e.g. kingston`),
    ...baselines.filter((k) => !knownBaselines.has(k)).map((k) => `baseline: No baseline has the key "${k}": use a key from the baselines at /board/baselines`),
    ...decisions.filter((k) => !knownDecisions.has(k)).map((k) => `decision: No decision has the key "${k}": use a key from the decision log at /decisions`),
  ];
}
