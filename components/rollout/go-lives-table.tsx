import Link from "next/link";
import { Tag } from "@/components/ui/tag";
import { formatPartialDate, type PartialDate } from "@/lib/domain/dates";
import { describePlanned, type OverviewRow } from "@/lib/domain/rollout";
import { Disclosure } from "../ui/disclosure";
import { Secondary } from "../ui/secondary";
import { formatActual, withAsOf, type RecordLink } from "./format";
import { formatSlip } from "@/lib/domain/format";
import { RatingsExplained, RatingWithReasons } from "./rating";
import { ReportedLater } from "./reported-later";
import { SourceCount } from "./source-list";
import { CertaintyTag, DisputedTag, StatusTag } from "./status-tag";
import { DataTable, RowHead } from "@/components/ui/data-table";
import { td } from "@/components/ui/table-styles";
import { KnownCell } from "./fact-cells";

/** A trust as it stood on the page's date (lib/domain/organisations.ts): its name then, and what it had become part of. */
type OrganisationOn = { name: string; partOf: { slug: string; name: string; since: PartialDate } | null };

export function GoLivesTable({
  rows,
  asOf,
  caption,
  hindsightOn = null,
  organisationsOn,
  changed,
}: {
  rows: OverviewRow[];
  asOf: RecordLink;
  caption: string;
  hindsightOn?: string | null;
  organisationsOn?: ReadonlyMap<number, OrganisationOn>;
  /** trusts with changes since the reader last looked */ changed?: ReadonlySet<string>;
}) {
  return (
    <>
      <RatingsExplained />
      <DataTable
        scroll={caption}
        className="min-w-[60rem]"
        caption={caption}
        columns={[
          { label: "Trust", className: "w-[20%]" },
          { label: "Configuration", className: "w-[11%]" },
          { label: "Status", className: "w-[15%]" },
          { label: "Rating", className: "w-[10%]" },
          { label: "Latest planned go-live", className: "w-[10%]" },
          { label: "Actual go-live", className: "w-[10%]" },
          { label: "Slip", className: "text-right" },
          "Certainty",
          { label: "Sources", className: "w-[10%]" },
        ]}
        empty={rows.length === 0 ? "No go-lives match these filters." : null}
      >
        {rows.map((row) => {
          const actual = formatActual(row);
          const name = organisationsOn?.get(row.trust.id)?.name ?? row.trust.name;
          const context = row.scope !== "Whole trust" ? `${name}, ${row.scope}` : name;
          return (
            <tr key={row.goLiveId}>
              <RowHead>
                <Link href={withAsOf(`/trusts/${row.trust.slug}`, asOf)} className="font-semibold">
                  {name}
                </Link>
                <PartOf on={organisationsOn?.get(row.trust.id)} asOf={asOf} />
                {changed?.has(row.trust.slug) ? (
                  <span className="block mt-1">
                    <Tag tone="blue">
                      Changed<span className="sr-only"> since you last looked</span>
                    </Tag>
                  </span>
                ) : null}
                {row.scope !== "Whole trust" ? <span className="block text-ink-secondary">{row.scope}</span> : null}
              </RowHead>
              <KnownCell value={row.configuration?.name} />
              <td className={td}>
                <StatusTag status={row.derived.status} />
                <ReportedLater on={row.reportedLater} />
                <Disclosure
                  className="mt-1"
                  summary={
                    <>
                      Reason<span className="sr-only"> for the status of {context}</span>
                    </>
                  }
                >
                  <p className="text-ink-secondary max-w-80">{row.derived.reason}</p>
                </Disclosure>
              </td>
              <td className={td}>
                <RatingWithReasons rating={row.rating} context={context} />
              </td>
              <td className={td}>
                <LatestPlan row={row} />
              </td>
              <td className={td}>
                {actual ? (
                  <>
                    {actual}
                    {row.derived.isDisputed ? (
                      <span className="block mt-1">
                        <DisputedTag canWrap />
                      </span>
                    ) : null}
                  </>
                ) : (
                  <Secondary>Not live</Secondary>
                )}
              </td>
              <KnownCell value={row.derived.slip && <Slip words={formatSlip(row.derived.slip)} />} className="text-right tabular-nums" />
              <td className={td}>
                <CertaintyTag certainty={row.certainty} />
              </td>
              <td className={td}>
                <SourceCount sources={row.sources} later={row.laterSources} hindsightOn={hindsightOn} context={context} />
              </td>
            </tr>
          );
        })}
      </DataTable>
    </>
  );
}

/** "−30 to 30 days": the figures kept together, "days" free to go to the next line of a narrow column. */
function Slip({ words }: { words: string }) {
  const unit = words.lastIndexOf(" ");
  if (unit < 0) return <>{words}</>;
  return (
    <>
      <span className="whitespace-nowrap">{words.slice(0, unit)}</span> {words.slice(unit + 1)}
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
