import type { Metadata } from "next";
import Link from "next/link";
import { AsOfForm } from "@/components/rollout/as-of-form";
import { SourceList } from "@/components/rollout/source-list";
import { CertaintyTag } from "@/components/rollout/status-tag";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Secondary } from "@/components/ui/secondary";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listProblems, listTrusts } from "@/lib/data/lists";
import { queryString, searchParamsOf } from "@/lib/validation/search-params";
import { formatIsoDate, formatPartialDate } from "@/lib/domain/dates";
import { parseRecordFilters } from "@/lib/exports/filters";
import { parseView } from "@/lib/validation/as-of";
import { PAGE_SIZE, pageOf, parsePage, type SearchParams } from "@/lib/validation/overview";
import { Pagination } from "@/components/ui/pagination";
import { td, th } from "@/components/ui/table-styles";
import { TableScroll } from "@/components/ui/table-scroll";

type Props = { searchParams: Promise<SearchParams> };

const select = "border-2 border-nhs-grey-1 bg-white px-2 py-1 nhs-text-19";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { errors } = parseRecordFilters(searchParamsOf(await searchParams));
  return { title: `${errors.length ? "Error: " : ""}Problems after go-live` };
}

export default async function ProblemsPage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const params = searchParamsOf(await searchParams);
  const asOf = parseView(params.get("asOf") ?? undefined, params.get("view") ?? undefined);
  const { filters, errors } = parseRecordFilters(params);
  const fieldErrors = errors.filter((e) => !e.startsWith("asOf:") && !e.startsWith("view:")).map((e) => e.replace(/^trust: /, ""));
  const [problems, trusts] = await Promise.all([listProblems(actor, filters), listTrusts(actor)]);
  const requested = parsePage(params.getAll("page"));
  const shown = pageOf(problems, requested.page);
  const asOfParam = asOf.error ? null : asOf.requested;
  const trust = trusts.find((t) => t.slug === filters.trust);
  const exportQuery = queryString({ asOf: asOfParam, view: asOf.hindsight ? "hindsight" : null, trust: filters.trust });
  return (
    <>
      {fieldErrors.length || requested.error ? (
        <ErrorSummary
          errors={[
            ...fieldErrors.map((message) => ({ href: "#filter-trust", message })),
            ...(requested.error ? [{ href: "#problem-pages", message: requested.error }] : []),
          ]}
        />
      ) : null}
      <h1>Problems after go-live</h1>
      <p className="nhs-text-22 max-w-reading mb-8">
        Outages, lost data and costs reported at trusts after their Cerner go-lives, as known on {formatIsoDate(asOf.asOf)}, each with its source.
      </p>
      <AsOfForm action="/problems" asOf={asOf} keep={{ trust: filters.trust }} />
      <form method="get" action="/problems" className="no-print bg-white p-4 tablet:p-6 mb-6" aria-labelledby="filters-heading">
        <h2 id="filters-heading" className="nhs-text-22">Filter the problems</h2>
        {asOfParam ? <input type="hidden" name="asOf" value={asOfParam} /> : null}
        {asOf.hindsight ? <input type="hidden" name="view" value="hindsight" /> : null}
        <div className="flex flex-wrap items-end gap-6">
          <div className={fieldErrors.length ? "border-l-4 border-error pl-3" : undefined}>
            <label htmlFor="filter-trust" className="block font-semibold mb-1">Trust</label>
            {fieldErrors.length ? <p id="filter-trust-error" className="text-error font-semibold mb-1"><span className="sr-only">Error:</span> {fieldErrors[0]}</p> : null}
            <select id="filter-trust" name="trust" defaultValue={filters.trust ?? ""} className={select} aria-invalid={fieldErrors.length ? true : undefined} aria-describedby={fieldErrors.length ? "filter-trust-error" : undefined}>
              <option value="">All trusts</option>
              {trusts.map((t) => <option key={t.slug} value={t.slug}>{t.name}</option>)}
            </select>
          </div>
          <button type="submit" className="border-2 border-nhs-blue text-nhs-blue font-semibold px-4 py-2 rounded-nhs shadow-[0_4px_0_var(--color-nhs-blue)] bg-white hover:bg-[#d9e7f4]">
            Apply filters
          </button>
          <a href={`/problems${queryString({ asOf: asOfParam, view: asOf.hindsight ? "hindsight" : null })}`} className="py-2">Clear filters</a>
        </div>
      </form>
      {can(actor, "rollout.export") ? (
        <p className="mb-4 no-print">
          <a href={`/exports/problems.csv${exportQuery}`} download>Download as CSV</a>
          {" · "}
          <a href={`/exports/problems.xlsx${exportQuery}`} download>Download as Excel</a>{" "}
          <span className="text-ink-secondary nhs-text-16">(the same date and filters)</span>
        </p>
      ) : null}
      <Pagination
        id="problem-pages"
        page={shown.page}
        pageCount={shown.pageCount}
        total={problems.length}
        pageSize={PAGE_SIZE}
        noun="problems"
        hrefFor={(page) => `/problems${queryString({ asOf: asOfParam, view: asOf.hindsight ? "hindsight" : null, trust: filters.trust, page: page > 1 ? String(page) : null })}`}
      />
      <TableScroll label="Problems">
        <table className="w-full min-w-[52rem] border-collapse nhs-text-16">
          <caption>
            {problems.length} {problems.length === 1 ? "problem" : "problems"} reported by {formatIsoDate(asOf.asOf)}
            {trust ? ` at ${trust.name}` : ""}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={th}>Problem</th>
              <th scope="col" className={th}>Trust</th>
              <th scope="col" className={th}>Reported</th>
              <th scope="col" className={th}>Certainty</th>
              <th scope="col" className={th}>Sources</th>
            </tr>
          </thead>
          <tbody>
            {problems.length === 0 ? (
              <tr><td colSpan={5} className={td}><Secondary>No problem reported by this date.</Secondary></td></tr>
            ) : null}
            {shown.rows.map((p) => (
              <tr key={p.id} id={`problem-${p.id}`}>
                <th scope="row" className={`${td} text-left font-normal max-w-reading`}>{p.description}</th>
                <td className={td}>
                  <Link href={`/trusts/${p.trust.slug}${queryString({ asOf: asOfParam, view: asOf.hindsight ? "hindsight" : null })}`}>{p.trust.shortName}</Link>
                  {p.goLiveScope ? <span className="block text-ink-secondary">{p.goLiveScope}</span> : null}
                </td>
                <td className={`${td} whitespace-nowrap`}>{formatPartialDate(p.reported)}</td>
                <td className={td}><CertaintyTag certainty={p.certainty} note={p.certaintyNote} /></td>
                <td className={td}><SourceList sources={p.sources} hindsightOn={asOf.hindsight ? asOf.asOf : null} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
