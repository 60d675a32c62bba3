import type { Metadata } from "next";
import { ErrorMessage } from "@/components/forms/fields";
import { ConflictPanel } from "@/components/rollout/conflict-panel";
import { ErrorSummary } from "@/components/ui/error-summary";
import { requirePageActor } from "@/lib/auth/session";
import { listConflicts } from "@/lib/data/conflicts";
import { parseView } from "@/lib/validation/as-of";
import { AsOfForm } from "@/components/rollout/as-of-form";
import { CONFLICT_STATUS_FILTER_LABEL, CONFLICT_STATUS_FILTERS, parseConflictQuery, type ConflictStatusFilter } from "@/lib/validation/conflicts";
import { PAGE_SIZE, pageOf, parsePage, type SearchParams } from "@/lib/validation/overview";
import { Pagination } from "@/components/ui/pagination";
import { queryString } from "@/lib/validation/search-params";
import { ExportLinks } from "@/components/rollout/export-links";
import { can } from "@/lib/auth/permissions";
import { errorGroupClass, buttonClass } from "@/components/ui/form-styles";

type Props = { searchParams: Promise<SearchParams> };

const select = "border-2 bg-white px-2 py-1 nhs-text-19";

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
  const asOfParam = asOf.error ? null : asOf.requested;
  const link = { asOf: asOfParam, hindsight: asOf.hindsight };
  const requested = parsePage(sp.page);
  const shown = pageOf(conflicts, requested.page);
  const errors = [
    ...(query.error ? [{ href: "#filter-status", message: query.error }] : []),
    ...(requested.error ? [{ href: "#conflict-pages", message: requested.error }] : []),
  ];
  return (
    <>
      {errors.length ? <ErrorSummary errors={errors} /> : null}
      <h1>Where sources disagree</h1>
      <p className="nhs-text-22 max-w-reading mb-8">
        Facts the sources give differently, across the programme: each source&rsquo;s claim side by side, with its certainty and its source. The record keeps
        every side and does not pick one.
      </p>
      <AsOfForm action="/conflicts" asOf={asOf} keep={{ status: query.status === "open" ? undefined : query.status }} />
      <form method="get" action="/conflicts" className="no-print bg-white p-4 tablet:p-6 mb-8" aria-labelledby="filters-heading">
        <h2 id="filters-heading" className="nhs-text-22">
          Filter the conflicts
        </h2>
        {asOfParam ? <input type="hidden" name="asOf" value={asOfParam} /> : null}
        {asOf.hindsight ? <input type="hidden" name="view" value="hindsight" /> : null}
        <div className="flex flex-wrap items-end gap-6">
          <div className={query.error ? errorGroupClass : undefined}>
            <label htmlFor="filter-status" className="block font-semibold mb-1">
              Show
            </label>
            <ErrorMessage name="filter-status" error={query.error} />
            <select
              id="filter-status"
              name="status"
              defaultValue={query.status}
              className={`${select} ${query.error ? "border-error" : "border-nhs-grey-1"}`}
              aria-invalid={query.error ? true : undefined}
              aria-describedby={query.error ? "filter-status-error" : undefined}
            >
              {CONFLICT_STATUS_FILTERS.map((s) => (
                <option key={s} value={s}>
                  {CONFLICT_STATUS_FILTER_LABEL[s]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass.secondary}>
            Apply filter
          </button>
        </div>
      </form>
      {can(actor, "rollout.export") ? (
        <ExportLinks
          name="conflicts"
          query={queryString({ asOf: asOfParam, view: asOf.hindsight ? "hindsight" : null, status: query.status === "open" ? null : query.status })}
          what="the conflicts"
        />
      ) : null}
      <p className="mb-6 font-semibold">{countText(conflicts.length, query.status)}</p>
      {conflicts.length === 0 ? <p className="bg-white p-4 mb-8">The record holds none.</p> : null}
      <Pagination
        id="conflict-pages"
        page={shown.page}
        pageCount={shown.pageCount}
        total={conflicts.length}
        pageSize={PAGE_SIZE}
        noun="conflicts"
        hrefFor={(page) =>
          `/conflicts${queryString({ asOf: asOfParam, view: asOf.hindsight ? "hindsight" : null, status: query.status === "open" ? null : query.status, page: page > 1 ? String(page) : null })}`
        }
      />
      {shown.rows.map((c) => (
        <ConflictPanel key={c.id} conflict={c} level={2} asOf={link} />
      ))}
    </>
  );
}
