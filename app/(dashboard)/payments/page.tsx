import type { Metadata } from "next";
import Link from "next/link";
import { TrustListPage } from "@/components/rollout/list-page";
import { formatMoney } from "@/lib/domain/format";
import { CertaintyAndSourceCells, KnownCell } from "@/components/rollout/fact-cells";
import { Secondary } from "@/components/ui/secondary";
import { can } from "@/lib/auth/permissions";
import { listPayments } from "@/lib/data/lists";
import { queryString } from "@/lib/validation/search-params";
import { formatIsoDate, formatPartialDate } from "@/lib/domain/dates";
import { viewParams } from "@/lib/validation/as-of";
import { loadTrustList, trustListTitle } from "../trust-list";
import type { SearchParams } from "@/lib/validation/overview";
import { DataTable, RowHead } from "@/components/ui/data-table";
import { td } from "@/components/ui/table-styles";

type Props = { searchParams: Promise<SearchParams> };

const PAYMENT_KIND: Record<string, string> = {
  DEPLOYMENT_CHARGE: "Deployment charge",
  SERVICE_CHARGE: "Service charge",
  EARNED_TO_DATE: "Earned to date",
};

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return trustListTitle(searchParams, "Payments");
}

export default async function PaymentsPage({ searchParams }: Props) {
  const { actor, query, rows: payments, trusts, trust, shown } = await loadTrustList(searchParams, listPayments);
  const { asOf } = query;
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
      shown={shown}
    >
      <DataTable
        className="min-w-[60rem]"
        caption={
          <>
            {payments.length} {payments.length === 1 ? "payment" : "payments"} in the record as of {formatIsoDate(asOf.asOf)}
            {trust ? ` for ${trust.name}` : ""}
          </>
        }
        columns={["Payment", "Trust", { label: "Amount", className: "text-right" }, "Period", "Price basis", "As at", "Certainty", "Sources"]}
        empty={payments.length ? null : "No payment in the record by this date."}
      >
        {shown.rows.map((p) => (
          <tr key={p.id}>
            <RowHead className="max-w-reading">
              <span className="block font-semibold">{PAYMENT_KIND[p.kind] ?? p.kind}</span>
              {p.description}
              {p.contract ? <span className="block text-ink-secondary">{p.contract.name}</span> : null}
            </RowHead>
            <td className={td}>
              {p.trust ? (
                <Link href={`/trusts/${p.trust.slug}${queryString(viewParams(asOf))}`}>{p.trust.shortName}</Link>
              ) : (
                <Secondary>Whole contract</Secondary>
              )}
              {p.goLiveScope ? <span className="block text-ink-secondary">{p.goLiveScope}</span> : null}
            </td>
            <td className={`${td} text-right tabular-nums whitespace-nowrap`}>{formatMoney(p.amount)}</td>
            <KnownCell value={p.period} />
            <KnownCell value={p.priceBasis} />
            <KnownCell value={p.asAt && formatPartialDate(p.asAt)} className="whitespace-nowrap" />
            <CertaintyAndSourceCells fact={p} view={asOf} />
          </tr>
        ))}
      </DataTable>
    </TrustListPage>
  );
}
