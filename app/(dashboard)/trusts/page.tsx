import type { Metadata } from "next";
import Link from "next/link";
import { SourceList } from "@/components/rollout/source-list";
import { CertaintyTag } from "@/components/rollout/status-tag";
import { Secondary } from "@/components/ui/secondary";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listTrusts } from "@/lib/data/lists";
import { queryString, searchParamsOf } from "@/lib/validation/search-params";
import { loadOrganisations } from "@/lib/data/organisations";
import { formatIsoDate, formatPartialDate } from "@/lib/domain/dates";
import { ORGANISATION_TYPE_LABEL, organisationOn } from "@/lib/domain/organisations";
import { parseView } from "@/lib/validation/as-of";
import { PAGE_SIZE, pageOf, parsePage, type SearchParams } from "@/lib/validation/overview";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Pagination } from "@/components/ui/pagination";
import { td, th } from "@/components/ui/table-styles";
import { TableScroll } from "@/components/ui/table-scroll";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const sp = await searchParams;
  return { title: `${parsePage(sp.page).error ? "Error: " : ""}Trusts` };
}

export default async function TrustsPage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const sp = searchParamsOf(await searchParams);
  const asOf = parseView(sp.get("asOf") ?? undefined, sp.get("view") ?? undefined);
  const [trusts, organisations] = await Promise.all([listTrusts(actor), loadOrganisations(actor)]);
  // the same trusts at every date; each named, typed and placed as it stood on the date
  const asOfQuery = queryString({ asOf: asOf.error ? null : asOf.requested, view: asOf.hindsight ? "hindsight" : null });
  const onDate = (id: number) => organisationOn(organisations.organisations.get(id)!, organisations.changesByTrust.get(id) ?? [], asOf.asOf);
  const targets = trusts.filter((t) => t.isRolloutTarget).length;
  const requested = parsePage(sp.getAll("page"));
  const shown = pageOf(trusts, requested.page);
  return (
    <>
      {requested.error ? <ErrorSummary errors={[{ href: "#trust-pages", message: requested.error }]} /> : null}
      <h1>Trusts</h1>
      <p className="nhs-text-22 max-w-reading mb-8">
        Every trust in the record: {targets} with a Cerner go-live under BT&rsquo;s London contract, and {trusts.length - targets} others, for context: trusts
        with Cerner builds of their own, and trusts that earlier ones became part of. Names, types and mergers as they stood on {formatIsoDate(asOf.asOf)}.
      </p>
      {can(actor, "rollout.export") ? (
        <p className="mb-4 no-print">
          <a href="/exports/trusts.csv" download>
            Download as CSV
          </a>
          {" · "}
          <a href="/exports/trusts.xlsx" download>
            Download as Excel
          </a>
        </p>
      ) : null}
      <Pagination
        id="trust-pages"
        page={shown.page}
        pageCount={shown.pageCount}
        total={trusts.length}
        pageSize={PAGE_SIZE}
        noun="trusts"
        hrefFor={(page) =>
          `/trusts${queryString({ asOf: asOf.error ? null : asOf.requested, view: asOf.hindsight ? "hindsight" : null, page: page > 1 ? String(page) : null })}`
        }
      />
      <TableScroll label="Trusts">
        <table className="w-full min-w-[64rem] border-collapse nhs-text-16">
          <caption>{trusts.length} trusts</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>
                Trust
              </th>
              <th scope="col" className={th}>
                Type
              </th>
              <th scope="col" className={th}>
                Part of
              </th>
              <th scope="col" className={th}>
                ODS code
              </th>
              <th scope="col" className={th}>
                In BT&rsquo;s rollout
              </th>
              <th scope="col" className={th}>
                Sites
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
            {shown.rows.map((t) => {
              const on = onDate(t.id);
              return (
                <tr key={t.slug}>
                  <th scope="row" className={`${td} text-left font-normal`}>
                    <Link href={`/trusts/${t.slug}${asOfQuery}`}>{on.name}</Link>
                    {t.notes ? <span className="block text-ink-secondary max-w-reading">{t.notes}</span> : null}
                  </th>
                  <td className={td}>{ORGANISATION_TYPE_LABEL[on.type]}</td>
                  <td className={td}>
                    {on.partOf ? (
                      <>
                        <Link href={`/trusts/${on.partOf.slug}${asOfQuery}`}>{on.partOf.name}</Link>, from {formatPartialDate(on.partOf.since)}
                      </>
                    ) : (
                      <Secondary>Not applicable</Secondary>
                    )}
                  </td>
                  <td className={td}>{t.odsCode ?? <Secondary>Not known</Secondary>}</td>
                  <td className={td}>{t.isRolloutTarget ? "Yes" : "No"}</td>
                  <td className={td}>
                    {t.sites.length ? (
                      <ul className="list-none">
                        {t.sites.map((s) => (
                          <li key={s}>{s}</li>
                        ))}
                      </ul>
                    ) : (
                      <Secondary>Not known</Secondary>
                    )}
                  </td>
                  <td className={td}>
                    <CertaintyTag certainty={t.certainty} note={t.certaintyNote} />
                  </td>
                  <td className={td}>
                    <SourceList sources={t.sources} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
