// The go-lives outside what the board agreed to tolerate (docs/decisions/020), each with the reason in words and
// since when: on the tolerances page, the overview, a trust's page and (as HTML text) the board pack.
import Link from "next/link";
import { Secondary } from "@/components/ui/secondary";
import { TableScroll } from "@/components/ui/table-scroll";
import { table, td } from "@/components/ui/table-styles";
import { Tag } from "@/components/ui/tag";
import { formatIsoDate } from "@/lib/domain/dates";
import type { ToleranceException } from "@/lib/domain/tolerances";
import { TableHead } from "@/components/ui/table-head";

export const EXCEPTION_STATE_WORDS = { OPEN: "Outside tolerance", CLOSED: "Went live outside tolerance" } as const;

export function ExceptionsTable({ exceptions, caption, query }: { exceptions: readonly ToleranceException[]; caption: string; query: string }) {
  return (
    <TableScroll label={caption}>
      <table className={`${table} min-w-[48rem]`}>
        <caption className="text-left font-semibold">{caption}</caption>
        <TableHead columns={["Go-live", "Exception", "Since", "Why", "Tolerance"]} />
        <tbody>
          {exceptions.map((e) => (
            <tr key={`${e.goLiveId}-${e.kind}`}>
              <th scope="row" className={`${td} text-left font-normal`}>
                <Link href={`/trusts/${e.trust.slug}${query}`}>{e.trust.name}</Link>
                <span className="block text-ink-secondary">{e.scope}</span>
              </th>
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
        </tbody>
      </table>
    </TableScroll>
  );
}
