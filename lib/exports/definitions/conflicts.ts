import "server-only";
// The facts the sources disagree on, a row for each side, as /conflicts lists them (lib/domain/knowledge.ts
// conflictsOn: as it stood on a date, only the claims published by then, and a conflict once two sides were).
import { listConflicts } from "../../data/conflicts";
import { parseView, type ViewResult } from "../../validation/as-of";
import { parseConflictQuery, type ConflictStatusFilter } from "../../validation/conflicts";
import { viewErrors } from "../filters";
import { derivedColumn, derivedExport, lowerOf, viewCell, viewStamp, type DerivedColumn } from "../derived-columns";

interface ConflictFilters {
  view: ViewResult;
  status: ConflictStatusFilter;
}

type Conflict = Awaited<ReturnType<typeof listConflicts>>[number];
interface Row {
  c: Conflict;
  claim: Conflict["claims"][number];
  view: ViewResult;
}

const column = derivedColumn<Row>;

const COLUMNS: DerivedColumn<Row>[] = [
  column("conflict_key", "text", "The conflict's key in the record (stable)", "royal-free-go-live-day", ({ c }) => c.key),
  column("title", "text", "What the sources disagree on", "The Royal Free's go-live day", ({ c }) => c.title),
  column("question", "text", "The question the sources answer differently", "On which day did the Royal Free go live?", ({ c }) => c.question),
  column("status", "enum", "open or resolved", "open", ({ c }) => lowerOf(c.status)),
  column("note", "text", "Why the sides differ, or how it was settled", "", ({ c }) => c.note ?? ""),
  column("trust", "text", "The trust it concerns; empty when none", "Royal Free Hampstead NHS Trust", ({ c }) => c.trust?.name ?? ""),
  column("trust_slug", "text", "The trust's key", "royal-free", ({ c }) => c.trust?.slug ?? ""),
  column("go_live_id", "integer", "The go-live it concerns (stable id); empty when none", "3", ({ c }) => c.goLive?.id ?? ""),
  column("contract", "text", "The contract it concerns; empty when none", "", ({ c }) => c.contract?.name ?? ""),
  column("position", "integer", "The side's order on the page, 1 first", "1", ({ claim }) => claim.position),
  column("claim", "text", "What this source says", "15 June 2008", ({ claim }) => claim.claim),
  column("detail", "text", "More of what it says", "", ({ claim }) => claim.detail ?? ""),
  column("certainty", "enum", "confirmed, single_source or uncertain: how sure the record is of this side", "single_source", ({ claim }) =>
    lowerOf(claim.certainty),
  ),
  column(
    "source",
    "text",
    "The side's source: its web address, or its title",
    "https://www.digitalhealth.net/2008/06/royal-free-goes-live/",
    ({ claim }) => claim.source.url ?? claim.source.title,
  ),
  column(
    "source_published_on",
    "date",
    "When the source was published (first day of the period); empty when not known",
    "2008-06-16",
    ({ claim }) => claim.source.published?.date ?? "",
  ),
  column("source_published_on_precision", "date precision", "Precision of source_published_on", "day", ({ claim }) =>
    lowerOf(claim.source.published?.precision),
  ),
  column("as_of", "date", "The date the conflicts are read as of", "2010-06-01", ({ view }) => view.asOf),
  column("view", "enum", "as_it_stood or hindsight", "as_it_stood", ({ view }) => viewCell(view.hindsight)),
];

export const conflictsExport = derivedExport<ConflictFilters, Row>({
  name: "conflicts",
  title: "Conflicts between sources",
  description:
    "Each fact the sources disagree on (the Royal Free's go-live day, the fee cut), a row for each source's side, open ones unless status=resolved or status=all. As it stood on the date (the default), only the claims published by then, and a conflict once two sides were; with view=hindsight, every claim.",
  version: 1,
  page: "/conflicts",
  columns: COLUMNS,
  parseFilters(params) {
    const view = parseView(params.get("asOf") ?? undefined, params.get("view") ?? undefined);
    const status = parseConflictQuery(params.get("status") ?? undefined);
    return { filters: { view, status: status.status }, errors: [...viewErrors(view), ...(status.error ? [`status: ${status.error}`] : [])] };
  },
  async read(actor, { view, status }) {
    const conflicts = await listConflicts(actor, status, view.view);
    return { rows: conflicts.flatMap((c) => c.claims.map((claim) => ({ c, claim, view }))) };
  },
  stamp: ({ view }) => viewStamp(view),
});
