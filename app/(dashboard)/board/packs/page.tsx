import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { BOARD_REVIEW } from "@/components/layout/trails";
import { PageHeading } from "@/components/ui/page-heading";
import Link from "next/link";
import { SecondaryLine } from "@/components/ui/secondary";
import { td } from "@/components/ui/table-styles";
import { requirePageActor } from "@/lib/auth/session";
import { ISSUED_PACKS_LISTED, listIssuedPacks } from "@/lib/data/issued-packs";
import { formatIsoDate, formatRecordedAt } from "@/lib/domain/dates";

export const metadata: Metadata = { title: "Packs issued to the board" };

export default async function IssuedPacksPage() {
  const actor = await requirePageActor("rollout.read");
  const { packs, total } = await listIssuedPacks(actor);
  return (
    <>
      <PageHeading trail={[BOARD_REVIEW]} title="Packs issued to the board" leadClassName="nhs-text-19 max-w-reading mb-6">
        Each pack is kept exactly as it was issued, with a SHA-256 of its text: later corrections of the record do not change it. Open one to see it, what
        changed since the pack before it, and what the record says now that it did not then. Board members issue packs from the{" "}
        <Link href="/board/pack">board pack</Link> page.
      </PageHeading>
      <DataTable
        scroll="Issued packs"
        caption={
          total === 0
            ? "No pack has been issued yet"
            : `${total.toLocaleString("en-GB")} ${total === 1 ? "pack" : "packs"} issued, the latest meeting first${total > ISSUED_PACKS_LISTED ? ` (the newest ${ISSUED_PACKS_LISTED} shown)` : ""}`
        }
        columns={["Meeting date", "Issued", "By", "SHA-256 (first 12)", "Pack"]}
        empty={packs.length === 0 ? "No data" : null}
      >
        {packs.map((p) => (
          <tr key={p.key}>
            <td className={td}>
              {formatIsoDate(p.meetingDate)}
              {p.decisionKey ? <SecondaryLine>For the decision {p.decisionKey}</SecondaryLine> : null}
            </td>
            <td className={td}>{formatRecordedAt(p.issuedAt)}</td>
            <td className={td}>
              {p.issuedByName}
              <SecondaryLine>{p.issuedByEmail}</SecondaryLine>
            </td>
            <td className={`${td} font-mono`}>{p.contentSha256.slice(0, 12)}</td>
            <td className={td}>
              <Link href={`/board/packs/${p.key}`}>
                Open
                <span className="sr-only">
                  {" "}
                  the pack for {formatIsoDate(p.meetingDate)} issued {formatRecordedAt(p.issuedAt)}
                </span>
              </Link>
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
