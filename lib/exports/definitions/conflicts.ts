import "server-only";
// The facts the sources disagree on, a row for each side, as /conflicts lists them (lib/domain/knowledge.ts
// conflictsOn: as it stood on a date, only the claims published by then, and a conflict once two sides were).
import { listConflicts } from "../../data/conflicts";
import { parseView, type ViewResult } from "../../validation/as-of";
import { parseConflictQuery, type ConflictStatusFilter } from "../../validation/conflicts";
import { lowerOf } from "../derived";
import { derivedExport } from "../derived-columns";

interface ConflictFilters {
  view: ViewResult;
  status: ConflictStatusFilter;
}

export const conflictsExport = derivedExport<ConflictFilters>({
  name: "conflicts", title: "Conflicts between sources",
  description: "Each fact the sources disagree on (the Royal Free's go-live day, the fee cut), a row for each source's side, open ones unless status=resolved or status=all. As it stood on the date (the default), only the claims published by then, and a conflict once two sides were; with view=hindsight, every claim.",
  version: 1, page: "/conflicts",
  columns: [
    { name: "conflict_key", type: "text", meaning: "The conflict's key in the record (stable)", example: "royal-free-go-live-day" },
    { name: "title", type: "text", meaning: "What the sources disagree on", example: "The Royal Free's go-live day" },
    { name: "question", type: "text", meaning: "The question the sources answer differently", example: "On which day did the Royal Free go live?" },
    { name: "status", type: "enum", meaning: "open or resolved", example: "open" },
    { name: "note", type: "text", meaning: "Why the sides differ, or how it was settled", example: "" },
    { name: "trust", type: "text", meaning: "The trust it concerns; empty when none", example: "Royal Free Hampstead NHS Trust" },
    { name: "trust_slug", type: "text", meaning: "The trust's key", example: "royal-free" },
    { name: "go_live_id", type: "integer", meaning: "The go-live it concerns (stable id); empty when none", example: "3" },
    { name: "contract", type: "text", meaning: "The contract it concerns; empty when none", example: "" },
    { name: "position", type: "integer", meaning: "The side's order on the page, 1 first", example: "1" },
    { name: "claim", type: "text", meaning: "What this source says", example: "15 June 2008" },
    { name: "detail", type: "text", meaning: "More of what it says", example: "" },
    { name: "certainty", type: "enum", meaning: "confirmed, single_source or uncertain: how sure the record is of this side", example: "single_source" },
    { name: "source", type: "text", meaning: "The side's source: its web address, or its title", example: "https://www.digitalhealth.net/2008/06/royal-free-goes-live/" },
    { name: "source_published_on", type: "date", meaning: "When the source was published (first day of the period); empty when not known", example: "2008-06-16" },
    { name: "source_published_on_precision", type: "date precision", meaning: "Precision of source_published_on", example: "day" },
    { name: "as_of", type: "date", meaning: "The date the conflicts are read as of", example: "2010-06-01" },
    { name: "view", type: "enum", meaning: "as_it_stood or hindsight", example: "as_it_stood" },
  ],
  parseFilters(params) {
    const view = parseView(params.get("asOf") ?? undefined, params.get("view") ?? undefined);
    const status = parseConflictQuery(params.get("status") ?? undefined);
    const errors = [...(view.error ? [`asOf: ${view.error}`] : []), ...(view.viewError ? [`view: ${view.viewError}`] : []), ...(status.error ? [`status: ${status.error}`] : [])];
    return { filters: { view, status: status.status }, errors };
  },
  async rows(actor, { view, status }) {
    const conflicts = await listConflicts(actor, status, view.view);
    return {
      rows: conflicts.flatMap((c) =>
        c.claims.map((claim) => [
          c.key, c.title, c.question, lowerOf(c.status), c.note ?? "", c.trust?.name ?? "", c.trust?.slug ?? "", c.goLive?.id ?? "", c.contract?.name ?? "",
          claim.position, claim.claim, claim.detail ?? "", lowerOf(claim.certainty), claim.source.url ?? claim.source.title,
          claim.source.published?.date ?? "", lowerOf(claim.source.published?.precision), view.asOf, view.hindsight ? "hindsight" : "as_it_stood",
        ]),
      ),
      errors: [],
    };
  },
  stamp: ({ view }) => `${view.asOf}${view.hindsight ? "-hindsight" : ""}`,
});
