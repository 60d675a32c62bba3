import type { Metadata } from "next";
import Link from "next/link";
import { GoLiveChart, type ChartPoint } from "@/components/charts/go-live-chart";
import { AsOfForm } from "@/components/rollout/as-of-form";
import { StatusTag } from "@/components/rollout/status-tag";
import { Secondary } from "@/components/ui/secondary";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { loadRecord } from "@/lib/data/rollout";
import { formatIsoDate, formatPartialDate } from "@/lib/domain/dates";
import { buildTimeline } from "@/lib/domain/timeline";
import { parseViewParams } from "@/lib/validation/as-of";
import type { SearchParams } from "@/lib/validation/overview";
import { td, th } from "@/components/ui/table-styles";
import { TableScroll } from "@/components/ui/table-scroll";

type Props = { searchParams: Promise<SearchParams> };

const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const asOf = parseViewParams(await searchParams);
  return { title: `${asOf.error ? "Error: " : ""}Timeline` };
}

export default async function TimelinePage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const asOf = parseViewParams(await searchParams);
  const { rows, halts } = buildTimeline(await loadRecord(actor, asOf.view), asOf.asOf);
  const asOfParam = asOf.error ? null : asOf.requested;
  const point = (y: string, date: string, text: string): ChartPoint => ({ x: ms(date), y, text: `${y}: ${text}` });
  const firstPlans = rows.filter((r) => r.firstPlanned).map((r) => point(r.label, r.firstPlanned!.date, `first planned for ${r.firstPlannedText}`));
  const replans = rows.flatMap((r) => r.plannedDates.slice(1).map((p) => point(r.label, p.date, `re-planned for ${p.text}`)));
  const actuals = rows.filter((r) => r.actual).map((r) => point(r.label, r.actual!.date, `went live ${formatPartialDate(r.actual!)}`));
  const segments = rows
    .filter((r) => r.firstPlanned && (r.actual ?? r.latestPlanned))
    .map((r) => ({ label: r.label, from: ms(r.firstPlanned!.date), to: ms((r.actual ?? r.latestPlanned)!.date) }));
  const years = Array.from({ length: 10 }, (_, i) => ms(`${2006 + i}-01-01`));
  const end = Math.max(ms("2015-01-01"), ms(asOf.asOf) + 180 * 864e5, ...actuals.map((a) => a.x));
  return (
    <>
      <h1>Timeline of go-lives</h1>
      <p className="nhs-text-22 max-w-reading mb-8">
        Each go-live&rsquo;s first plan, its re-plans and the actual go-live, as known on {formatIsoDate(asOf.asOf)}, with the halt periods shaded.
      </p>
      <AsOfForm action="/timeline" asOf={asOf} />
      <section aria-labelledby="chart-heading" className="mb-10">
        <h2 id="chart-heading">Planned against actual</h2>
        <p className="mb-4 max-w-reading">
          Circles are first plans, triangles re-plans and squares actual go-lives; a grey line joins the first plan to the go-live or the latest plan.
          {halts.length
            ? ` Shaded: ${halts.map((h) => `the halt from ${formatPartialDate(h.fromText)} ${h.to ? `to ${formatIsoDate(h.to)}` : "still in force"}`).join("; ")}.`
            : " No halt had taken effect by this date."}{" "}
          Dates given only as a month or season are drawn at the start of that period; the table gives each date as the record does.
        </p>
        <GoLiveChart
          labels={rows.map((r) => r.label)}
          firstPlans={firstPlans}
          replans={replans}
          actuals={actuals}
          segments={segments}
          halts={halts.map((h) => ({ key: h.key, title: h.title, from: ms(h.from), to: h.to ? ms(h.to) : ms(asOf.asOf) }))}
          asOf={ms(asOf.asOf)}
          domain={[ms("2006-01-01"), end]}
          ticks={years.filter((t) => t <= end)}
        />
      </section>
      <section aria-labelledby="table-heading" className="mb-10">
        <h2 id="table-heading">The same data as a table</h2>
        <TableScroll label="Planned and actual go-lives">
          <table className="w-full min-w-[52rem] border-collapse nhs-text-16">
            <caption>Planned and actual go-lives as of {formatIsoDate(asOf.asOf)}</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>Go-live</th>
                <th scope="col" className={th}>Status</th>
                <th scope="col" className={th}>First plan</th>
                <th scope="col" className={th}>Every planned date</th>
                <th scope="col" className={`${th} text-right`}>Re-plans</th>
                <th scope="col" className={th}>Actual go-live</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.goLiveId}>
                  <th scope="row" className={`${td} text-left font-normal`}>
                    <Link href={asOfParam ? `/trusts/${r.slug}?asOf=${asOfParam}` : `/trusts/${r.slug}`}>{r.label}</Link>
                  </th>
                  <td className={td}><StatusTag status={r.status} /></td>
                  <td className={td}>{r.firstPlanned ? r.firstPlannedText : <Secondary>Not known</Secondary>}</td>
                  <td className={td}>{r.plannedDates.length ? r.plannedDates.map((p) => p.text).join(" → ") : <Secondary>Not known</Secondary>}</td>
                  <td className={`${td} text-right tabular-nums`}>{r.replans}</td>
                  <td className={td}>{r.actual ? formatPartialDate(r.actual) : <Secondary>Not live</Secondary>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        {can(actor, "rollout.export") ? (
          <p className="mt-4 no-print">
            Every plan and re-plan known by this date, with when each was announced:{" "}
            <a href={`/exports/plan-history.csv${asOfParam ? `?asOf=${encodeURIComponent(asOfParam)}` : ""}`} download>Download as CSV</a>
            {" · "}
            <a href={`/exports/plan-history.xlsx${asOfParam ? `?asOf=${encodeURIComponent(asOfParam)}` : ""}`} download>Download as Excel</a>
          </p>
        ) : null}
        <h3 className="mt-8">Halt periods</h3>
        {halts.length === 0 ? (
          <p><Secondary>No halt had taken effect by this date.</Secondary></p>
        ) : (
          <ul className="list-disc pl-6">
            {halts.map((h) => (
              <li key={h.key}>
                {h.title}: from {formatPartialDate(h.fromText)} {h.to ? `to ${formatIsoDate(h.to)}` : `, still in force on ${formatIsoDate(asOf.asOf)}`}.
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
