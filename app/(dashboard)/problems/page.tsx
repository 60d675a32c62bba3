import type { Metadata } from "next";
import Link from "next/link";
import { TrustListPage } from "@/components/rollout/list-page";
import { SourceList } from "@/components/rollout/source-list";
import { CertaintyTag } from "@/components/rollout/status-tag";
import { Secondary } from "@/components/ui/secondary";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listProblems, listTrusts } from "@/lib/data/lists";
import { queryString, searchParamsOf } from "@/lib/validation/search-params";
import { formatIsoDate, formatPartialDate } from "@/lib/domain/dates";
import { viewParams } from "@/lib/validation/as-of";
import { hasTrustListErrors, parseTrustListQuery } from "@/lib/validation/trust-list";
import { pageOf, type SearchParams } from "@/lib/validation/overview";
import { td, th } from "@/components/ui/table-styles";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: `${hasTrustListErrors(parseTrustListQuery(searchParamsOf(await searchParams))) ? "Error: " : ""}Problems after go-live` };
}

export default async function ProblemsPage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const params = searchParamsOf(await searchParams);
  const query = parseTrustListQuery(params);
  const { asOf, filters } = query;
  const [problems, trusts] = await Promise.all([listProblems(actor, filters), listTrusts(actor)]);
  const shown = pageOf(problems, query.page.page);
  const trust = trusts.find((t) => t.slug === filters.trust);
  return (
    <TrustListPage
      path="/problems"
      exportPath={can(actor, "rollout.export") ? "/exports/problems" : null}
      title="Problems after go-live"
      lead={`Outages, lost data and costs reported at trusts after their Cerner go-lives, as known on ${formatIsoDate(asOf.asOf)}, each with its source.`}
      noun="problems"
      query={query}
      trusts={trusts}
      shown={{ ...shown, total: problems.length }}
    >
      <table className="w-full min-w-[52rem] border-collapse nhs-text-16">
        <caption>
          {problems.length} {problems.length === 1 ? "problem" : "problems"} reported by {formatIsoDate(asOf.asOf)}
          {trust ? ` at ${trust.name}` : ""}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={th}>
              Problem
            </th>
            <th scope="col" className={th}>
              Trust
            </th>
            <th scope="col" className={th}>
              Reported
            </th>
            <th scope="col" className={th}>
              Certainty
            </th>
            <th scope="col" className={th}>
              Sources
            </th>
          </tr>
        </thead>
        <tbody>
          {problems.length === 0 ? (
            <tr>
              <td colSpan={5} className={td}>
                <Secondary>No problem reported by this date.</Secondary>
              </td>
            </tr>
          ) : null}
          {shown.rows.map((p) => (
            <tr key={p.id} id={`problem-${p.id}`}>
              <th scope="row" className={`${td} text-left font-normal max-w-reading`}>
                {p.description}
              </th>
              <td className={td}>
                <Link href={`/trusts/${p.trust.slug}${queryString(viewParams(asOf))}`}>{p.trust.shortName}</Link>
                {p.goLiveScope ? <span className="block text-ink-secondary">{p.goLiveScope}</span> : null}
              </td>
              <td className={`${td} whitespace-nowrap`}>{formatPartialDate(p.reported)}</td>
              <td className={td}>
                <CertaintyTag certainty={p.certainty} note={p.certaintyNote} />
              </td>
              <td className={td}>
                <SourceList sources={p.sources} hindsightOn={asOf.hindsight ? asOf.asOf : null} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TrustListPage>
  );
}
