import Link from "next/link";
import type { TrustInfo } from "@/lib/domain/rollout";
import { withAsOf, type RecordLink } from "./format";
import { SourceList } from "./source-list";
import { CertaintyTag } from "./status-tag";

/** Trusts in the record that ran Cerner outside BT's rollout: shown for context, not counted. */
export function OtherTrusts({ trusts, asOf }: { trusts: TrustInfo[]; asOf: RecordLink }) {
  if (trusts.length === 0) return null;
  return (
    <section aria-labelledby="other-trusts-heading" className="mb-10">
      <h2 id="other-trusts-heading">Other Cerner trusts in London, outside the BT rollout</h2>
      <ul className="space-y-4">
        {trusts.map((t) => (
          <li key={t.id} className="bg-white p-4 tablet:p-6">
            <h3 className="nhs-text-22 mb-2">
              <Link href={withAsOf(`/trusts/${t.slug}`, asOf)}>{t.name}</Link>
            </h3>
            {t.notes ? <p className="mb-2">{t.notes}</p> : null}
            <CertaintyTag certainty={t.certainty} note={t.certaintyNote} />
            <div className="mt-2 nhs-text-16">
              <span className="font-semibold">Sources: </span>
              <SourceList sources={t.sources} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
