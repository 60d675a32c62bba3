import type { Metadata } from "next";
import Link from "next/link";
import { AsOfForm } from "@/components/rollout/as-of-form";
import { formatMoney } from "@/lib/domain/format";
import { SourceList } from "@/components/rollout/source-list";
import { CertaintyTag } from "@/components/rollout/status-tag";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Secondary } from "@/components/ui/secondary";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listPayments, listTrusts } from "@/lib/data/lists";
import { queryString, searchParamsOf } from "@/lib/validation/search-params";
import { formatIsoDate, formatPartialDate } from "@/lib/domain/dates";
import { parseRecordFilters } from "@/lib/exports/filters";
import { parseView } from "@/lib/validation/as-of";
import { PAGE_SIZE, pageOf, parsePage, type SearchParams } from "@/lib/validation/overview";
import { Pagination } from "@/components/ui/pagination";
import { td, th } from "@/components/ui/table-styles";
import { TableScroll } from "@/components/ui/table-scroll";
import { ExportLinks } from "@/components/rollout/export-links";

type Props = { searchParams: Promise<SearchParams> };

const select = "border-2 border-nhs-grey-1 bg-white px-2 py-1 nhs-text-19";

const PAYMENT_KIND: Record<string, string> = {
  DEPLOYMENT_CHARGE: "Deployment charge",
  SERVICE_CHARGE: "Service charge",
  EARNED_TO_DATE: "Earned to date",
};

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = searchParamsOf(await searchParams);
  const { errors } = parseRecordFilters(params);
  return { title: `${errors.length || parsePage(params.getAll("page")).error ? "Error: " : ""}Payments` };
}

export default async function PaymentsPage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const params = searchParamsOf(await searchParams);
  const asOf = parseView(params.get("asOf") ?? undefined, params.get("view") ?? undefined);
  const { filters, errors } = parseRecordFilters(params);
  const fieldErrors = errors.filter((e) => !e.startsWith("asOf:") && !e.startsWith("view:")).map((e) => e.replace(/^trust: /, ""));
  const [payments, trusts] = await Promise.all([listPayments(actor, filters), listTrusts(actor)]);
  const asOfParam = asOf.error ? null : asOf.requested;
  const trust = trusts.find((t) => t.slug === filters.trust);
  const exportQuery = queryString({ asOf: asOfParam, view: asOf.hindsight ? "hindsight" : null, trust: filters.trust });
  const requested = parsePage(params.getAll("page"));
  const shown = pageOf(payments, requested.page);
  return (
    <>
      {fieldErrors.length || requested.error ? (
        <ErrorSummary
          errors={[
            ...fieldErrors.map((message) => ({ href: "#filter-trust", message })),
            ...(requested.error ? [{ href: "#payment-pages", message: requested.error }] : []),
          ]}
        />
      ) : null}
      <h1>Payments</h1>
      <p className="nhs-text-22 max-w-reading mb-8">
        What BT was paid, or was due, under the London contract: deployment charges, monthly service charges and the amount earned, each in pounds with the
        price basis its source gives. Figures with different price bases are not comparable and are not converted.
      </p>
      <AsOfForm action="/payments" asOf={asOf} keep={{ trust: filters.trust }} />
      <form method="get" action="/payments" className="no-print bg-white p-4 tablet:p-6 mb-6" aria-labelledby="filters-heading">
        <h2 id="filters-heading" className="nhs-text-22">Filter the payments</h2>
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
          <a href={`/payments${queryString({ asOf: asOfParam, view: asOf.hindsight ? "hindsight" : null })}`} className="py-2">Clear filters</a>
        </div>
      </form>
      {can(actor, "rollout.export") ? (
        <p className="mb-4 no-print">
          <a href={`/exports/payments.csv${exportQuery}`} download>Download as CSV</a>
          {" · "}
          <a href={`/exports/payments.xlsx${exportQuery}`} download>Download as Excel</a>{" "}
          <span className="text-ink-secondary nhs-text-16">(the same date and filters)</span>
        </p>
      ) : null}
      {can(actor, "rollout.export") ? <ExportLinks name="acceptances" query={exportQuery} what="the acceptances" /> : null}
      <Pagination
        id="payment-pages"
        page={shown.page}
        pageCount={shown.pageCount}
        total={payments.length}
        pageSize={PAGE_SIZE}
        noun="payments"
        hrefFor={(page) => `/payments${queryString({ asOf: asOfParam, view: asOf.hindsight ? "hindsight" : null, trust: filters.trust, page: page > 1 ? String(page) : null })}`}
      />
      <TableScroll label="Payments">
        <table className="w-full min-w-[60rem] border-collapse nhs-text-16">
          <caption>
            {payments.length} {payments.length === 1 ? "payment" : "payments"} in the record as of {formatIsoDate(asOf.asOf)}
            {trust ? ` for ${trust.name}` : ""}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={th}>Payment</th>
              <th scope="col" className={th}>Trust</th>
              <th scope="col" className={`${th} text-right`}>Amount</th>
              <th scope="col" className={th}>Period</th>
              <th scope="col" className={th}>Price basis</th>
              <th scope="col" className={th}>As at</th>
              <th scope="col" className={th}>Certainty</th>
              <th scope="col" className={th}>Sources</th>
            </tr>
          </thead>
          <tbody>
            {payments.length === 0 ? (
              <tr><td colSpan={8} className={td}><Secondary>No payment in the record by this date.</Secondary></td></tr>
            ) : null}
            {shown.rows.map((p) => (
              <tr key={p.id}>
                <th scope="row" className={`${td} text-left font-normal max-w-reading`}>
                  <span className="block font-semibold">{PAYMENT_KIND[p.kind] ?? p.kind}</span>
                  {p.description}
                  {p.contract ? <span className="block text-ink-secondary">{p.contract.name}</span> : null}
                </th>
                <td className={td}>
                  {p.trust ? <Link href={`/trusts/${p.trust.slug}${queryString({ asOf: asOfParam, view: asOf.hindsight ? "hindsight" : null })}`}>{p.trust.shortName}</Link> : <Secondary>Whole contract</Secondary>}
                  {p.goLiveScope ? <span className="block text-ink-secondary">{p.goLiveScope}</span> : null}
                </td>
                <td className={`${td} text-right tabular-nums whitespace-nowrap`}>{formatMoney(p.amount)}</td>
                <td className={td}>{p.period ?? <Secondary>Not known</Secondary>}</td>
                <td className={td}>{p.priceBasis ?? <Secondary>Not known</Secondary>}</td>
                <td className={`${td} whitespace-nowrap`}>{p.asAt ? formatPartialDate(p.asAt) : <Secondary>Not known</Secondary>}</td>
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
