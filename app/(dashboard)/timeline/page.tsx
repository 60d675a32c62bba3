import type { Metadata } from "next";
import Link from "next/link";
import { GoLiveChart } from "@/components/charts/go-live-chart";
import { OverTimeChart, QuarterChart } from "@/components/charts/timeline-charts";
import { withAsOf } from "@/components/rollout/format";
import { DownloadLinks } from "@/components/rollout/download-links";
import { KnownCell } from "@/components/rollout/fact-cells";
import { dateParams, ListPage, pageLinks } from "@/components/rollout/list-page";
import { DisputedTag, StatusTag } from "@/components/rollout/status-tag";
import { DataTable, RowHead } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { Secondary } from "@/components/ui/secondary";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { getTimeline } from "@/lib/data/timeline";
import { formatIsoDate, formatPartialDate } from "@/lib/domain/dates";
import { describePlanned } from "@/lib/domain/rollout";
import {
  claimsInWords,
  disputedDays,
  NOT_TO_A_QUARTER,
  quarterName,
  quarterOfDay,
  SERIES,
  SERIES_NAMES,
  shapeGoLiveChart,
  type DisputedDay,
  type QuarterCount,
  type Series,
} from "@/lib/domain/timeline";
import { listConflicts } from "@/lib/data/conflicts";
import type { PartialDate } from "@/lib/domain/dates";
import { type SearchParams } from "@/lib/validation/overview";
import { parseTimelineQuery } from "@/lib/validation/timeline";
import { td } from "@/components/ui/table-styles";
import { queryString } from "@/lib/validation/search-params";

type Props = { searchParams: Promise<SearchParams> };

const number = new Intl.NumberFormat("en-GB");
/** "Q1 2009": a quarter as the chart's axis names it (the tables give the months). */
const shortQuarter = (key: string) => `${key.slice(5)} ${key.slice(0, 4)}`;

/** The day a go-live went live, or, when the sources dispute it, each source's day and a link to the conflict. */
function WentLive({ wentLive, dispute, href }: { wentLive: PartialDate; dispute: DisputedDay | null; href: string }) {
  if (!dispute) return <>{formatPartialDate(wentLive)}</>;
  return (
    <>
      <DisputedTag /> <span>{claimsInWords(dispute.claims)}.</span>{" "}
      <Link href={href}>
        See each source&rsquo;s claim<span className="sr-only">: {dispute.title}</span>
      </Link>
    </>
  );
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parseTimelineQuery(await searchParams);
  return { title: `${query.asOf.error || query.errors.length ? "Error: " : ""}Timeline` };
}

