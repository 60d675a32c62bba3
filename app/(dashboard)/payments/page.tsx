import type { Metadata } from "next";
import Link from "next/link";
import { TrustListPage } from "@/components/rollout/list-page";
import { formatMoney } from "@/lib/domain/format";
import { SourceList } from "@/components/rollout/source-list";
import { CertaintyTag } from "@/components/rollout/status-tag";
import { Secondary } from "@/components/ui/secondary";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listPayments, listTrusts } from "@/lib/data/lists";
import { queryString, searchParamsOf } from "@/lib/validation/search-params";
import { formatIsoDate, formatPartialDate } from "@/lib/domain/dates";
import { viewParams } from "@/lib/validation/as-of";
import { hasTrustListErrors, parseTrustListQuery } from "@/lib/validation/trust-list";
import { pageOf, type SearchParams } from "@/lib/validation/overview";
import { td, th } from "@/components/ui/table-styles";

type Props = { searchParams: Promise<SearchParams> };

const PAYMENT_KIND: Record<string, string> = {
  DEPLOYMENT_CHARGE: "Deployment charge",
  SERVICE_CHARGE: "Service charge",
  EARNED_TO_DATE: "Earned to date",
};

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: `${hasTrustListErrors(parseTrustListQuery(searchParamsOf(await searchParams))) ? "Error: " : ""}Payments` };
}

export default async function PaymentsPage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const params = searchParamsOf(await searchParams);
  const query = parseTrustListQuery(params);
  const { asOf, filters } = query;
  const [payments, trusts] = await Promise.all([listPayments(actor, filters), listTrusts(actor)]);
  const trust = trusts.find((t) => t.slug === filters.trust);
  const shown = pageOf(payments, query.page.page);
  return (
    <TrustListPage
      path="/payments"
      exportPath={can(actor, "rollout.export") ? "/exports/payments" : null}
      alsoExports={[{ label: "Acceptances", path: "/exports/acceptances" }]}
      title="Payments"
      lead="What BT was paid, or was due, under the London contract: deployment charges, monthly service charges and the amount earned, each in pounds with the price basis its source gives. Figures with different price bases are not comparable and are not converted."
      noun="payments"
      query={query}
      trusts={trusts}
      shown={{ ...shown, total: payments.length }}
    >
      <table className="w-full min-w-[60rem] border-collapse nhs-text-16">
        <caption>
          {payments.length} {payments.length === 1 ? "payment" : "payments"} in the record as of {formatIsoDate(asOf.asOf)}
          {trust ? ` for ${trust.name}` : ""}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={th}>
              Payment
            </th>
            <th scope="col" className={th}>
              Trust
            </th>
            <th scope="col" className={`${th} text-right`}>
              Amount
            </th>
            <th scope="col" className={th}>
              Period
            </th>
            <th scope="col" className={th}>
              Price basis
            </th>
            <th scope="col" className={th}>
              As at
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
          {payments.length === 0 ? (
            <tr>
              <td colSpan={8} className={td}>
                <Secondary>No payment in the record by this date.</Secondary>
              </td>
            </tr>
          ) : null}
          {shown.rows.map((p) => (
            <tr key={p.id}>
              <th scope="row" className={`${td} text-left font-normal max-w-reading`}>
                <span className="block font-semibold">{PAYMENT_KIND[p.kind] ?? p.kind}</span>
                {p.description}
                {p.contract ? <span className="block text-ink-secondary">{p.contract.name}</span> : null}
              </th>
              <td className={td}>
                {p.trust ? (
                  <Link href={`/trusts/${p.trust.slug}${queryString(viewParams(asOf))}`}>{p.trust.shortName}</Link>
                ) : (
                  <Secondary>Whole contract</Secondary>
                )}
                {p.goLiveScope ? <span className="block text-ink-secondary">{p.goLiveScope}</span> : null}
              </td>
              <td className={`${td} text-right tabular-nums whitespace-nowrap`}>{formatMoney(p.amount)}</td>
              <td className={td}>{p.period ?? <Secondary>Not known</Secondary>}</td>
              <td className={td}>{p.priceBasis ?? <Secondary>Not known</Secondary>}</td>
              <td className={`${td} whitespace-nowrap`}>{p.asAt ? formatPartialDate(p.asAt) : <Secondary>Not known</Secondary>}</td>
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
