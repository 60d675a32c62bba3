import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { BOARD_REVIEW } from "@/components/layout/trails";
import { Options } from "@/components/forms/fields";
import { PageHeading } from "@/components/ui/page-heading";
import Link from "next/link";
import { MilestoneTrendChart } from "@/components/charts/milestone-trend-chart";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Secondary } from "@/components/ui/secondary";
import { td } from "@/components/ui/table-styles";
import { Tag } from "@/components/ui/tag";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { loadMilestoneTrends, TRENDS_DEFAULT_GO_LIVES } from "@/lib/data/trends";
import { formatIsoDate } from "@/lib/domain/dates";
import { forecastWords, TREND_INTERVAL_LABEL, TREND_INTERVALS, trendChartData } from "@/lib/domain/milestone-trends";
import { parseTrendsQuery, TRENDS_MAX_TRUSTS } from "@/lib/validation/trends";
import { DateInput } from "@/components/forms/date-input";
import { asOfDateFields, asOfErrorItems } from "@/components/rollout/as-of-form";
import { buttonClass, errorGroupClass, inputBorderClass, inputClass } from "@/components/ui/form-styles";
import { DAY_NEEDED } from "@/lib/validation/date-input";

type Props = { searchParams: Promise<{ asOf?: string | string[]; interval?: string | string[]; trust?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parseTrendsQuery(await searchParams);
  return { title: `${query.errors.length || query.asOf.error ? "Error: " : ""}Milestone trends` };
}

const MARKER_WORDS = { HALT: "Halt", RESUME: "Resume", WITHDRAW: "Withdrawal", POSTPONE: "Postponement" } as const;

export default async function TrendsPage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const query = parseTrendsQuery(await searchParams);
  const asOf = query.asOf.asOf;
  const result = await loadMilestoneTrends(actor, { asOf, interval: query.interval, trusts: query.trusts });
  const errors = [
    ...asOfErrorItems(query.asOf),
    ...query.errors.map((e) => ({ href: e.field === "interval" ? "#interval" : "#trusts", message: e.message })),
    ...(result.unknown.length
      ? [{ href: "#trusts", message: `No trust in the rollout is called ${result.unknown.join(", ")}: choose trusts from the list` }]
      : []),
  ];
  const chosen = new Set(result.chosen.map((c) => c.slug));
  const chart = trendChartData(result.trends, result.dates, result.markers, result.baselines);
  const shownDates = result.dates.filter((d) => d <= asOf);
  const exportQuery = `?${new URLSearchParams([...(query.asOf.error || !query.asOf.requested ? [] : [["asOf", query.asOf.requested]]), ["interval", query.interval], ...(result.defaulted ? [] : result.chosen.map((c) => ["trust", c.slug]))])}`;
  return (
    <>
      {errors.length ? <ErrorSummary errors={errors} /> : null}
      <PageHeading trail={[BOARD_REVIEW]} title="Milestone trends" leadClassName="nhs-text-22 max-w-reading mb-6">
        Each go-live&apos;s forecast date as the record stood at each reporting date up to {formatIsoDate(asOf)}, from the plans as they became known. A flat
        line is on plan; a rising one is slipping; where a line meets the diagonal the go-live was due.
      </PageHeading>
      <form method="get" action="/board/trends" className="no-print bg-white p-4 tablet:p-6 mb-8" aria-labelledby="trends-form-heading">
        <h2 id="trends-form-heading" className="nhs-text-22">
          Choose what to draw
        </h2>
        <div className="flex flex-wrap items-end gap-6 mb-4">
          <DateInput
            name="asOf"
            legend="Up to the date"
            hint="For example, 1 6 2010"
            error={query.asOf.error}
            fields={asOfDateFields(query.asOf)}
            rules={DAY_NEEDED}
            spacing="mb-0"
          />
          <div className={query.errors.some((e) => e.field === "interval") ? errorGroupClass : undefined}>
            <label htmlFor="interval" className="block font-semibold mb-1">
              Read the forecasts at
            </label>
            <select
              id="interval"
              name="interval"
              defaultValue={query.interval}
              className={`${inputClass} ${inputBorderClass(query.errors.some((e) => e.field === "interval"))}`}
            >
              <Options options={TREND_INTERVALS.map((i) => ({ value: i, label: TREND_INTERVAL_LABEL[i] }))} />
            </select>
          </div>
        </div>
        <fieldset id="trusts" className="mb-4" aria-describedby="trusts-hint">
          <legend className="font-semibold mb-1">Trusts</legend>
          <p id="trusts-hint" className="text-ink-secondary nhs-text-16 mb-2">
            Up to {TRENDS_MAX_TRUSTS}. With none chosen, the {TRENDS_DEFAULT_GO_LIVES} go-lives re-planned most by the date are drawn.
          </p>
          <div className="max-h-64 overflow-y-auto border border-rule p-2 grid grid-cols-1 tablet:grid-cols-2 gap-x-6" tabIndex={-1}>
            {result.options.map((o) => (
              <div key={o.slug} className="flex items-center gap-2 py-1">
                <input
                  type="checkbox"
                  id={`trust-${o.slug}`}
                  name="trust"
                  value={o.slug}
                  defaultChecked={chosen.has(o.slug) && !result.defaulted}
                  className="size-5"
                />
                <label htmlFor={`trust-${o.slug}`}>{o.name}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <button type="submit" className={buttonClass.primary}>
          Draw the trends
        </button>
      </form>

      {result.trends.length === 0 ? (
        <p className="bg-white p-4 mb-8">
          {result.chosen.length === 0
            ? "No go-live to draw: choose trusts of the rollout."
            : `The record knew no plan for these trusts by ${formatIsoDate(asOf)}.`}
        </p>
      ) : (
        <>
          <p className="mb-4">
            {result.defaulted ? `The ${result.trends.length} go-lives re-planned most by ${formatIsoDate(asOf)}` : `${result.trends.length} go-lives`}, read at{" "}
            {TREND_INTERVAL_LABEL[query.interval].toLowerCase()} from {formatIsoDate(result.range!.from)}: {shownDates.length} reporting dates. A forecast known
            only to the month or the season is drawn as its whole period, a band; one known to the day, as a line.
          </p>
          {can(actor, "rollout.export") ? (
            <p className="mb-4 no-print">
              <a href={`/exports/trends.csv${exportQuery}`} download>
                Download the forecasts as CSV
              </a>
              {" · "}
              <a href={`/exports/trends.xlsx${exportQuery}`} download>
                as Excel
              </a>{" "}
              <span className="text-ink-secondary nhs-text-16">(the same date, interval and trusts)</span>
            </p>
          ) : null}
          <MilestoneTrendChart data={chart} title={`Forecast go-live date at each reporting date, to ${formatIsoDate(asOf)}`} />
          <DataTable
            scroll="Forecasts at each reporting date"
            caption="Forecast go-live at each reporting date, as the record stood on it"
            columns={[
              "Reporting date",
              ...result.trends.map((t) => ({ key: String(t.goLiveId), label: <Link href={`/trusts/${t.trustSlug}?asOf=${asOf}`}>{t.label}</Link> })),
            ]}
          >
            {shownDates.map((on) => (
              <tr key={on}>
                <th scope="row" className={`${td} text-left font-normal whitespace-nowrap`}>
                  {formatIsoDate(on)}
                </th>
                {result.trends.map((t) => {
                  const p = t.points.find((x) => x.on === on)!;
                  return (
                    <td key={t.goLiveId} className={td}>
                      {p.forecast ? forecastWords(p.forecast) : <Secondary>{p.note}</Secondary>}
                      {p.overdue ? (
                        <>
                          {" "}
                          <Tag tone="red">Overdue</Tag>
                        </>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr>
              <th scope="row" className={`${td} text-left font-semibold`}>
                Went live
              </th>
              {result.trends.map((t) => (
                <td key={t.goLiveId} className={td}>
                  {t.actual ? forecastWords(t.actual) : <Secondary>Not live by {formatIsoDate(asOf)}</Secondary>}
                </td>
              ))}
            </tr>
          </DataTable>
          <section aria-labelledby="marked-heading" className="mt-8">
            <h2 id="marked-heading">Marked on the chart</h2>
            {result.markers.length === 0 && result.baselines.length === 0 ? (
              <p>No halt, resume, withdrawal, postponement or baseline in the period.</p>
            ) : (
              <ul className="list-disc pl-6 space-y-1">
                {result.markers.map((m) => (
                  <li key={`${m.key}-${m.on}`}>
                    {formatIsoDate(m.on)}: {MARKER_WORDS[m.kind]}, <Link href={`/decisions/${m.key}?asOf=${asOf}`}>{m.title}</Link>
                  </li>
                ))}
                {result.baselines.map((b) => (
                  <li key={b.key}>
                    {formatIsoDate(b.on)}: baseline taken, <Link href={`/board/compare?baseline=${b.key}&asOf=${asOf}`}>{b.name}</Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
