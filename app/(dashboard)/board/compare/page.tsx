import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { BASELINES, BOARD_REVIEW } from "@/components/layout/trails";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import Link from "next/link";
import { GoLiveRowHeader } from "@/components/rollout/fact-cells";
import { notFound } from "next/navigation";
import { SourceLink } from "@/components/rollout/source-list";
import { StatusTag } from "@/components/rollout/status-tag";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Secondary, SecondaryLine } from "@/components/ui/secondary";
import { td } from "@/components/ui/table-styles";
import { requirePageActor } from "@/lib/auth/session";
import { loadBaselineChoices, loadComparison } from "@/lib/data/baselines";
import { describeSlip, latestReplans } from "@/lib/domain/baseline";
import { formatIsoDate, formatPartialDate, type PartialDate } from "@/lib/domain/dates";
import { parseComparisonQuery } from "@/lib/validation/baselines";
import { CompareForm } from "../baselines/compare-form";
import { withAsOf } from "@/components/rollout/format";
import { Pagination } from "@/components/ui/pagination";
import { queryString } from "@/lib/validation/search-params";
import { PAGE_SIZE } from "@/lib/validation/overview";
import { DownloadLinks } from "@/components/rollout/download-links";
import { can } from "@/lib/auth/permissions";
import { addressDateErrorHref } from "@/components/forms/address-date-input";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parseComparisonQuery(await searchParams);
  return { title: `${query.errors.length ? "Error: " : ""}Compare with a baseline` };
}

const planned = (date: PartialDate | null, label: string | null) =>
  date ? (
    <>
      {formatPartialDate(date)}
      {label && label !== "live" && label !== formatPartialDate(date) ? <SecondaryLine>“{label}”</SecondaryLine> : null}
    </>
  ) : label ? (
    <>
      “{label}”<SecondaryLine>no date</SecondaryLine>
    </>
  ) : (
    <Secondary>No plan in the record</Secondary>
  );

