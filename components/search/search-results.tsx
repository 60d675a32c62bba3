import Link from "next/link";
import { formatPartialDate } from "@/lib/domain/dates";
import { SEARCH_KIND_LABEL } from "@/lib/domain/search";
import type { SearchHit } from "@/lib/data/search";
import { queryString } from "@/lib/validation/search-params";
import { MarkedText } from "./marked-text";

/** Where a hit is shown in full, on the same date and view (`view`: the query entries that carry them). */
export function hitHref(hit: SearchHit, view: Record<string, string>): string {
  const page = (n: number) => (n > 1 ? String(n) : null);
  switch (hit.kind) {
    case "trust":
      return `/trusts/${hit.slug}${queryString(view)}`;
    case "decision":
      return `/decisions/${hit.key}${queryString(view)}`;
    case "problem":
      return `/problems${queryString({ ...view, trust: hit.trust.slug })}#problem-${hit.id}`;
    case "conflict":
      return `/conflicts${queryString({ ...view, status: "all", page: page(hit.listPage) })}#conflict-${hit.key}`;
    case "source":
      return `/sources${queryString({ ...view, page: page(hit.listPage) })}#source-${hit.key}`;
  }
}

function details(hit: SearchHit): string | null {
  switch (hit.kind) {
    case "trust":
      return null;
    case "decision":
      return `Decided ${formatPartialDate(hit.decided)}`;
    case "problem":
      return `At ${hit.trust.shortName}, reported ${formatPartialDate(hit.reported)}`;
    case "conflict":
      return hit.status === "OPEN" ? "Open: the record does not settle it" : "Resolved";
    case "source":
      return hit.published ? `Published ${formatPartialDate(hit.published)}` : "Publication date not known";
  }
}

/** The hits of one page, best first: each with its kind, a link to it, and its matching words marked. */
export function SearchResults({ hits, view, start }: { hits: SearchHit[]; view: Record<string, string>; start: number }) {
  return (
    <ol start={start} className="list-none p-0 mb-8">
      {hits.map((hit) => {
        const detail = details(hit);
        return (
          <li key={`${hit.kind}:${hitHref(hit, {})}`} className="bg-white border border-rule p-4 tablet:p-6 mb-4">
            <p className="mb-2">
              <strong className="inline-block border border-ink px-2 py-0.5 nhs-text-16 font-semibold">{SEARCH_KIND_LABEL[hit.kind]}</strong>
            </p>
            <h2 className="nhs-text-22 mb-2">
              <Link href={hitHref(hit, view)}>
                <MarkedText fragments={hit.title} />
              </Link>
            </h2>
            {detail ? <p className="text-ink-secondary nhs-text-16 mb-2">{detail}</p> : null}
            {hit.snippet ? (
              <p className="max-w-reading nhs-text-16 mb-0">
                {hit.kind === "trust" ? "Names: " : ""}
                <MarkedText fragments={hit.snippet} />
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
