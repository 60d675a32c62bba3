import type { Metadata } from "next";
import Link from "next/link";
import { DownloadLinks, FilterForm, FilterSelect, ListPage } from "@/components/rollout/list-page";
import { SourceList } from "@/components/rollout/source-list";
import { CertaintyTag } from "@/components/rollout/status-tag";
import { Secondary } from "@/components/ui/secondary";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listProblems, listTrusts, queryString, searchParamsOf } from "@/lib/data/lists";
import { formatIsoDate, formatPartialDate } from "@/lib/domain/dates";
import { parseRecordFilters } from "@/lib/exports/filters";
import { parseView } from "@/lib/validation/as-of";
import { PAGE_SIZE, pageOf, parsePage, type SearchParams } from "@/lib/validation/overview";
import { td, th } from "@/components/ui/table-styles";

type Props = { searchParams: Promise<SearchParams> };

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
  const view = asOf.hindsight ? "hindsight" : null;
  const trust = trusts.find((t) => t.slug === filters.trust);
  const exportQuery = queryString({ asOf: asOfParam, view, trust: filters.trust });
  return (
    <ListPage
      title="Problems after go-live"
      lead={`Outages, lost data and costs reported at trusts after their Cerner go-lives, as known on ${formatIsoDate(asOf.asOf)}, each with its source.`}
      action="/problems"
      asOf={asOf}
      keep={{ trust: filters.trust }}
      errors={[
        ...fieldErrors.map((message) => ({ href: "#filter-trust", message })),
        ...(requested.error ? [{ href: "#problem-pages", message: requested.error }] : []),
      ]}
      filters={
        <FilterForm action="/problems" heading="Filter the problems" keep={{ asOf: asOfParam, view }} clearHref={`/problems${queryString({ asOf: asOfParam, view })}`}>
          <FilterSelect id="filter-trust" name="trust" label="Trust" error={fieldErrors[0]} value={filters.trust ?? ""} options={[{ value: "", label: "All trusts" }, ...trusts.map((t) => ({ value: t.slug, label: t.name }))]} />
        </FilterForm>
      }
      downloads={can(actor, "rollout.export") ? <DownloadLinks groups={[{ path: "/exports/problems", query: exportQuery }]} note="the same date and filters" /> : null}
      pagination={{
        id: "problem-pages",
        page: shown.page,
        pageCount: shown.pageCount,
        total: problems.length,
        pageSize: PAGE_SIZE,
        noun: "problems",
        hrefFor: (page) => `/problems${queryString({ asOf: asOfParam, view, trust: filters.trust, page: page > 1 ? String(page) : null })}`,
      }}
      tableLabel="Problems"
    >
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
                  <Link href={`/trusts/${p.trust.slug}${queryString({ asOf: asOfParam, view })}`}>{p.trust.shortName}</Link>
                  {p.goLiveScope ? <span className="block text-ink-secondary">{p.goLiveScope}</span> : null}
                </td>
                <td className={`${td} whitespace-nowrap`}>{formatPartialDate(p.reported)}</td>
                <td className={td}><CertaintyTag certainty={p.certainty} note={p.certaintyNote} /></td>
                <td className={td}><SourceList sources={p.sources} hindsightOn={asOf.hindsight ? asOf.asOf : null} /></td>
              </tr>
            ))}
          </tbody>
        </table>
    </ListPage>
  );
}
