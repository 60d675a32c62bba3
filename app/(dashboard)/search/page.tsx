import type { Metadata } from "next";
import { cache } from "react";
import { AsOfForm } from "@/components/rollout/as-of-form";
import { pageLinks } from "@/components/rollout/list-page";
import { SearchResults } from "@/components/search/search-results";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Pagination } from "@/components/ui/pagination";
import { getActor, requirePageActor } from "@/lib/auth/session";
import { searchParamsOf } from "@/lib/validation/search-params";
import { searchRecord, type SearchResult } from "@/lib/data/search";
import type { Actor } from "@/lib/auth/permissions";
import { formatIsoDate } from "@/lib/domain/dates";
import { viewParams } from "@/lib/validation/as-of";
import { PAGE_SIZE, type SearchParams } from "@/lib/validation/overview";
import { parseSearchQuery, type SearchField } from "@/lib/validation/search";
import { errorGroupClass, buttonClass } from "@/components/ui/form-styles";
import { ErrorMessage } from "@/components/forms/fields";

type Props = { searchParams: Promise<SearchParams> };

const FIELD_ANCHOR: Record<SearchField, string> = { q: "#search-q", asOf: "#asOf-day", view: "#view-as-it-stood", page: "#search-pages" };

const OUTCOME_MESSAGE = {
  "common-words": "The search has only very common words, such as “the” and “and”: add a word that says what you are looking for",
  "only-excluded": "The search has only words to leave out (each with a minus sign before it): add a word to look for",
} as const;

/** The address read once, and the search run once, for the title and the page alike. */
const readSearchPage = cache(async (address: string, actor: Actor) => {
  const query = parseSearchQuery(new URLSearchParams(address));
  const result: SearchResult | null = query.q ? await searchRecord(actor, query.q, query.view.view, query.page) : null;
  const errors = query.errors.map((e) => ({ href: FIELD_ANCHOR[e.field], message: e.message, field: e.field }));
  if (result && result.outcome !== "found") errors.unshift({ href: "#search-q", message: OUTCOME_MESSAGE[result.outcome], field: "q" });
  return { query, result, errors };
});

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const actor = await getActor();
  if (!actor) return { title: "Search the record" };
  const { query, result, errors } = await readSearchPage(searchParamsOf(await searchParams).toString(), actor);
  const pages = result?.outcome === "found" && result.pageCount > 1 ? ` (page ${result.page} of ${result.pageCount})` : "";
  return { title: `${errors.length ? "Error: " : ""}${query.q ? `Search: ${query.q}` : "Search the record"}${pages}` };
}

export default async function SearchPage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const { query, result, errors } = await readSearchPage(searchParamsOf(await searchParams).toString(), actor);
  const { view } = query;
  const carry = viewParams(view);
  const qError = errors.find((e) => e.field === "q")?.message ?? null;
  // One error summary for the page: the search's problems and the date's, in the order of the fields.
  const summary = errors;
  const found = result?.outcome === "found" ? result : null;
  return (
    <>
      {summary.length ? <ErrorSummary errors={summary} /> : null}
      <h1>Search the record</h1>
      <p className="nhs-text-22 max-w-reading mb-8">
        Trusts by any name they had, decisions, problems, conflicts and sources, found by the words in them and ranked by how well they match.
      </p>
      <form method="get" action="/search" className="no-print bg-white p-4 tablet:p-6 mb-6" aria-labelledby="search-form-heading">
        <h2 id="search-form-heading" className="sr-only">
          Search again
        </h2>
        {carry.asOf ? <input type="hidden" name="asOf" value={carry.asOf} /> : null}
        {carry.view ? <input type="hidden" name="view" value={carry.view} /> : null}
        <div className={qError ? errorGroupClass : undefined}>
          <label htmlFor="search-q" className="block font-semibold mb-1">
            Words to look for
          </label>
          <p id="search-q-hint" className="text-ink-secondary nhs-text-16 mb-1">
            For example, Royal Free, or &ldquo;go-lives halted&rdquo; in quotes for the words together. A minus sign leaves a word out: halt -Kingston.
          </p>
          <ErrorMessage name="search-q" error={qError} />
          <div className="flex flex-wrap items-end gap-4">
            <input
              id="search-q"
              name="q"
              type="search"
              defaultValue={query.typed}
              aria-describedby={`search-q-hint${qError ? " search-q-error" : ""}`}
              aria-invalid={qError ? true : undefined}
              className={`w-full tablet:w-[28rem] border-2 ${qError ? "border-error" : "border-nhs-grey-1"} bg-white px-2 py-1 nhs-text-19`}
            />
            <button type="submit" className={buttonClass.secondary}>
              Search
            </button>
          </div>
        </div>
      </form>
      <AsOfForm action="/search" asOf={view} keep={{ q: query.q ?? undefined }} summary={false} />
      {found ? (
        <>
          <h2 className="nhs-text-26" aria-live="polite">
            {found.total === 0
              ? `No results for “${query.q}”`
              : `${found.total.toLocaleString("en-GB")} ${found.total === 1 ? "result" : "results"} for “${query.q}”`}
          </h2>
          <p className="max-w-reading mb-6">
            As known on {formatIsoDate(view.asOf)}
            {view.hindsight
              ? ", with hindsight: everything in the record now, whenever it became known"
              : ": only what was known by then, as each list shows it on that date"}
            . Trusts are listed under their name on that date.
          </p>
          {found.total === 0 ? (
            <div className="bg-white p-4 tablet:p-6 mb-8 max-w-reading">
              <p>Nothing in the record matches all of these words{view.hindsight ? "" : " as it stood on that date"}. You could:</p>
              <ul className="list-disc pl-6 mb-0">
                <li>check the spelling, or use fewer words</li>
                <li>use another word for the same thing (a trust&rsquo;s short name, &ldquo;halt&rdquo; rather than &ldquo;pause&rdquo;)</li>
                {view.hindsight ? null : <li>search with hindsight, or on a later date, for what became known later</li>}
              </ul>
            </div>
          ) : (
            <>
              <Pagination {...pageLinks({ id: "search-pages", noun: "results", path: "/search", params: { q: query.q, ...carry }, shown: found })} />
              <SearchResults hits={found.hits} view={carry} start={(found.page - 1) * PAGE_SIZE + 1} />
            </>
          )}
        </>
      ) : null}
    </>
  );
}
