import type { Metadata } from "next";
import Link from "next/link";
import { TrustListPage } from "@/components/rollout/list-page";
import { CertaintyAndSourceCells } from "@/components/rollout/fact-cells";
import { can } from "@/lib/auth/permissions";
import { listProblems } from "@/lib/data/lists";
import { queryString } from "@/lib/validation/search-params";
import { formatIsoDate, formatPartialDate } from "@/lib/domain/dates";
import { viewParams } from "@/lib/validation/as-of";
import { loadTrustList, trustListTitle } from "../trust-list";
import type { SearchParams } from "@/lib/validation/overview";
import { DataTable, RowHead } from "@/components/ui/data-table";
import { td } from "@/components/ui/table-styles";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return trustListTitle(searchParams, "Problems after go-live");
}

export default async function ProblemsPage({ searchParams }: Props) {
  const { actor, query, rows: problems, trusts, trust, shown } = await loadTrustList(searchParams, listProblems);
  const { asOf } = query;
  return (
    <TrustListPage
      path="/problems"
      exportPath={can(actor, "rollout.export") ? "/exports/problems" : null}
      title="Problems after go-live"
      lead={`Outages, lost data and costs reported at trusts after their Cerner go-lives, as known on ${formatIsoDate(asOf.asOf)}, each with its source.`}
      noun="problems"
      query={query}
      trusts={trusts}
      shown={shown}
    >
      <DataTable
        className="min-w-[52rem]"
        caption={
          <>
            {problems.length} {problems.length === 1 ? "problem" : "problems"} reported by {formatIsoDate(asOf.asOf)}
            {trust ? ` at ${trust.name}` : ""}
          </>
        }
        columns={["Problem", "Trust", "Reported", "Certainty", "Sources"]}
        empty={problems.length ? null : "No problem reported by this date."}
      >
        {shown.rows.map((p) => (
          <tr key={p.id} id={`problem-${p.id}`}>
            <RowHead className="max-w-reading">{p.description}</RowHead>
            <td className={td}>
              <Link href={`/trusts/${p.trust.slug}${queryString(viewParams(asOf))}`}>{p.trust.shortName}</Link>
              {p.goLiveScope ? <span className="block text-ink-secondary">{p.goLiveScope}</span> : null}
            </td>
            <td className={`${td} whitespace-nowrap`}>{formatPartialDate(p.reported)}</td>
            <CertaintyAndSourceCells fact={p} view={asOf} />
          </tr>
        ))}
      </DataTable>
    </TrustListPage>
  );
}