export default async function TimelinePage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const query = parseTimelineQuery(await searchParams);
  const view = query.asOf.view;
  const [timeline, conflicts] = await Promise.all([getTimeline(actor, view, query), listConflicts(actor, "open", view)]);
  const date = dateParams(query.asOf);
  const asOfParam = date.asOf;
  const link = { asOf: asOfParam, hindsight: view.hindsight };
  /** The go-lives behind a count, or every go-live, on the page's date and view. */
  const drillHref = (to?: { series: Series; quarter: string }) => `/timeline${queryString({ ...date, series: to?.series, quarter: to?.quarter })}#go-lives`;
  const asOfText = formatIsoDate(view.asOf);
  const drill = query.drill;
  const quarterRows: QuarterCount[] = [...timeline.quarters, ...(timeline.notToAQuarter ? [timeline.notToAQuarter] : [])];
  const total = (s: Series) => quarterRows.reduce((n, q) => n + q[s], 0);
  const busiest = [...timeline.quarters].sort((a, b) => b.live - a.live || a.quarter.localeCompare(b.quarter))[0];
  const lastCount = timeline.overTime.at(-1);

  // The chart of the go-lives listed (shaped in lib/domain/timeline.ts): each one's first plan, latest plan and go-live.
  const rows = timeline.shown;
  const disputes = disputedDays(conflicts);
  const chart = shapeGoLiveChart({ rows, halts: timeline.halts, asOf: view.asOf, disputes });
  const haltQuarter = (iso: string) => shortQuarter(quarterOfDay(iso));
  const listHeading = drill
    ? `${SERIES_NAMES[drill.series]}: ${drill.quarter === NOT_TO_A_QUARTER ? "dates not to a quarter" : quarterName(drill.quarter)}`
    : "Every go-live";

  return (
    <ListPage
      title="Timeline of go-lives"
      lead={`When the go-lives were planned and when they happened, counted by quarter, as known on ${asOfText}. Choose a count to see the go-lives behind it.`}
      action="/timeline"
      asOf={query.asOf}
      keep={query.params}
      errors={query.errors.map((e) => ({ href: e.field === "page" ? "#go-live-pages" : "#quarter-heading", message: e.message }))}
    >
      <section aria-labelledby="quarter-heading" className="mb-10">
        <h2 id="quarter-heading">Planned against actual, by quarter</h2>
        {timeline.goLives === 0 ? (
          <p>
            <Secondary>The record knew of no go-live on this date.</Secondary>
          </p>
        ) : (
          <>
            <p className="mb-4 max-w-reading">
              Of {number.format(timeline.goLives)} go-lives known on {asOfText}, {number.format(total("live"))} had gone live
              {busiest && busiest.live > 0 ? `, the most in ${busiest.name} (${number.format(busiest.live)})` : ""}, and {number.format(total("latest"))} were
              still to go live with a dated plan.
              {timeline.notToAQuarter
                ? " Dates the record gives only as a year, or as a season that runs across two quarters, are counted apart, not in a quarter they may not belong to."
                : ""}
              {timeline.halts.length
                ? ` Shaded: ${timeline.halts.map((h) => `the halt from ${formatPartialDate(h.fromText)} ${h.to ? `to ${formatIsoDate(h.to)}` : "still in force"}`).join("; ")}.`
                : ""}
            </p>
            <QuarterChart
              data={timeline.quarters.map((q) => ({ label: shortQuarter(q.quarter), first: q.first, latest: q.latest, live: q.live }))}
              names={SERIES_NAMES}
              halts={timeline.halts
                .filter(() => timeline.quarters.length > 0)
                .map((h) => ({ key: h.key, from: haltQuarter(h.from), to: haltQuarter(h.to ?? view.asOf) }))}
            />
            <DataTable
              scroll="Go-lives by quarter"
              className="min-w-[40rem] mt-6"
              caption={`Go-lives by quarter as known on ${asOfText}`}
              columns={["Quarter", ...SERIES.map((s) => ({ label: SERIES_NAMES[s], className: "text-right" }))]}
            >
              {quarterRows.map((q) => (
                <tr key={q.quarter}>
                  <RowHead>{q.quarter === NOT_TO_A_QUARTER ? "Not to a quarter (a year, or a season across two quarters)" : q.name}</RowHead>
                  {SERIES.map((s) => (
                    <td key={s} className={`${td} text-right tabular-nums`}>
                      {q[s] === 0 ? (
                        "0"
                      ) : (
                        <Link
                          href={drillHref({ series: s, quarter: q.quarter })}
                          aria-label={`${number.format(q[s])} go-live${q[s] === 1 ? "" : "s"}: ${SERIES_NAMES[s].toLowerCase()}, ${q.name}`}
                        >
                          {number.format(q[s])}
                        </Link>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </DataTable>
          </>
        )}
      </section>

      <section aria-labelledby="over-time-heading" className="mb-10">
        <h2 id="over-time-heading">Halted and live over time</h2>
        {timeline.overTime.length === 0 ? (
          <p>
            <Secondary>No data: the record knew of no go-live on this date.</Secondary>
          </p>
        ) : (
          <>
            <p className="mb-4 max-w-reading">
              How many go-lives were halted and how many live at the end of each quarter,{" "}
              {view.hindsight ? "with everything known now" : "as the record stood at the time"}, and on {asOfText}
              {lastCount ? `: ${number.format(lastCount.halted)} halted and ${number.format(lastCount.live)} live` : ""}.
            </p>
            <OverTimeChart data={timeline.overTime.map((p) => ({ label: formatIsoDate(p.day), halted: p.halted, live: p.live }))} />
            <details className="mt-4">
              <summary>Show the counts as a table</summary>
              <DataTable
                scroll="Halted and live go-lives over time"
                className="min-w-[24rem] mt-4"
                caption="Go-lives halted and live at the end of each quarter"
                columns={["On", { label: "Halted", className: "text-right" }, { label: "Live", className: "text-right" }]}
              >
                {timeline.overTime.map((p) => (
                  <tr key={p.day}>
                    <RowHead>{formatIsoDate(p.day)}</RowHead>
                    <td className={`${td} text-right tabular-nums`}>{number.format(p.halted)}</td>
                    <td className={`${td} text-right tabular-nums`}>{number.format(p.live)}</td>
                  </tr>
                ))}
              </DataTable>
            </details>
          </>
        )}
      </section>

      <section aria-labelledby="go-lives-heading" id="go-lives" className="mb-10">
        <h2 id="go-lives-heading">{listHeading}</h2>
        {drill ? (
          <p className="mb-4">
            <Link href={drillHref()}>Show every go-live</Link>
          </p>
        ) : null}
        <Pagination
          {...pageLinks({
            id: "go-live-pages",
            noun: "go-lives",
            path: "/timeline",
            params: { ...date, series: drill?.series, quarter: drill?.quarter },
            shown: { page: timeline.page, pageCount: timeline.pageCount, total: timeline.listed },
            hash: "#go-lives",
          })}
        />
        {rows.length > 0 ? (
          <>
            <p className="mb-4 max-w-reading">
              Circles are first plans, triangles the latest plan and squares actual go-lives; a diamond is a go-live on a day the sources dispute. A grey line
              joins the first plan to the go-live or the latest plan.{" "}
              {chart.asOf === null ? `The chart ends with the last date in the record; ${asOfText}, the date this page is as of, lies after it. ` : ""}
              Dates given only as a month or a season are drawn at the start of that period; the table gives each date as the record does, and each
              trust&rsquo;s page every plan it had.
            </p>
            <GoLiveChart {...chart} />
            <DataTable
              scroll="Planned and actual go-lives"
              className="min-w-[44rem] mt-6"
              caption={`Planned and actual go-lives as of ${asOfText}${drill ? ` (${listHeading})` : ""}`}
              columns={["Go-live", "Status", "First plan", "Latest plan", "Actual go-live"]}
            >
              {rows.map((r) => (
                <tr key={r.goLiveId}>
                  <RowHead>
                    <Link href={withAsOf(`/trusts/${r.slug}`, link)}>{r.label}</Link>
                  </RowHead>
                  <td className={td}>
                    <StatusTag status={r.status} />
                  </td>
                  <KnownCell value={r.firstPlanned && describePlanned(r.firstPlanned.planned, r.firstPlanned.label)} />
                  <KnownCell value={r.latestPlanned && describePlanned(r.latestPlanned.planned, r.latestPlanned.label)} />
                  <td className={td}>
                    {r.wentLive ? (
                      <WentLive
                        wentLive={r.wentLive}
                        dispute={disputes.get(r.goLiveId) ?? null}
                        href={withAsOf(`/trusts/${r.slug}`, link, `#conflict-${disputes.get(r.goLiveId)?.conflictKey}`)}
                      />
                    ) : (
                      <Secondary>Not live</Secondary>
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          </>
        ) : null}
        {can(actor, "rollout.export") ? (
          <div className="mt-4">
            <DownloadLinks
              intro="Every plan and re-plan known by this date, with when each was announced:"
              groups={[{ path: "/exports/plan-history", query: queryString({ asOf: asOfParam }) }]}
            />
            <DownloadLinks
              groups={[
                {
                  path: "/exports/go-live-actuals",
                  query: queryString({ asOf: asOfParam }),
                  what: "the go-lives that happened, with their notes and override reasons",
                },
              ]}
              note="the same date"
            />
          </div>
        ) : null}
        <h3 className="mt-8">Halts of every London trust</h3>
        {timeline.halts.length === 0 ? (
          <p>
            <Secondary>No halt of every London trust had taken effect by this date. Halts of named trusts count in the chart above.</Secondary>
          </p>
        ) : (
          <ul className="list-disc pl-6">
            {timeline.halts.map((h) => (
              <li key={h.key}>
                <Link href={withAsOf(`/decisions/${h.key}`, link)}>{h.title}</Link>: from {formatPartialDate(h.fromText)}{" "}
                {h.to ? `to ${formatIsoDate(h.to)}` : `, still in force on ${asOfText}`}.
              </li>
            ))}
          </ul>
        )}
      </section>
    </ListPage>
  );
}
