import "server-only";
// The promises ledger (decision 019) and its scores, as /board/promises shows them.
import { loadPromises, withSources } from "../../data/promises";
import { getDb } from "../../db";
import type { PromiseScore } from "../../domain/promises";
import { parsePromisesQuery } from "../../validation/promises";
import { lowerOf, problemsOf, sourcesCell } from "../derived";
import { derivedExport } from "../derived-columns";

type PromisesFilters = ReturnType<typeof parsePromisesQuery>;

const fromParams = (params: URLSearchParams) => parsePromisesQuery(Object.fromEntries([...new Set(params.keys())].map((k) => [k, params.getAll(k)])));

export const promisesExport = derivedExport<PromisesFilters>({
  name: "promises", title: "Promises ledger",
  description: "Every dated commitment the record knew on the date (each planned go-live date, each dated commitment of a decision), who made it, and what became of it as the record stood that day, for the same trust, maker and outcome as the page. The rules are in decision record 019.",
  version: 1, page: "/board/promises",
  columns: [
    { name: "promise_key", type: "text", meaning: "The promise in the record: plan-<id> for a planned go-live, decision-<key> for a decision's commitment (stable)", example: "plan-9" },
    { name: "kind", type: "enum", meaning: "go_live (a planned go-live date) or decision (a decision's dated commitment)", example: "go_live" },
    { name: "what", type: "text", meaning: "What was promised", example: "Go live: Whole trust" },
    { name: "trusts", type: "text", meaning: "The trusts it is about, by name, joined by \"; \"", example: "Kingston Hospital NHS Trust" },
    { name: "trust_slugs", type: "text", meaning: "The same trusts' keys, joined by \"; \"", example: "kingston" },
    { name: "go_live_id", type: "integer", meaning: "The go-live's id, for a planned go-live; empty for a decision", example: "5" },
    { name: "decision_key", type: "text", meaning: "The decision's key, for a decision's commitment; empty for a plan", example: "royal-free-fit-to-deploy-2009-01" },
    { name: "due_start", type: "date", meaning: "The first day of the promised period, ISO 8601", example: "2009-09-01" },
    { name: "due_end", type: "date", meaning: "The last day of the promised period: it is due by then", example: "2009-11-30" },
    { name: "due_precision", type: "date precision", meaning: "day, month, quarter (a season) or year", example: "quarter" },
    { name: "due_words", type: "text", meaning: "The record's words for the date", example: "autumn 2009" },
    { name: "made_by", type: "text", meaning: "Who made it, as the record names them; empty when the record does not say", example: "Kingston Hospital NHS Trust board" },
    { name: "made_by_kind", type: "enum", meaning: "supplier, trust or programme; empty when not known", example: "trust" },
    { name: "known_from", type: "date", meaning: "The day the record counts it from (announced and known); empty when the record cannot date it", example: "2009-03-31" },
    { name: "outcome", type: "enum", meaning: "kept, kept_late, broken, superseded, open or not_known, as the record stood on as_of", example: "kept" },
    { name: "late_days_min", type: "integer", meaning: "Kept late: the fewest days after the promised period the dates allow; empty otherwise", example: "" },
    { name: "late_days_max", type: "integer", meaning: "Kept late: the most days after it", example: "" },
    { name: "settled_on", type: "date", meaning: "The day the outcome was settled (the go-live, the re-plan, the day it fell due); empty while open", example: "2009-11-30" },
    { name: "because", type: "text", meaning: "Why, in words", example: "Live 30 November 2009, by 30 November 2009." },
    { name: "certainty", type: "enum", meaning: "confirmed, single_source or uncertain: how sure the record is of the promise", example: "single_source" },
    { name: "sources", type: "text", meaning: "Web addresses (or titles) of its sources, separated by spaces", example: "https://www.digitalhealth.net/2009/03/next-london-cerner-go-live-delayed-until-autumn/" },
    { name: "as_of", type: "date", meaning: "The date the ledger was read on", example: "2010-06-01" },
  ],
  parseFilters(params) {
    const query = fromParams(params);
    return { filters: query, errors: [...(query.asOf.error ? [`asOf: ${query.asOf.error}`] : []), ...problemsOf(query.errors.filter((e) => e.field !== "page"))] };
  },
  async rows(actor, q) {
    const ledger = await loadPromises(actor, q.asOf.asOf);
    const trustKnown = !q.trust || ledger.rows.some((r) => r.trusts.some((t) => t.slug === q.trust));
    const listed = ledger.rows.filter((r) => (!q.trust || r.trusts.some((t) => t.slug === q.trust)) && (!q.maker || (q.maker === "NOT_KNOWN" ? r.madeByKind === null : r.madeByKind === q.maker)) && (!q.outcome || r.outcome === q.outcome))
    const rows = (await withSources(actor, listed)).map((r) => [
        r.key, r.kind === "GO_LIVE" ? "go_live" : "decision", r.what, r.trusts.map((t) => t.name).join("; "), r.trusts.map((t) => t.slug).join("; "),
        r.goLiveId, r.decisionKey, r.due.start, r.due.end, lowerOf(r.due.precision), r.due.label, r.madeBy, lowerOf(r.madeByKind), r.madeOn,
        lowerOf(r.outcome), r.late?.min, r.late?.max, r.settledOn, r.because, lowerOf(r.certainty), sourcesCell(r.sources), ledger.asOf,
      ]);
    // a trust no promise names is not an error (the ledger is simply empty for it) unless it is no trust at all: the page says so
    return { rows, errors: trustKnown ? [] : await unknownTrust(q.trust!) };
  },
  stamp: (q) => q.asOf.asOf,
});