export default async function ComparePage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const sp = await searchParams;
  const query = parseComparisonQuery(sp);
  // `view=hindsight`: both sides with everything known now (the plans a halt overturned, as we know them now).
  const hindsight = (Array.isArray(sp.view) ? sp.view[0] : sp.view) === "hindsight";
  const { baselines, derived } = await loadBaselineChoices(actor);
  const form = <CompareForm baselines={baselines} derived={derived} selected={{ ...query, ...query.params, hindsight }} />;
  const breadcrumb = <Breadcrumb trail={[BOARD_REVIEW, BASELINES]} />;
  // A page number that is not one is said, and the first page shown; any other error leaves only the form.
  const pageErrors = query.errors.filter((e) => e.field === "page");
  if (query.errors.length > pageErrors.length) {
    return (
      <>
        <ErrorSummary
          errors={query.errors
            .filter((e) => e.field !== "page")
            .map((e) => ({
              href: e.field === "on" || e.field === "asOf" ? addressDateErrorHref(e.field, query.params[e.field]) : `#${e.field}`,
              message: e.message,
            }))}
        />
        {breadcrumb}
        <h1>Compare with a baseline</h1>
        {form}
      </>
    );
  }
  const result = await loadComparison(actor, { ...query, hindsight });
  if ("notFound" in result) notFound();
  const { comparison, total } = result;
  const { baseline } = comparison;
  const pageHref = (page: number) =>
    `/board/compare${queryString({ baseline: query.baseline, on: query.on, asOf: query.params.asOf ? query.asOf : null, view: hindsight ? "hindsight" : null, page: page > 1 ? String(page) : null })}`;
  return (
    <>
      {pageErrors.length > 0 ? <ErrorSummary errors={pageErrors.map((e) => ({ href: "#comparison-pages", message: e.message }))} /> : null}
      {breadcrumb}
      <h1>
        {baseline.name}, against the record on {formatIsoDate(comparison.asOf)}
      </h1>
      <p className="nhs-text-22 max-w-reading mb-4">
        Plans as of <strong>{formatIsoDate(baseline.takenAsOf)}</strong>
        {baseline.key ? " (a baseline kept as taken)" : " (the record as it stood that day)"}, compared with go-lives and plans known on{" "}
        <strong>{formatIsoDate(comparison.asOf)}</strong>.
      </p>
      <ul className="mb-8 nhs-text-19" aria-label="Summary">
        <li>
          <strong>{comparison.slipped.toLocaleString("en-GB")}</strong> of {total.toLocaleString("en-GB")} go-lives certainly later than the baseline
        </li>
        <li>
          <strong>{comparison.replans.toLocaleString("en-GB")}</strong> plans made after the baseline
        </li>
      </ul>
      {can(actor, "rollout.export") ? (
        <DownloadLinks
          groups={[
            {
              path: "/exports/baseline-comparison",
              query: queryString({ baseline: query.baseline, on: query.on, asOf: query.params.asOf ? query.asOf : null, view: hindsight ? "hindsight" : null }),
              what: "every go-live's comparison",
            },
          ]}
          note="every page of it, for the same baseline and date"
        />
      ) : null}
      <Pagination id="comparison-pages" page={result.page} pageCount={result.pageCount} total={total} pageSize={PAGE_SIZE} noun="go-lives" hrefFor={pageHref} />
      <DataTable
        scroll="Each go-live against the baseline"
        className="min-w-[60rem]"
        caption={<>Each go-live: its plan in the baseline, where it stood on {formatIsoDate(comparison.asOf)}, the slip in days and the plans made since</>}
        captionClassName="text-left font-semibold nhs-text-19 mb-2"
        columns={["Trust", "Baseline plan", `On ${formatIsoDate(comparison.asOf)}`, "Slip against the baseline", "Plans made since, and who announced them"]}
      >
        {comparison.rows.map((r) => {
          const replans = latestReplans(r.replans);
          return (
            <tr key={r.goLiveId}>
              <GoLiveRowHeader trust={r.trust} scope={r.scope} />
              <td className={td}>{r.baseline ? planned(r.baseline.planned, r.baseline.plannedLabel) : <Secondary>Not in the baseline</Secondary>}</td>
              <td className={td}>
                <StatusTag status={r.status} />
                <span className="block mt-1">
                  {r.compared ? (
                    <>
                      {r.comparedIsActual ? "Live " : "Planned "}
                      {formatPartialDate(r.compared)}
                    </>
                  ) : (
                    <Secondary>No date known</Secondary>
                  )}
                </span>
              </td>
              <td className={`${td} tabular-nums`}>{describeSlip(r.slip, r.overdue)}</td>
              <td className={td}>
                {r.replans.length === 0 ? (
                  <Secondary>None</Secondary>
                ) : (
                  <>
                    {replans.earlier > 0 ? (
                      <p className="mb-1">
                        {r.replans.length.toLocaleString("en-GB")} plans since; the latest {replans.listed.length} below, every one on{" "}
                        <Link href={withAsOf(`/trusts/${r.trust.slug}`, { asOf: query.params.asOf ? query.asOf : null, hindsight })}>
                          {r.trust.name}&apos;s page<span className="sr-only">, {r.scope}</span>
                        </Link>
                        .
                      </p>
                    ) : null}
                    <ol className="list-decimal pl-5" start={replans.start}>
                      {replans.listed.map((p) => (
                        <li key={p.sequence}>
                          {p.planned ? formatPartialDate(p.planned) : "no date"}
                          {p.plannedLabel ? ` (“${p.plannedLabel}”)` : ""}, announced{" "}
                          {p.announced ? formatPartialDate(p.announced) : <Secondary>on a date not known</Secondary>}
                          {p.sources.length > 0 ? (
                            <>
                              {" "}
                              by{" "}
                              {p.sources.map((s, i) => (
                                <span key={s.key}>
                                  {i > 0 ? "; " : ""}
                                  <SourceLink source={s} />
                                </span>
                              ))}
                            </>
                          ) : (
                            <Secondary> (no source recorded)</Secondary>
                          )}
                        </li>
                      ))}
                    </ol>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </DataTable>
      <details className="my-6 max-w-reading">
        <summary className="font-semibold cursor-pointer">How the slip is worked out</summary>
        <p className="mt-2">
          The slip runs from the baseline&apos;s plan to the go-live (or, if not live, the latest dated plan) on the comparison date. Where a date is a month or
          a season, the slip is the range those dates allow: &ldquo;late November 2008&rdquo; to 30 November 2009 is 365 to 394 days. A go-live that was live by
          the baseline&apos;s date has no slip. Where the latest plan&apos;s period had passed with no go-live, the slip is at least the days to the comparison
          date.
        </p>
      </details>
      <h2>Choose another comparison</h2>
      {form}
    </>
  );
}
