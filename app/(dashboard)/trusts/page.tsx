import type { Metadata } from "next";
import Link from "next/link";
import { SourceList } from "@/components/rollout/source-list";
import { CertaintyTag } from "@/components/rollout/status-tag";
import { Secondary } from "@/components/ui/secondary";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listTrusts, queryString, searchParamsOf } from "@/lib/data/lists";
import { parseView } from "@/lib/validation/as-of";
import type { SearchParams } from "@/lib/validation/overview";
import { td, th } from "@/components/ui/table-styles";

export const metadata: Metadata = { title: "Trusts" };

type Props = { searchParams: Promise<SearchParams> };


export default async function TrustsPage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const asOf = parseView(searchParamsOf(await searchParams).get("asOf") ?? undefined, searchParamsOf(await searchParams).get("view") ?? undefined);
  const trusts = await listTrusts(actor);
  // the list is the same at every date; the date only travels on to each trust's page
  const asOfQuery = queryString({ asOf: asOf.error ? null : asOf.requested, view: asOf.hindsight ? "hindsight" : null });
  const targets = trusts.filter((t) => t.isRolloutTarget).length;
  return (
    <>
      <h1>Trusts</h1>
      <p className="nhs-text-22 max-w-reading mb-8">
        Every trust in the record: {targets} that BT was deploying Cerner to, and {trusts.length - targets} with Cerner builds of their own, for context.
      </p>
      {can(actor, "rollout.export") ? (
        <p className="mb-4 no-print">
          <a href="/exports/trusts.csv" download>Download as CSV</a>
          {" · "}
          <a href="/exports/trusts.xlsx" download>Download as Excel</a>
        </p>
      ) : null}
      <div className="overflow-x-auto bg-white p-4 tablet:p-6">
        <table className="w-full min-w-[52rem] border-collapse nhs-text-16">
          <caption>{trusts.length} trusts</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>Trust</th>
              <th scope="col" className={th}>ODS code</th>
              <th scope="col" className={th}>In BT&rsquo;s rollout</th>
              <th scope="col" className={th}>Sites</th>
              <th scope="col" className={th}>Certainty</th>
              <th scope="col" className={th}>Sources</th>
            </tr>
          </thead>
          <tbody>
            {trusts.map((t) => (
              <tr key={t.slug}>
                <th scope="row" className={`${td} text-left font-normal`}>
                  <Link href={`/trusts/${t.slug}${asOfQuery}`}>{t.name}</Link>
                  {t.notes ? <span className="block text-ink-secondary max-w-reading">{t.notes}</span> : null}
                </th>
                <td className={td}>{t.odsCode ?? <Secondary>Not known</Secondary>}</td>
                <td className={td}>{t.isRolloutTarget ? "Yes" : "No"}</td>
                <td className={td}>
                  {t.sites.length ? (
                    <ul className="list-none">{t.sites.map((s) => <li key={s}>{s}</li>)}</ul>
                  ) : (
                    <Secondary>Not known</Secondary>
                  )}
                </td>
                <td className={td}><CertaintyTag certainty={t.certainty} note={t.certaintyNote} /></td>
                <td className={td}><SourceList sources={t.sources} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