async function unknownTrust(slug: string): Promise<string[]> {
  return (await getDb().trust.findUnique({ where: { slug }, select: { id: true } })) ? [] : [`trust: No trust in the record is called ${slug}: choose a trust from the list`];
}

const scoreRow = (groupedBy: string, s: PromiseScore, asOf: string) => [
  groupedBy, s.label ?? "not known", lowerOf(s.kind), s.slug, s.total, s.counts.KEPT, s.counts.KEPT_LATE, s.counts.BROKEN, s.counts.SUPERSEDED, s.counts.OPEN,
  s.counts.NOT_KNOWN, s.settled, s.shareKept === null ? null : Math.round(s.shareKept * 10_000) / 10_000, s.medianLateDays, s.met, asOf,
];

export const promiseScoresExport = derivedExport<PromisesFilters>({
  name: "promise-scores", title: "Promises ledger: scores",
  description: "How reliable the promises were, as the record stood on the date: for every promise, by the kind of body that made them, by each body the record names, and by trust, the count of each outcome, the share kept on time of those settled, and the median days late of those met, with the count behind each figure (decision record 019).",
  version: 1, page: "/board/promises",
  columns: [
    { name: "grouped_by", type: "enum", meaning: "all, maker_kind, maker or trust", example: "maker" },
    { name: "group", type: "text", meaning: "The group: the kind of body, the body's name, or the trust's name; \"not known\" for promises whose maker the record does not name", example: "BT" },
    { name: "group_kind", type: "enum", meaning: "For a maker: supplier, trust or programme; empty otherwise", example: "supplier" },
    { name: "trust_slug", type: "text", meaning: "For a trust: its key; empty otherwise", example: "" },
    { name: "promises", type: "integer", meaning: "Promises in the group", example: "1" },
    { name: "kept", type: "integer", meaning: "Kept on time", example: "0" },
    { name: "kept_late", type: "integer", meaning: "Kept late", example: "0" },
    { name: "broken", type: "integer", meaning: "Broken", example: "1" },
    { name: "superseded", type: "integer", meaning: "Re-planned before they fell due", example: "0" },
    { name: "open", type: "integer", meaning: "Not yet due", example: "0" },
    { name: "not_known", type: "integer", meaning: "The record's dates too coarse to tell, or a commitment the record does not say was met", example: "0" },
    { name: "settled", type: "integer", meaning: "kept + kept_late + broken + superseded: what share_kept is of", example: "1" },
    { name: "share_kept", type: "decimal", meaning: "kept / settled, from 0 to 1 (4 decimal places); empty when none is settled", example: "0" },
    { name: "median_days_late", type: "decimal", meaning: "The median days late of the promises met (kept counts 0); empty when none was met", example: "" },
    { name: "met", type: "integer", meaning: "kept + kept_late: what median_days_late is of", example: "0" },
    { name: "as_of", type: "date", meaning: "The date the ledger was read on", example: "2010-06-01" },
  ],
  parseFilters: promisesExport.parseFilters,
  async rows(actor, q) {
    const ledger = await loadPromises(actor, q.asOf.asOf);
    return {
      rows: [
        scoreRow("all", ledger.overall, ledger.asOf),
        ...ledger.byMakerKind.map((s) => scoreRow("maker_kind", s, ledger.asOf)),
        ...ledger.byMaker.map((s) => scoreRow("maker", s, ledger.asOf)),
        ...ledger.byTrust.map((s) => scoreRow("trust", s, ledger.asOf)),
      ],
      errors: [],
    };
  },
  stamp: (q) => q.asOf.asOf,
});
