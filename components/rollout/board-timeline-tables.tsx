// The board timeline in words: the same bars, halts and decisions as the chart above it, as tables.
// This is what keyboard and screen-reader users read, and what prints.
import Link from "next/link";
import { Secondary, SecondaryLine } from "@/components/ui/secondary";
import { td } from "@/components/ui/table-styles";
import { describeRange, type BaselineCell, type BoardTimeline, type TimelineBar } from "@/lib/domain/board-timeline";
import { formatIsoDate, formatPartialDate } from "@/lib/domain/dates";
import { DecisionKindTag } from "./decision-log";
import { DataTable, RowHead } from "@/components/ui/data-table";

const wrap = "mb-8 print:overflow-visible print:p-0";

/** The date as the record gives it, and, when the bar is cut or outside the period, how much of it is drawn. */
function BarText({ bar }: { bar: TimelineBar }) {
  const { period, shown } = bar;
  return (
    <>
      {formatPartialDate(bar.date)}
      {period.start !== period.end ? (
        <SecondaryLine>
          {formatIsoDate(period.start)} to {formatIsoDate(period.end)}
        </SecondaryLine>
      ) : null}
      {!shown ? (
        <SecondaryLine>Outside this period</SecondaryLine>
      ) : shown.start !== period.start || shown.end !== period.end ? (
        <SecondaryLine>
          Drawn {formatIsoDate(shown.start)} to {formatIsoDate(shown.end)}
        </SecondaryLine>
      ) : null}
    </>
  );
}

function PlanText({ cell }: { cell: BaselineCell }) {
  if (cell.bar) {
    return (
      <>
        {cell.label === "live" ? "Live: " : ""}
        <BarText bar={cell.bar} />
        {cell.label && cell.label !== "live" && cell.label !== formatPartialDate(cell.bar.date) ? <SecondaryLine>“{cell.label}”</SecondaryLine> : null}
      </>
    );
  }
  if (cell.label)
    return (
      <>
        “{cell.label}”<SecondaryLine>No date</SecondaryLine>
      </>
    );
  return <Secondary>{cell.inBaseline ? "No plan yet" : "Not in this baseline"}</Secondary>;
}

export function BoardTimelineTables({ timeline }: { timeline: BoardTimeline }) {
  const period = describeRange(timeline.range);
  return (
    <section aria-labelledby="table-heading" className="mb-10">
      <h2 id="table-heading">The same data as tables</h2>
      <DataTable
        scroll="Planned dates in each baseline and actual go-lives"
        scrollClassName={wrap}
        className={`print:min-w-0 ${timeline.baselines.length > 1 ? "min-w-[52rem]" : ""}`}
        caption={<>Planned dates in each baseline and actual go-lives, {period}</>}
        empty={timeline.rows.length === 0 ? "No go-live has a planned date or a go-live in this period" : null}
        columns={[
          "Go-live",
          ...timeline.baselines.map((b, i) => ({
            key: b.id,
            label: (
              <>
                B{i + 1}: {b.name}
                <span className="block font-normal">
                  {b.key ? "Kept" : "The record"} as of {formatIsoDate(b.takenAsOf)}
                </span>
              </>
            ),
          })),
          "Actual go-live",
        ]}
      >
        {timeline.rows.map((r) => (
          <tr key={r.goLiveId} className="break-inside-avoid">
            <RowHead>
              <Link href={`/trusts/${r.trust.slug}`}>{r.trust.name}</Link>
              {r.scope !== "Whole trust" ? <SecondaryLine>{r.scope}</SecondaryLine> : null}
            </RowHead>
            {r.baselines.map((c) => (
              <td key={c.baselineId} className={td}>
                <PlanText cell={c} />
              </td>
            ))}
            <td className={td}>
              {r.actual ? <BarText bar={r.actual} /> : <Secondary>Not live in the record</Secondary>}
              {r.otherActuals.length ? <SecondaryLine>Sources disagree: also {r.otherActuals.map(formatPartialDate).join(", ")}</SecondaryLine> : null}
            </td>
          </tr>
        ))}
      </DataTable>

      <DataTable
        scroll="Halts in this period"
        scrollClassName={wrap}
        className="print:min-w-0"
        caption="Halts in this period, shaded across all trusts"
        columns={["Halt", "In force from", "Until"]}
        empty={timeline.halts.length === 0 ? "No halt in this period" : null}
      >
        {timeline.halts.map((h) => (
          <tr key={h.key} className="break-inside-avoid">
            <RowHead>
              <Link href={`/decisions/${encodeURIComponent(h.key)}`}>{h.title}</Link>
              <SecondaryLine>Decided {formatPartialDate(h.decided)}</SecondaryLine>
            </RowHead>
            <td className={td}>{formatIsoDate(h.from)}</td>
            <td className={td}>
              {h.liftedBy ? (
                <>
                  {formatIsoDate(h.until)}, lifted by <Link href={`/decisions/${encodeURIComponent(h.liftedBy.key)}`}>{h.liftedBy.title}</Link>
                </>
              ) : (
                <>Still in force on {formatIsoDate(h.until)}</>
              )}
            </td>
          </tr>
        ))}
      </DataTable>

      <DataTable
        scroll="Decisions marked on the chart"
        scrollClassName={wrap}
        className="print:min-w-0"
        caption="Decisions marked on the chart"
        columns={[{ label: "Marker", className: "text-right" }, "Decision", "Kind", "Decided", "In force from"]}
        empty={timeline.decisions.length === 0 ? "No decision in this period" : null}
      >
        {timeline.decisions.map((d) => (
          <tr key={d.key} className="break-inside-avoid">
            <td className={`${td} text-right tabular-nums font-semibold`}>{d.number}</td>
            <RowHead>
              <Link href={`/decisions/${encodeURIComponent(d.key)}`}>{d.title}</Link>
            </RowHead>
            <td className={td}>
              <DecisionKindTag kind={d.kind} />
            </td>
            <td className={td}>{formatPartialDate(d.decided)}</td>
            <td className={td}>{formatIsoDate(d.date)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
