import "server-only";
// The promises ledger (decision 019) and its scores, as /board/promises shows them.
import { loadPromises, withSources } from "../../data/promises";
import { getDb } from "../../db";
import type { PromiseScore } from "../../domain/promises";
import { parsePromisesQuery } from "../../validation/promises";
import { viewErrors } from "../filters";
import { derivedColumn, derivedExport, lowerOf, problemsOf, sourcesCell, type DerivedColumn } from "../derived-columns";

type PromisesFilters = ReturnType<typeof parsePromisesQuery>;

const fromParams = (params: URLSearchParams) => parsePromisesQuery(Object.fromEntries([...new Set(params.keys())].map((k) => [k, params.getAll(k)])));

type LedgerRow = Awaited<ReturnType<typeof withSources>>[number];
interface LedgerCells {
  r: LedgerRow;
  asOf: string;
}
interface ScoreCells {
  groupedBy: string;
  s: PromiseScore;
  asOf: string;
}
const ledgerColumn = derivedColumn<LedgerCells>;
const scoreColumn = derivedColumn<ScoreCells>;

const LEDGER_COLUMNS: DerivedColumn<LedgerCells>[] = [
  ledgerColumn(
    "promise_key",
    "text",
    "The promise in the record: plan-<id> for a planned go-live, decision-<key> for a decision's commitment (stable)",
    "plan-9",
    ({ r }) => r.key,
  ),
  ledgerColumn("kind", "enum", "go_live (a planned go-live date) or decision (a decision's dated commitment)", "go_live", ({ r }) =>
    r.kind === "GO_LIVE" ? "go_live" : "decision",
  ),
  ledgerColumn("what", "text", "What was promised", "Go live: Whole trust", ({ r }) => r.what),
  ledgerColumn("trusts", "text", 'The trusts it is about, by name, joined by "; "', "Kingston Hospital NHS Trust", ({ r }) =>
    r.trusts.map((t) => t.name).join("; "),
  ),
  ledgerColumn("trust_slugs", "text", 'The same trusts\' keys, joined by "; "', "kingston", ({ r }) => r.trusts.map((t) => t.slug).join("; ")),
  ledgerColumn("go_live_id", "integer", "The go-live's id, for a planned go-live; empty for a decision", "5", ({ r }) => r.goLiveId),
  ledgerColumn(
    "decision_key",
    "text",
    "The decision's key, for a decision's commitment; empty for a plan",
    "royal-free-fit-to-deploy-2009-01",
    ({ r }) => r.decisionKey,
  ),
  ledgerColumn("due_start", "date", "The first day of the promised period, ISO 8601", "2009-09-01", ({ r }) => r.due.start),
  ledgerColumn("due_end", "date", "The last day of the promised period: it is due by then", "2009-11-30", ({ r }) => r.due.end),
  ledgerColumn("due_precision", "date precision", "day, month, quarter (a season) or year", "quarter", ({ r }) => lowerOf(r.due.precision)),
  ledgerColumn("due_words", "text", "The record's words for the date", "autumn 2009", ({ r }) => r.due.label),
  ledgerColumn(
    "made_by",
    "text",
    "Who made it, as the record names them; empty when the record does not say",
    "Kingston Hospital NHS Trust board",
    ({ r }) => r.madeBy,
  ),
  ledgerColumn("made_by_kind", "enum", "supplier, trust or programme; empty when not known", "trust", ({ r }) => lowerOf(r.madeByKind)),
  ledgerColumn(
    "known_from",
    "date",
    "The day the record counts it from (announced and known); empty when the record cannot date it",
    "2009-03-31",
    ({ r }) => r.madeOn,
  ),
  ledgerColumn("outcome", "enum", "kept, kept_late, broken, superseded, open or not_known, as the record stood on as_of", "kept", ({ r }) =>
    lowerOf(r.outcome),
  ),
  ledgerColumn("late_days_min", "integer", "Kept late: the fewest days after the promised period the dates allow; empty otherwise", "", ({ r }) => r.late?.min),
  ledgerColumn("late_days_max", "integer", "Kept late: the most days after it", "", ({ r }) => r.late?.max),
  ledgerColumn(
    "settled_on",
    "date",
    "The day the outcome was settled (the go-live, the re-plan, the day it fell due); empty while open",
    "2009-11-30",
    ({ r }) => r.settledOn,
  ),
  ledgerColumn("because", "text", "Why, in words", "Live 30 November 2009, by 30 November 2009.", ({ r }) => r.because),
  ledgerColumn("certainty", "enum", "confirmed, single_source or uncertain: how sure the record is of the promise", "single_source", ({ r }) =>
    lowerOf(r.certainty),
  ),
  ledgerColumn(
    "sources",
    "text",
    "Web addresses (or titles) of its sources, separated by spaces",
    "https://www.digitalhealth.net/2009/03/next-london-cerner-go-live-delayed-until-autumn/",
    ({ r }) => sourcesCell(r.sources),
  ),
  ledgerColumn("as_of", "date", "The date the ledger was read on", "2010-06-01", ({ asOf }) => asOf),
];

