import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { BOARD_REVIEW } from "@/components/layout/trails";
import { PageHeading } from "@/components/ui/page-heading";
import Link from "next/link";
import { GoLiveRowHeader } from "@/components/rollout/fact-cells";
import { AsOfForm } from "@/components/rollout/as-of-form";
import { Lines } from "@/components/ui/lines";
import { Secondary } from "@/components/ui/secondary";
import { td } from "@/components/ui/table-styles";
import { requirePageActor } from "@/lib/auth/session";
import { loadProgrammeCosts } from "@/lib/data/board";
import { describeSlip } from "@/lib/domain/baseline";
import type { DecisionCost } from "@/lib/domain/decision-cost";
import { formatMoney } from "@/lib/domain/format";
import { Money } from "@/components/rollout/money";
import { formatIsoDate, formatPartialDate } from "@/lib/domain/dates";
import { parseViewParams } from "@/lib/validation/as-of";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Pagination } from "@/components/ui/pagination";
import { queryString } from "@/lib/validation/search-params";
import { pageOf, parsePage } from "@/lib/validation/overview";
import { DownloadLinks } from "@/components/rollout/download-links";
import { pageLinks } from "@/components/rollout/list-page";
import { can } from "@/lib/auth/permissions";

type Props = { searchParams: Promise<{ asOf?: string | string[]; view?: string | string[]; page?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const asOf = parseViewParams(await searchParams);
  const page = parsePage((await searchParams).page);
  return { title: `${asOf.error || page.error ? "Error: " : ""}What each decision cost` };
}

const TYPE_WORDS: Record<DecisionCost["type"], string> = { HOLD: "Halt", POSTPONE: "Postponement", RELEASE: "Resume", NONE: "" };

export default async function CostsPage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const params = await searchParams;
  const asOf = parseViewParams(params);
  const requested = parsePage(params.page);
  const { costs, totals } = await loadProgrammeCosts(actor, asOf.view);
  // The totals are the programme's; the decisions come 50 a page, oldest first.
  const shown = pageOf(costs, requested.page);
  const asOfParam = asOf.requested && !asOf.error ? asOf.asOf : null;
  const view = asOf.hindsight ? "hindsight" : null;
  const asOfQuery = queryString({ asOf: asOfParam, view });
  return (
    <>
      {requested.error ? <ErrorSummary errors={[{ href: "#cost-pages", message: requested.error }]} /> : null}
      <PageHeading trail={[BOARD_REVIEW]} title="What each decision cost" leadClassName="nhs-text-22 max-w-reading mb-6">
        For each halt, postponement and resume by {formatIsoDate(asOf.asOf)}: the go-lives it held and for how long, how far each go-live then moved, and the
        money that moved with it. BT&apos;s deployment charge falls due only when a trust accepts the deployment as fit for purpose; the monthly service charge
        follows it.
      </PageHeading>
      <AsOfForm action="/board/costs" asOf={asOf} />
      {can(actor, "rollout.export") ? (
        <DownloadLinks
          groups={[{ path: "/exports/decision-costs", query: asOfQuery, what: "each decision's go-lives and the money moved" }]}
          note="the same date; a row per go-live held and charge moved"
        />
      ) : null}
      <section aria-labelledby="totals-heading" className="mb-10">
        <h2 id="totals-heading">The programme</h2>
        <dl className="grid grid-cols-1 tablet:grid-cols-3 gap-4">
          <div className="bg-white p-4">
            <dt className="font-semibold">Days of delay from holds</dt>
            <dd className="nhs-text-36 font-bold tabular-nums">{totals.heldDays.toLocaleString("en-GB")}</dd>
            <dd className="nhs-text-16">
              <Secondary>go-live days, over {totals.goLives} go-lives</Secondary>
            </dd>
          </div>
          <div className="bg-white p-4 tablet:col-span-2">
            <dt className="font-semibold">Money moved later</dt>
            <dd className="nhs-text-19">
              <Money money={totals.money} withoutCharges={totals.withoutCharges} />
            </dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="decisions-heading" className="mb-10">
        <h2 id="decisions-heading">By decision</h2>
        {costs.length === 0 ? (
          <p id="cost-pages">No halt, postponement or resume had taken effect by {formatIsoDate(asOf.asOf)}.</p>
        ) : (
          <Pagination
            {...pageLinks({
              id: "cost-pages",
              noun: "decisions",
              path: "/board/costs",
              params: { asOf: asOfParam, view },
              shown: { ...shown, total: costs.length },
            })}
          />
        )}
        {shown.rows.map((c) => (
          <article key={c.decision.id} aria-labelledby={`cost-${c.decision.key}`} className="mb-8">
            <h3 id={`cost-${c.decision.key}`} className="nhs-text-22">
              {TYPE_WORDS[c.type]}: <Link href={`/decisions/${c.decision.key}${asOfQuery}`}>{c.decision.title}</Link>
            </h3>
            <p className="mb-2">
              In effect from {formatIsoDate(c.effectiveFrom)}.{" "}
              {c.type === "RELEASE"
                ? `Released ${c.goLives.length} ${c.goLives.length === 1 ? "go-live" : "go-lives"} (their days and money are counted under the halt it lifted).`
                : `Held ${c.goLives.length} ${c.goLives.length === 1 ? "go-live" : "go-lives"} for ${c.heldDays.toLocaleString("en-GB")} go-live days in all.`}
            </p>
            {c.goLives.length > 0 ? (
              <DataTable
                scroll={`Go-lives held by ${c.decision.title}`}
                className="min-w-[56rem]"
                caption={<>Go-lives held by {c.decision.title}</>}
                captionClassName="sr-only"
                columns={[
                  "Trust",
                  { label: "Days held", className: "text-right" },
                  "Plan when it took effect",
                  "Went live, or latest plan",
                  "Moved",
                  "Money moved with it",
                ]}
              >
                {c.goLives.map((g) => (
                  <tr key={g.goLiveId}>
                    <GoLiveRowHeader trust={g.trust} scope={g.scope} />
                    <td className={`${td} text-right tabular-nums`}>
                      {g.days}
                      <span className="block">
                        <Secondary>
                          {formatIsoDate(g.from)} to {formatIsoDate(g.until)}
                          {g.end === "IN_FORCE" ? " (still in force)" : ""}
                        </Secondary>
                      </span>
                    </td>
                    <td className={td}>{g.planAtDecision ? formatPartialDate(g.planAtDecision) : <Secondary>No dated plan</Secondary>}</td>
                    <td className={td}>
                      {g.movedTo ? `${g.movedToIsActual ? "Live" : "Planned"} ${formatPartialDate(g.movedTo)}` : <Secondary>Not known</Secondary>}
                    </td>
                    <td className={`${td} tabular-nums`}>{describeSlip(g.moved, g.overdue)}</td>
                    <td className={td}>
                      <Lines items={g.payments} keyOf={(p) => p.payment.id} none="Not known: the record gives no charge for this go-live">
                        {(p) => (
                          <>
                            {p.type === "DEPLOYMENT" ? "Deployment charge " : "Service charge, "}
                            {p.type === "SERVICE" && p.months ? `${p.months.min.toFixed(1)} to ${p.months.max.toFixed(1)} months: ` : ""}
                            <span className="tabular-nums">{formatMoney(p.amount)}</span>
                            {p.payment.priceBasis ? <Secondary> ({p.payment.priceBasis})</Secondary> : null}
                          </>
                        )}
                      </Lines>
                    </td>
                  </tr>
                ))}
              </DataTable>
            ) : null}
          </article>
        ))}
      </section>
      <details className="mb-8 max-w-reading">
        <summary className="font-semibold cursor-pointer">How these figures are worked out</summary>
        <ul className="list-disc pl-6 mt-2">
          <li>
            Days held: from the day the decision took effect (the end of its month, or the day it was first reported) to the day it was lifted for that go-live,
            the go-live, or the date shown.
          </li>
          <li>
            Moved: from the latest dated plan when the decision took effect to the go-live, or the latest plan. Where dates are months or seasons, the range
            they allow. The move is what happened after the decision, not all of it caused by it.
          </li>
          <li>
            Money: a go-live&apos;s deployment charge moves with it; its monthly service charge starts later by the months moved. Figures are added up only
            within the same price basis, and each go-live&apos;s money once.
          </li>
        </ul>
      </details>
    </>
  );
}
