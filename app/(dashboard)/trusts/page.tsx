import type { Metadata } from "next";
import Link from "next/link";
import { DownloadLinks } from "@/components/rollout/download-links";
import { CertaintyAndSourceCells, KnownCell } from "@/components/rollout/fact-cells";
import { dateParams, ListPage, pageLinks } from "@/components/rollout/list-page";
import { DataTable, RowHead } from "@/components/ui/data-table";
import { Lines } from "@/components/ui/lines";
import { Secondary } from "@/components/ui/secondary";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listTrusts } from "@/lib/data/lists";
import { queryString, searchParamsOf } from "@/lib/validation/search-params";
import { loadOrganisations } from "@/lib/data/organisations";
import { formatIsoDate, formatPartialDate } from "@/lib/domain/dates";
import { ORGANISATION_TYPE_LABEL, organisationOn } from "@/lib/domain/organisations";
import { parseView } from "@/lib/validation/as-of";
import { pageOf, parsePage, type SearchParams } from "@/lib/validation/overview";
import { td } from "@/components/ui/table-styles";

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
  const asOfQuery = queryString(dateParams(asOf));
  const onDate = (id: number) => organisationOn(organisations.organisations.get(id)!, organisations.changesByTrust.get(id) ?? [], asOf.asOf);
  const targets = trusts.filter((t) => t.isRolloutTarget).length;
  const requested = parsePage(sp.getAll("page"));
  const shown = pageOf(trusts, requested.page);
  return (
    <ListPage
      title="Trusts"
      lead={
        <p className="nhs-text-22 max-w-reading mb-8">
          Every trust in the record: {targets} with a Cerner go-live under BT&rsquo;s London contract, and {trusts.length - targets} others, for context: trusts
          with Cerner builds of their own, and trusts that earlier ones became part of. Names, types and mergers as they stood on {formatIsoDate(asOf.asOf)}.
        </p>
      }
      action="/trusts"
      errors={requested.error ? [{ href: "#trust-pages", message: requested.error }] : []}
      downloads={can(actor, "rollout.export") ? <DownloadLinks groups={[{ path: "/exports/trusts" }]} /> : null}
      pagination={pageLinks({ id: "trust-pages", noun: "trusts", path: "/trusts", params: dateParams(asOf), shown: { ...shown, total: trusts.length } })}
      tableLabel="Trusts"
    >
      <DataTable
        className="min-w-[64rem]"
        caption={`${trusts.length} trusts`}
        columns={["Trust", "Type", "Part of", "ODS code", "In BT’s rollout", "Sites", "Certainty", "Sources"]}
      >
        {shown.rows.map((t) => {
          const on = onDate(t.id);
          return (
            <tr key={t.slug}>
              <RowHead>
                <Link href={`/trusts/${t.slug}${asOfQuery}`}>{on.name}</Link>
                {t.notes ? <span className="block text-ink-secondary max-w-reading">{t.notes}</span> : null}
              </RowHead>
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
              <KnownCell value={t.odsCode} />
              <td className={td}>{t.isRolloutTarget ? "Yes" : "No"}</td>
              <td className={td}>
                <Lines items={t.sites} keyOf={(s) => s} none="Not known">
                  {(s) => s}
                </Lines>
              </td>
              <CertaintyAndSourceCells fact={t} />
            </tr>
          );
        })}
      </DataTable>
    </ListPage>
  );
}
