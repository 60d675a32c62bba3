import type { Metadata } from "next";
import { BOARD_REVIEW } from "@/components/layout/trails";
import { PageHeading } from "@/components/ui/page-heading";
import { BoardTimelineChart } from "@/components/rollout/board-timeline-chart";
import { BoardTimelineTables } from "@/components/rollout/board-timeline-tables";
import { ErrorSummary } from "@/components/ui/error-summary";
import { requirePageActor } from "@/lib/auth/session";
import { loadBaseline, loadBaselineChoices } from "@/lib/data/baselines";
import { baselineOn, loadBoardTimeline } from "@/lib/data/board-timeline";
import { searchParamsOf } from "@/lib/validation/search-params";
import { Pagination } from "@/components/ui/pagination";
import { PAGE_SIZE, parsePage } from "@/lib/validation/overview";
import { axisTicks, describeBoardTimeline, describeRange } from "@/lib/domain/board-timeline";
import { addDays, formatIsoDate } from "@/lib/domain/dates";
import { MAX_BASELINES, parseBoardTimelineQuery, type BoardTimelineField } from "@/lib/validation/board-timeline";
import { otherDateOf, TimelineForm } from "./timeline-form";
import { addressDateErrorHref } from "@/components/forms/address-date-input";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parseBoardTimelineQuery(await searchParams);
  return { title: `${query.errors.length ? "Error: " : ""}Board timeline` };
}

const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** A period drawn from its first day to the day after its last, so a day is one day wide. */
const span = (p: { start: string; end: string }): [number, number] => [ms(p.start), ms(addDays(p.end, 1))];

export default async function BoardTimelinePage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const sp = await searchParams;
  const query = parseBoardTimelineQuery(sp);
  // `view=hindsight`: a baseline from the record on a date reads it with everything known now.
  const hindsight = (Array.isArray(sp.view) ? sp.view[0] : sp.view) === "hindsight";
  const { baselines: stored, derived } = await loadBaselineChoices(actor);
  const requested = parsePage(sp.page);
  // First visit: the record just before each halt, the plans the halts overturned.
  const onDates = query.isFirstVisit ? derived.slice(0, MAX_BASELINES).map((d) => d.on) : query.onDates;
  const keys = query.errors.length ? [] : query.baselineKeys;
  const loaded = await Promise.all(keys.map(async (key) => ({ key, baseline: await loadBaseline(actor, key) })));
  const errors = [...query.errors];
  const missing = loaded.filter((l) => !l.baseline).map((l) => l.key);
  if (missing.length) errors.push({ field: "baselines", message: `No baseline called ${missing.join(", ")}: choose baselines from the list` });
  const hasCheckbox = stored.length + derived.length > 0;
  // A date's error links to its first wrong part, as the date input marks it.
  const dateShown = { from: query.params.from, to: query.params.to, onDate: otherDateOf(query.params, derived) };
  const errorHref = (field: BoardTimelineField) =>
    field === "from" || field === "to" || field === "onDate" ? addressDateErrorHref(field, dateShown[field]) : `#${field}`;
  const form = (
    <TimelineForm
      stored={stored}
      derived={derived}
      chosen={{ baselineKeys: query.baselineKeys, onDates }}
      zoom={query.zoom}
      params={query.params}
      errors={errors}
      hindsight={hindsight}
    />
  );
  const header = (
    <>
      {errors.length > 0 ? (
        <ErrorSummary errors={errors.map((e) => ({ href: errorHref(e.field === "baselines" && !hasCheckbox ? "onDate" : e.field), message: e.message }))} />
      ) : requested.error ? (
        <ErrorSummary errors={[{ href: "#go-live-pages", message: requested.error }]} />
      ) : null}
      <PageHeading trail={[BOARD_REVIEW]} title="Board timeline" trailClassName="print:hidden" leadClassName="nhs-text-22 max-w-reading mb-6">
        Each go-live&apos;s planned date in the baselines you choose, beside the day it actually went live, with the halts shaded and the decisions for all
        London and for the trusts drawn marked, 50 go-lives a page. Zoom from the whole programme down to a quarter.
      </PageHeading>
    </>
  );
  if (errors.length > 0) {
    return (
      <>
        {header}
        {form}
      </>
    );
  }

  const baselines = [
    ...loaded.map((l) => l.baseline!),
    ...(await Promise.all(onDates.map((on) => baselineOn(on, hindsight, derived.find((d) => d.on === on)?.name ?? `The record on ${formatIsoDate(on)}`)))),
  ];
  const { timeline, total, page, pageCount } = await loadBoardTimeline(actor, { baselines, range: query.range, page: requested.page });
  const summary = describeBoardTimeline(timeline, total);
  const pageHref = (n: number) => {
    const params = searchParamsOf(sp);
    params.delete("page");
    if (n > 1) params.set("page", String(n));
    const search = params.toString();
    return `/board/timeline${search ? `?${search}` : ""}#chart-heading`;
  };
  const OUTSIDE_NAMED = 20;
  const end = ms(addDays(timeline.range.to, 1));
  return (
    <>
      {header}
      {form}
      <section aria-labelledby="chart-heading" className="mb-10">
        <h2 id="chart-heading">{describeRange(timeline.range)}</h2>
        <p className="mb-4 max-w-reading">{summary}</p>
        {timeline.rows.length === 0 ? (
          <p className="mb-4">
            <strong>No go-live has a planned date or a go-live in this period.</strong>
          </p>
        ) : null}
        <Pagination id="go-live-pages" page={page} pageCount={pageCount} total={total} pageSize={PAGE_SIZE} noun="go-lives" hrefFor={pageHref} />
        <BoardTimelineChart
          summary={summary}
          domain={[ms(timeline.range.from), end]}
          ticks={axisTicks(timeline.range).map((t) => ({ x: ms(t.date), label: t.label }))}
          baselines={timeline.baselines.map((b) => ({
            name: b.name.includes(formatIsoDate(b.takenAsOf)) ? b.name : `${b.name} (${formatIsoDate(b.takenAsOf)})`,
          }))}
          rows={timeline.rows.map((r) => ({
            label: r.label,
            bars: r.baselines.map((c) => (c.bar?.shown ? span(c.bar.shown) : null)),
            actual: r.actual?.shown ? span(r.actual.shown) : null,
          }))}
          halts={timeline.halts.map((h) => ({ key: h.key, x1: ms(h.shown.start), x2: Math.min(end, ms(addDays(h.shown.end, 1))) }))}
          decisions={timeline.decisions.map((d) => ({ key: d.key, x: ms(d.date), number: d.number }))}
        />
        {timeline.outside.length > 0 ? (
          <p className="mt-4 max-w-reading">
            Nothing in this period for {timeline.outside.length === 1 ? "one go-live" : `${timeline.outside.length.toLocaleString("en-GB")} go-lives`}:{" "}
            {timeline.outside.slice(0, OUTSIDE_NAMED).join("; ")}
            {timeline.outside.length > OUTSIDE_NAMED ? ` and ${(timeline.outside.length - OUTSIDE_NAMED).toLocaleString("en-GB")} more` : ""}.
          </p>
        ) : null}
      </section>
      <BoardTimelineTables timeline={timeline} />
    </>
  );
}
