import Link from "next/link";
import { formatPartialDate, type PartialDate } from "@/lib/domain/dates";
import { describePlanned, type OverviewRow } from "@/lib/domain/rollout";
import { Secondary } from "../ui/secondary";
import { formatActual, formatSlip, withAsOf, type RecordLink } from "./format";
import { RatingsExplained, RatingWithReasons } from "./rating";
import { ReportedLater } from "./reported-later";
import { SourceList } from "./source-list";
import { CertaintyTag, DisputedTag, StatusTag } from "./status-tag";
import { td, th } from "@/components/ui/table-styles";


/** A trust as it stood on the page's date (lib/domain/organisations.ts): its name then, and what it had become part of. */
type OrganisationOn = { name: string; partOf: { slug: string; name: string; since: PartialDate } | null };

export function GoLivesTable({ rows, asOf, caption, hindsightOn = null, organisationsOn }: { rows: OverviewRow[]; asOf: RecordLink; caption: string; hindsightOn?: string | null; organisationsOn?: ReadonlyMap<number, OrganisationOn> }) {
  return (
    <>
    <RatingsExplained />
    <div className="overflow-x-auto bg-white p-4 tablet:p-6" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full min-w-[64rem] border-collapse nhs-text-16">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>Trust</th>
            <th scope="col" className={th}>Configuration</th>
            <th scope="col" className={th}>Status</th>
            <th scope="col" className={th}>Rating</th>
            <th scope="col" className={th}>Latest planned go-live</th>
            <th scope="col" className={th}>Actual go-live</th>
            <th scope="col" className={`${th} text-right`}>Slip</th>
            <th scope="col" className={th}>Certainty</th>
            <th scope="col" className={th}>Sources</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={9} className={td}>
                <Secondary>No go-lives match these filters.</Secondary>
              </td>
            </tr>
          ) : null}
          {rows.map((row) => {
            const actual = formatActual(row);
            return (
              <tr key={row.goLiveId}>
                <th scope="row" className={`${td} text-left font-normal`}>
                  <Link href={withAsOf(`/trusts/${row.trust.slug}`, asOf)} className="font-semibold">
                    {organisationsOn?.get(row.trust.id)?.name ?? row.trust.name}
                  </Link>
                  <PartOf on={organisationsOn?.get(row.trust.id)} asOf={asOf} />
                  {row.scope !== "Whole trust" ? <span className="block text-ink-secondary">{row.scope}</span> : null}
                </th>
                <td className={td}>{row.configuration ? row.configuration.name : <Secondary>Not known</Secondary>}</td>
                <td className={td}>
                  <StatusTag status={row.derived.status} />
                  <span className="block mt-1 text-ink-secondary max-w-64">{row.derived.reason}</span>
                  <ReportedLater on={row.reportedLater} />
                </td>
                <td className={td}>
                  <RatingWithReasons rating={row.rating} />
                </td>
                <td className={td}>
                  <LatestPlan row={row} />
                </td>
                <td className={td}>
                  {actual ? (
                    <>
                      {actual}
                      {row.derived.isDisputed ? <span className="block mt-1"><DisputedTag /></span> : null}
                    </>
                  ) : (
                    <Secondary>Not live</Secondary>
                  )}
                </td>
                <td className={`${td} text-right tabular-nums whitespace-nowrap`}>
                  {row.derived.slip ? formatSlip(row.derived.slip) : <Secondary>Not known</Secondary>}
                </td>
                <td className={td}>
                  <CertaintyTag certainty={row.certainty} />
                </td>
                <td className={td}>
                  <SourceList sources={row.sources} later={row.laterSources} hindsightOn={hindsightOn} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
    </>
  );
}

/** The latest plan; when it has no date (postponed), say so and give the last date that was planned. */
function LatestPlan({ row }: { row: OverviewRow }) {
  const latest = row.derived.latestPlan;
  const dated = row.latestPlanned ? describePlanned(row.latestPlanned, row.latestPlannedLabel) : null;
  if (latest && latest.planned === null) {
    return (
      <>
        {latest.plannedLabel ?? "No date"}
        <span className="block text-ink-secondary">{dated ? `Last dated plan: ${dated}` : "No dated plan"}</span>
      </>
    );
  }
  return dated ? <>{dated}</> : <Secondary>Not known</Secondary>;
}

function PartOf({ on, asOf }: { on: OrganisationOn | undefined; asOf: RecordLink }) {
  if (!on?.partOf) return null;
  return (
    <span className="block text-ink-secondary">
      Part of <Link href={withAsOf(`/trusts/${on.partOf.slug}`, asOf)}>{on.partOf.name}</Link> from {formatPartialDate(on.partOf.since)}
    </span>
  );
}
