"use client";
import { usePathname, useSearchParams } from "next/navigation";

/**
 * The search box in the header (NHS header search): a GET form to /search, labelled for screen readers,
 * the button named "Search". The date and the view the reader is on travel with the words, as they do
 * with the navigation; on the search page the box shows the words searched for.
 */
export function HeaderSearch() {
  const pathname = usePathname();
  const params = useSearchParams();
  const q = pathname === "/search" ? (params.get("q") ?? "") : "";
  return <HeaderSearchForm asOf={params.get("asOf")} hindsight={params.get("view") === "hindsight"} q={q} />;
}

/** The same box before the client knows the address: the words go alone, with no date. */
export function HeaderSearchForm({ asOf = null, hindsight = false, q = "" }: { asOf?: string | null; hindsight?: boolean; q?: string }) {
  return (
    <search className="w-full tablet:w-auto tablet:ml-auto no-print">
      <form method="get" action="/search" className="flex">
        <label htmlFor="header-search-q" className="sr-only">
          Search the record
        </label>
        <input
          // a new search page shows its own words, not what was left in the box
          key={q}
          id="header-search-q"
          name="q"
          type="search"
          defaultValue={q}
          placeholder="Search"
          autoComplete="off"
          className="min-w-0 flex-1 tablet:w-64 border-2 border-r-0 border-white bg-white text-ink px-3 py-1 nhs-text-16 rounded-l-nhs"
        />
        {asOf ? <input type="hidden" name="asOf" value={asOf} /> : null}
        {hindsight ? <input type="hidden" name="view" value="hindsight" /> : null}
        <button type="submit" className="bg-white text-nhs-blue border-2 border-white px-3 rounded-r-nhs hover:bg-[#d9e7f4]">
          <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20" className="fill-current">
            <path d="M19.71 18.29l-4.11-4.1a7 7 0 1 0-1.41 1.41l4.1 4.11a1 1 0 0 0 1.42 0 1 1 0 0 0 0-1.42zM5 10a5 5 0 1 1 5 5 5 5 0 0 1-5-5z" />
          </svg>
          <span className="sr-only">Search</span>
        </button>
      </form>
    </search>
  );
}