const SCORE_COLUMNS: DerivedColumn<ScoreCells>[] = [
  scoreColumn("grouped_by", "enum", "all, maker_kind, maker or trust", "maker", ({ groupedBy }) => groupedBy),
  scoreColumn(
    "group",
    "text",
    "The group: the kind of body, the body's name, or the trust's name; \"not known\" for promises whose maker the record does not name",
    "BT",
    ({ s }) => s.label ?? "not known",
  ),
  scoreColumn("group_kind", "enum", "For a maker: supplier, trust or programme; empty otherwise", "supplier", ({ s }) => lowerOf(s.kind)),
  scoreColumn("trust_slug", "text", "For a trust: its key; empty otherwise", "", ({ s }) => s.slug),
  scoreColumn("promises", "integer", "Promises in the group", "1", ({ s }) => s.total),
  scoreColumn("kept", "integer", "Kept on time", "0", ({ s }) => s.counts.KEPT),
  scoreColumn("kept_late", "integer", "Kept late", "0", ({ s }) => s.counts.KEPT_LATE),
  scoreColumn("broken", "integer", "Broken", "1", ({ s }) => s.counts.BROKEN),
  scoreColumn("superseded", "integer", "Re-planned before they fell due", "0", ({ s }) => s.counts.SUPERSEDED),
  scoreColumn("open", "integer", "Not yet due", "0", ({ s }) => s.counts.OPEN),
  scoreColumn(
    "not_known",
    "integer",
    "The record's dates too coarse to tell, or a commitment the record does not say was met",
    "0",
    ({ s }) => s.counts.NOT_KNOWN,
  ),
  scoreColumn("settled", "integer", "kept + kept_late + broken + superseded: what share_kept is of", "1", ({ s }) => s.settled),
  scoreColumn("share_kept", "decimal", "kept / settled, from 0 to 1 (4 decimal places); empty when none is settled", "0", ({ s }) =>
    s.shareKept === null ? null : Math.round(s.shareKept * 10_000) / 10_000,
  ),
  scoreColumn(
    "median_days_late",
    "decimal",
    "The median days late of the promises met (kept counts 0); empty when none was met",
    "",
    ({ s }) => s.medianLateDays,
  ),
  scoreColumn("met", "integer", "kept + kept_late: what median_days_late is of", "0", ({ s }) => s.met),
  scoreColumn("as_of", "date", "The date the ledger was read on", "2010-06-01", ({ asOf }) => asOf),
];

export const promisesExport = derivedExport<PromisesFilters, LedgerCells>({
  name: "promises",
  title: "Promises ledger",
  description:
    "Every dated commitment the record knew on the date (each planned go-live date, each dated commitment of a decision), who made it, and what became of it as the record stood that day, for the same trust, maker and outcome as the page. The rules are in decision record 019.",
  version: 1,
  page: "/board/promises",
  columns: LEDGER_COLUMNS,
  parseFilters(params) {
    const query = fromParams(params);
    return {
      filters: query,
      errors: [...viewErrors(query.asOf), ...problemsOf(query.errors.filter((e) => e.field !== "page"))],
    };
  },
  async read(actor, q) {
    const ledger = await loadPromises(actor, q.asOf.asOf);
    const trustKnown = !q.trust || ledger.rows.some((r) => r.trusts.some((t) => t.slug === q.trust));
    const listed = ledger.rows.filter(
      (r) =>
        (!q.trust || r.trusts.some((t) => t.slug === q.trust)) &&
        (!q.maker || (q.maker === "NOT_KNOWN" ? r.madeByKind === null : r.madeByKind === q.maker)) &&
        (!q.outcome || r.outcome === q.outcome),
    );
    const rows = (await withSources(actor, listed)).map((r) => ({ r, asOf: ledger.asOf }));
    // a trust no promise names is not an error (the ledger is simply empty for it) unless it is no trust at all: the page says so
    return { rows, errors: trustKnown ? [] : await unknownTrust(q.trust!) };
  },
  stamp: (q) => q.asOf.asOf,
});

async function unknownTrust(slug: string): Promise<string[]> {
  return (await getDb().trust.findUnique({ where: { slug }, select: { id: true } }))
    ? []
    : [`trust: No trust in the record is called ${slug}: choose a trust from the list`];
}

export const promiseScoresExport = derivedExport<PromisesFilters, ScoreCells>({
  name: "promise-scores",
  title: "Promises ledger: scores",
  description:
    "How reliable the promises were, as the record stood on the date: for every promise, by the kind of body that made them, by each body the record names, and by trust, the count of each outcome, the share kept on time of those settled, and the median days late of those met, with the count behind each figure (decision record 019).",
  version: 1,
  page: "/board/promises",
  columns: SCORE_COLUMNS,
  parseFilters: promisesExport.parseFilters,
  async read(actor, q) {
    const ledger = await loadPromises(actor, q.asOf.asOf);
    return {
      rows: [
        { groupedBy: "all", s: ledger.overall, asOf: ledger.asOf },
        ...ledger.byMakerKind.map((s) => ({ groupedBy: "maker_kind", s, asOf: ledger.asOf })),
        ...ledger.byMaker.map((s) => ({ groupedBy: "maker", s, asOf: ledger.asOf })),
        ...ledger.byTrust.map((s) => ({ groupedBy: "trust", s, asOf: ledger.asOf })),
      ],
    };
  },
  stamp: (q) => q.asOf.asOf,
});
