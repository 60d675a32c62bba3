// The go-lives outside what the board agreed to tolerate (docs/decisions/020), each with the reason in words and
// since when: on the tolerances page, the overview, a trust's page and (as HTML text) the board pack.
import Link from "next/link";
import { DataTable, RowHead } from "../ui/data-table";
import { Secondary } from "@/components/ui/secondary";
import { td } from "@/components/ui/table-styles";
import { Tag } from "@/components/ui/tag";
import { formatIsoDate } from "@/lib/domain/dates";
import type { ToleranceException } from "@/lib/domain/tolerances";

export const EXCEPTION_STATE_WORDS = { OPEN: "Outside tolerance", CLOSED: "Went live outside tolerance" } as const;

export function ExceptionsTable({ exceptions, caption, query }: { exceptions: readonly ToleranceException[]; caption: string; query: string }) {
  return (
    <DataTable
      scroll={caption}
      className="min-w-[48rem]"
      caption={caption}
      captionClassName="text-left font-semibold"
      columns={["Go-live", "Exception", "Since", "Why", "Tolerance"]}
    >
      {exceptions.map((e) => (
        <tr key={`${e.goLiveId}-${e.kind}`}>
          <RowHead>
            <Link href={`/trusts/${e.trust.slug}${query}`}>{e.trust.name}</Link>
            <span className="block text-ink-secondary">{e.scope}</span>
          </RowHead>
          <td className={td}>
            <Tag tone={e.state === "OPEN" ? "red" : "orange"} canWrap>
              {EXCEPTION_STATE_WORDS[e.state]}
            </Tag>
          </td>
          <td className={td}>
            <span className="whitespace-nowrap">{formatIsoDate(e.since)}</span>
            {e.sinceRecorded ? <span className="block text-ink-secondary">when the tolerance was recorded; with hindsight, earlier</span> : null}
          </td>
          <td className={`${td} max-w-reading`}>{e.reason}</td>
          <td className={td}>
            {e.tolerance}
            <Secondary>{e.programmeWide ? " (the programme's)" : " (this go-live's own)"}</Secondary>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
