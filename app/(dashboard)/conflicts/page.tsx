import type { Metadata } from "next";
import { ConflictPanel } from "@/components/rollout/conflict-panel";
import { DownloadLinks } from "@/components/rollout/download-links";
import { dateParams, FilterForm, FilterSelect, ListPage, pageLinks } from "@/components/rollout/list-page";
import { requirePageActor } from "@/lib/auth/session";
import { listConflicts } from "@/lib/data/conflicts";
import { parseView } from "@/lib/validation/as-of";
import { CONFLICT_STATUS_FILTER_LABEL, CONFLICT_STATUS_FILTERS, parseConflictQuery, type ConflictStatusFilter } from "@/lib/validation/conflicts";
import { pageOf, parsePage, type SearchParams } from "@/lib/validation/overview";
import { queryString } from "@/lib/validation/search-params";
import { can } from "@/lib/auth/permissions";

type Props = { searchParams: Promise<SearchParams> };

function countText(n: number, status: ConflictStatusFilter): string {
  const noun = n === 1 ? "conflict" : "conflicts";
  return status === "all" ? `${n} ${noun}, open and resolved` : `${n} ${status} ${noun}`;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const sp = await searchParams;
  const query = parseConflictQuery(sp.status);
  return { title: `${query.error || parsePage(sp.page).error ? "Error: " : ""}Where sources disagree` };
}

export default async function ConflictsPage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const sp = await searchParams;
  const query = parseConflictQuery(sp.status);
  // As it stood on the date: the claims published by then, a conflict once two sides were (lib/domain/knowledge.ts).
  const asOf = parseView(sp.asOf, sp.view);
  const conflicts = await listConflicts(actor, query.status, asOf.view);
  const date = dateParams(asOf);
  const status = query.status === "open" ? undefined : query.status;
  const requested = parsePage(sp.page);
  const shown = pageOf(conflicts, requested.page);
  return (
    <ListPage
      title="Where sources disagree"
      lead="Facts the sources give differently, across the programme: each source’s claim side by side, with its certainty and its source. The record keeps every side and does not pick one."
      action="/conflicts"
      asOf={asOf}
      keep={{ status }}
      errors={[
        ...(query.error ? [{ href: "#filter-status", message: query.error }] : []),
        ...(requested.error ? [{ href: "#conflict-pages", message: requested.error }] : []),
      ]}
      filters={
        <FilterForm action="/conflicts" heading="Filter the conflicts" keep={date} submitLabel="Apply filter">
          <FilterSelect
            id="filter-status"
            name="status"
            label="Show"
            error={query.error}
            value={query.status}
            options={CONFLICT_STATUS_FILTERS.map((s) => ({ value: s, label: CONFLICT_STATUS_FILTER_LABEL[s] }))}
          />
        </FilterForm>
      }
      downloads={
        can(actor, "rollout.export") ? (
          <DownloadLinks
            groups={[{ path: "/exports/conflicts", query: queryString({ ...date, status }), what: "the conflicts" }]}
            note="the same date and filters"
          />
        ) : null
      }
      count={
        <>
          <p className="mb-6 font-semibold">{countText(conflicts.length, query.status)}</p>
          {conflicts.length === 0 ? <p className="bg-white p-4 mb-8">The record holds none.</p> : null}
        </>
      }
      pagination={pageLinks({
        id: "conflict-pages",
        noun: "conflicts",
        path: "/conflicts",
        params: { ...date, status },
        shown: { ...shown, total: conflicts.length },
      })}
    >
      {shown.rows.map((c) => (
        <ConflictPanel key={c.id} conflict={c} level={2} asOf={{ asOf: date.asOf, hindsight: asOf.hindsight }} />
      ))}
    </ListPage>
  );
}
