// Why a halt was called, from the record: its rationale as the record gives it (with the decision's sources),
// and the problems at the trusts that rationale names, reported before the halt took effect. Nothing here
// is written for a particular halt: a halt whose rationale is not known says so, and one naming no trust
// lists no problems. Pure: the decision and the problems known on the page's date in, the reasons out.
import { intervalOf, type PartialDate } from "./dates";
import type { DecisionRecord } from "./rollout";
import { decisionEffectiveFrom } from "./status";

export interface ReasonProblem {
  id: number;
  trust: { slug: string; name: string; shortName: string };
  reported: PartialDate;
  description: string;
}

export interface HaltReasons<P extends ReasonProblem = ReasonProblem> {
  /** the record's words; null: the record does not say why */
  rationale: string | null;
  /** the trusts the rationale names, in the order it names them */
  trusts: { slug: string; name: string; shortName: string }[];
  /** their problems reported before the halt took effect, oldest first */
  problems: P[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const names = (text: string, name: string) => new RegExp(`(^|[^\\p{L}])${escape(name)}($|[^\\p{L}])`, "iu").test(text);

/**
 * The reasons for a halt. A trust counts as named when the rationale gives its full name, or its short
 * name; the problems are those at the named trusts whose reported period had begun by the day the halt
 * counts from (lib/domain/status.ts decisionEffectiveFrom).
 */
export function haltReasons<P extends ReasonProblem>(halt: DecisionRecord, problems: readonly P[]): HaltReasons<P> {
  const rationale = halt.rationale?.trim() || null;
  if (!rationale) return { rationale: null, trusts: [], problems: [] };
  const trusts = new Map<string, ReasonProblem["trust"]>();
  for (const p of problems) if (!trusts.has(p.trust.slug)) trusts.set(p.trust.slug, p.trust);
  const at = (t: ReasonProblem["trust"]) => {
    const i = [t.name, t.shortName].map((n) => rationale.toLowerCase().indexOf(n.toLowerCase())).filter((n) => n >= 0);
    return i.length ? Math.min(...i) : -1;
  };
  const named = [...trusts.values()].filter((t) => names(rationale, t.name) || names(rationale, t.shortName)).sort((a, b) => at(a) - at(b));
  const from = decisionEffectiveFrom(halt);
  const slugs = new Set(named.map((t) => t.slug));
  const before = problems
    .filter((p) => slugs.has(p.trust.slug) && intervalOf(p.reported).start <= from)
    .sort((a, b) => a.reported.date.localeCompare(b.reported.date) || a.id - b.id);
  return { rationale, trusts: named, problems: before };
}
