import "server-only";
// The part of the record a file's rows are checked against, read in a handful of queries whatever the rows.
import type { Tx } from "../actions/mutation";
import { isoFromDbDate, todayIso, type PartialDate } from "../domain/dates";
import { decisionsByTrust } from "../domain/status";
import { readDecisionFacts } from "../mutations/decision-facts";
import { splitSources } from "./cells";
import type { RawRow } from "./read-file";
import type { ContextGoLive, ImportContext } from "./rows";

const partial = (on: Date | null, precision: PartialDate["precision"] | null): PartialDate | null =>
  on && precision ? { date: isoFromDbDate(on), precision } : null;

export async function readImportContext(tx: Tx, rows: readonly RawRow[]): Promise<ImportContext> {
  const named = new Set(rows.map((r) => (r.cells.trust_slug || r.cells.trust || "").toLowerCase()).filter(Boolean));
  const sourceWords = [...new Set(rows.flatMap((r) => splitSources(r.cells.sources ?? "")))];
  // One after another: a transaction is one connection (on the embedded database, the only one).
  const trusts = await tx.trust.findMany({
    select: { id: true, slug: true, name: true, isRolloutTarget: true, goLives: { select: { id: true, version: true, scope: true }, orderBy: { id: "asc" } } },
    orderBy: { name: "asc" },
  });
  const sources = await tx.source.findMany({
    where: { OR: [{ key: { in: sourceWords } }, { url: { in: sourceWords } }] },
    select: { id: true, key: true, url: true, publishedOn: true, publishedPrecision: true },
  });
  const decisions = await readDecisionFacts(tx);
  // Problems, plans, go-lives and acceptances only of the trusts the file names.
  const namedTrusts = trusts.filter((t) => named.has(t.slug) || named.has(t.name.toLowerCase()));
  const goLiveIds = namedTrusts.flatMap((t) => t.goLives.map((g) => g.id));
  const recordedProblems = await tx.problem.findMany({
    where: { trustId: { in: namedTrusts.map((t) => t.id) } },
    select: { trustId: true, reportedOn: true, precision: true, description: true },
  });
  const plans = await tx.goLivePlan.findMany({
    where: { goLiveId: { in: goLiveIds } },
    orderBy: [{ goLiveId: "asc" }, { sequence: "asc" }],
    select: { goLiveId: true, sequence: true, plannedOn: true, plannedPrecision: true, plannedLabel: true, announcedOn: true, announcedPrecision: true },
  });
  const actuals = await tx.goLiveActual.findMany({
    where: { goLiveId: { in: goLiveIds }, supersededAt: null },
    orderBy: { wentLiveOn: "asc" },
    select: { goLiveId: true, wentLiveOn: true, precision: true },
  });
  const acceptances = await tx.acceptance.findMany({
    where: { goLiveId: { in: goLiveIds } },
    orderBy: { acceptedOn: "asc" },
    select: { goLiveId: true, acceptedOn: true, precision: true },
  });
  const goLives = new Map<number, ContextGoLive>();
  const full = (g: { id: number; version: number; scope: string }) => {
    const made: ContextGoLive = { ...g, plans: [], actuals: [], accepted: [] };
    goLives.set(g.id, made);
    return made;
  };
  const problemsOf = new Map<number, { reported: PartialDate; description: string }[]>();
  for (const p of recordedProblems)
    problemsOf.set(p.trustId, [
      ...(problemsOf.get(p.trustId) ?? []),
      { reported: { date: isoFromDbDate(p.reportedOn), precision: p.precision }, description: p.description },
    ]);
  const contextTrusts = trusts.map((t) => ({
    id: t.id,
    slug: t.slug,
    name: t.name,
    isRolloutTarget: t.isRolloutTarget,
    goLives: t.goLives.map(full),
    problems: problemsOf.get(t.id) ?? [],
  }));
  for (const p of plans)
    goLives.get(p.goLiveId)!.plans.push({
      sequence: p.sequence,
      planned: partial(p.plannedOn, p.plannedPrecision),
      label: p.plannedLabel,
      announced: partial(p.announcedOn, p.announcedPrecision),
    });
  for (const a of actuals) goLives.get(a.goLiveId)!.actuals.push({ date: isoFromDbDate(a.wentLiveOn), precision: a.precision });
  for (const a of acceptances) goLives.get(a.goLiveId)!.accepted.push({ date: isoFromDbDate(a.acceptedOn), precision: a.precision });
  return {
    today: todayIso(),
    trusts: contextTrusts,
    sources: sources.map((s) => ({ id: s.id, key: s.key, url: s.url, published: partial(s.publishedOn, s.publishedPrecision) })),
    decisionsFor: decisionsByTrust(decisions),
  };
}
