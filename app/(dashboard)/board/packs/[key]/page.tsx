import type { Metadata } from "next";
import { BOARD_REVIEW, ISSUED_PACKS } from "@/components/layout/trails";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { notFound } from "next/navigation";
import { IssuedPackPanel } from "@/components/rollout/issued-pack-panel";
import { PackPrintStyle } from "@/components/rollout/pack-print-style";
import { PrintButton } from "@/components/ui/print-button";
import { requirePageActor } from "@/lib/auth/session";
import { getIssuedPack } from "@/lib/data/issued-packs";
import { formatRecordedAt } from "@/lib/domain/dates";
import { parseIssuedPackKey } from "@/lib/validation/issued-packs";

type Props = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const key = parseIssuedPackKey((await params).key);
  return { title: key ? `Issued board pack ${key}` : "Page not found" };
}

export default async function IssuedPackPage({ params }: Props) {
  const actor = await requirePageActor("rollout.read");
  const key = parseIssuedPackKey((await params).key);
  const pack = key ? await getIssuedPack(actor, key) : null;
  if (!pack) notFound();
  return (
    <>
      <Breadcrumb trail={[BOARD_REVIEW, ISSUED_PACKS]} className="no-print" />
      <IssuedPackPanel pack={pack} />
      <p className="mb-4 no-print">
        <PrintButton />
      </p>
      <PackPrintStyle meetingDate={pack.meetingDate} issued={formatRecordedAt(pack.issuedAt)} />
      {/* The stored text, exactly as issued: our own escaped output with classes only (docs/decisions/014). */}
      <article aria-labelledby="pack-title" className="board-pack" data-sha256={pack.contentSha256} dangerouslySetInnerHTML={{ __html: pack.content }} />
    </>
  );
}
