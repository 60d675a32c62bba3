// Page links for a long list, after the NHS pagination pattern: previous and next in words, and the
// page numbers around this one, the current page marked for screen readers (aria-current).
import Link from "next/link";

const number = new Intl.NumberFormat("en-GB");

export function Pagination({
  id,
  page,
  pageCount,
  total,
  pageSize,
  noun,
  hrefFor,
}: {
  id: string;
  page: number;
  pageCount: number;
  total: number;
  pageSize: number;
  /** what the rows are, plural: "go-lives" */
  noun: string;
  hrefFor: (page: number) => string;
}) {
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  return (
    <div id={id} className="mb-6">
      <p className="mb-2" aria-live="polite">
        {total === 0 ? `No ${noun} to show.` : `Showing ${number.format(first)} to ${number.format(last)} of ${number.format(total)} ${noun}.`}
      </p>
      {pageCount > 1 ? (
        <nav aria-label={`Pages of ${noun}`} className="no-print">
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-2">
            {page > 1 ? (
              <li>
                <Link href={hrefFor(page - 1)} rel="prev">
                  Previous<span className="sr-only"> page</span>
                </Link>
              </li>
            ) : null}
            {shown.map((p, i) => (
              <li key={p} className="flex items-center gap-x-4">
                {i > 0 && p - shown[i - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
                {p === page ? (
                  <span aria-current="page" className="font-semibold border-b-4 border-nhs-blue px-1">
                    <span className="sr-only">Page </span>
                    {p}
                  </span>
                ) : (
                  <Link href={hrefFor(p)} className="px-1">
                    <span className="sr-only">Page </span>
                    {p}
                  </Link>
                )}
              </li>
            ))}
            {page < pageCount ? (
              <li>
                <Link href={hrefFor(page + 1)} rel="next">
                  Next<span className="sr-only"> page</span>
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
