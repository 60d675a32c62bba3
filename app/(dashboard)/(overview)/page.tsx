import type { Metadata } from "next";
import { Suspense } from "react";
import Link from "next/link";
import { withAsOf } from "@/components/rollout/format";
import { AsOfForm, asOfErrorItems } from "@/components/rollout/as-of-form";
import { BaselineCompareForm } from "@/components/rollout/baseline-compare-form";
import { DecisionStandingList } from "@/components/rollout/decision-standing";
import { ExceptionsPanel } from "@/components/rollout/exceptions-panel";
import { GoLivesTable } from "@/components/rollout/go-lives-table";
import { OtherTrusts } from "@/components/rollout/other-trusts";
import { OverviewFilters } from "@/components/rollout/overview-filters";
import { SinceYouLastLooked } from "@/components/rollout/since-you-last-looked";
import { StatusCounts } from "@/components/rollout/status-counts";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Pagination } from "@/components/ui/pagination";
import { can, type Actor } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { summariseChangesSince } from "@/lib/data/changes";
import { getOverview } from "@/lib/data/overview";
import { loadBaselineChoices } from "@/lib/data/baselines";
import { noteVisit } from "@/lib/data/visits";
import { loadExceptions } from "@/lib/data/tolerances";
import { formatIsoDate } from "@/lib/domain/dates";
import { haltReasons } from "@/lib/domain/halt-reasons";
import { listProblems } from "@/lib/data/lists";
import { overviewSearch, parseOverviewQuery, type SearchParams } from "@/lib/validation/overview";
import { DownloadLinks } from "@/components/rollout/download-links";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parseOverviewQuery(await searchParams);
  const hasError = query.asOf.error !== null || query.errors.length > 0;
  return { title: `${hasError ? "Error: " : ""}Rollout overview` };
}

export default async function OverviewPage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const query = parseOverviewQuery(await searchParams);
  const [overview, since, baselineChoices] = await Promise.all([getOverview(actor, query), sinceLastLooked(actor), loadBaselineChoices(actor)]);
  const asOfParam = query.asOf.error ? null : query.asOf.requested;
  const link = { asOf: asOfParam, hindsight: overview.hindsight };
  const hindsightOn = overview.hindsight ? overview.asOf : null;
  // Why each halt shown was called: its rationale and the problems it points to, as known on the date.
  const halts = overview.decisions.filter((s) => s.decision.kind === "HALT");
  const problems = halts.length ? await listProblems(actor, { asOf: overview.asOf, hindsight: overview.hindsight }) : [];
  const reasons = new Map(halts.map((s) => [s.decision.id, haltReasons(s.decision, problems)]));
  const exportHref = `/exports/go-lives.csv${overviewSearch(query)}`;
  // One error summary: the date's errors, then the filters' and the page links', in the order of the fields.
  const errors = [
    ...asOfErrorItems(query.asOf),
    ...query.errors.map((e) => ({ href: e.field === "page" ? "#go-live-pages" : `#filter-${e.field}`, message: e.message })),
  ];
  return (
    <>
      {errors.length > 0 ? <ErrorSummary errors={errors} /> : null}
      <h1>Cerner go-lives in London</h1>
      <p className="nhs-text-22 max-w-reading mb-8">
        Where each London acute trust stood on <strong>{formatIsoDate(overview.asOf)}</strong> with the Cerner Millennium rollout that BT delivered under the
        National Programme for IT.
      </p>
      {since ? <SinceYouLastLooked summary={since} /> : null}
      <AsOfForm action="/" asOf={query.asOf} keep={query.params} summary={false} />
      {/* Worked out from the whole record once per version (decision 020): streamed, so the rest of the page never waits for it. */}
      <Suspense
        fallback={
          <p className="mb-10 text-ink-secondary" aria-busy="true">
            Checking the go-lives against the board&apos;s tolerances…
          </p>
        }
      >
        <OverviewExceptions actor={actor} asOf={overview.asOf} hindsight={overview.hindsight} asOfParam={asOfParam} />
      </Suspense>
      <StatusCounts statusCounts={overview.statusCounts} configurationCounts={overview.configurationCounts} />
      <section aria-labelledby="decisions-heading" className="mb-10">
        <h2 id="decisions-heading">Halts and resumes by this date</h2>
        <DecisionStandingList items={overview.decisions} asOf={overview.asOf} hindsight={overview.hindsight} reasons={reasons} />
        {overview.decisionsTotal > overview.decisions.length ? (
          <p className="mt-4">
            The newest {overview.decisions.length} of {overview.decisionsTotal.toLocaleString("en-GB")} halts, resumes and withdrawals by this date.{" "}
            <Link href={withAsOf("/decisions", link)}>See them all in the decision log</Link>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="go-lives-heading" className="mb-10">
        <h2 id="go-lives-heading">Trusts and their go-lives</h2>
        <OverviewFilters query={query} configurations={overview.configurations} />
        {can(actor, "rollout.export") ? (
          <p className="mb-4">
            <a href={exportHref} download>
              Download this table as CSV
            </a>
            {" · "}
            <a href={`/exports/go-lives.xlsx${overviewSearch(query)}`} download>
              Download this table as Excel
            </a>{" "}
            <span className="text-ink-secondary nhs-text-16">(the same date and filters; the Excel workbook also lists the sources)</span>
          </p>
        ) : null}
        {can(actor, "rollout.export") ? (
          <DownloadLinks
            groups={[{ path: "/exports/ratings", query: overviewSearch(query), what: "the ratings and their reasons" }]}
            note="the same date and filters"
          />
        ) : null}
        <Pagination
          id="go-live-pages"
          page={overview.page}
          pageCount={overview.pageCount}
          total={overview.total}
          pageSize={overview.pageSize}
          noun="go-lives"
          hrefFor={(page) => `/${overviewSearch({ ...query, params: { ...query.params, ...(page > 1 ? { page: String(page) } : {}) } })}#go-lives-heading`}
        />
        <GoLivesTable
          rows={overview.rows}
          asOf={link}
          hindsightOn={hindsightOn}
          organisationsOn={overview.organisationsOn}
          changed={since ? new Set(since.trustSlugs) : undefined}
          caption={`Go-lives as of ${formatIsoDate(overview.asOf)}${overview.hindsight ? ", with hindsight" : ""}`}
        />
      </section>
      <BaselineCompareForm choices={baselineChoices} asOf={asOfParam} />
      <OtherTrusts trusts={overview.otherTrusts} asOf={link} />
    </>
  );
}

/** What others recorded since this person's previous visit; null on their first (docs/decisions/023). */
async function sinceLastLooked(actor: Actor) {
  const previousSeenAt = await noteVisit(actor);
  if (!previousSeenAt) return null;
  const summary = await summariseChangesSince(actor, previousSeenAt);
  return { since: previousSeenAt.toISOString(), ...summary };
}

async function OverviewExceptions({ actor, asOf, hindsight, asOfParam }: { actor: Actor; asOf: string; hindsight: boolean; asOfParam: string | null }) {
  const result = await loadExceptions(actor, { asOf, hindsight });
  return <ExceptionsPanel result={result} asOf={asOf} hindsight={hindsight} asOfParam={asOfParam} about="the rollout" />;
}
