import Link from "next/link";
import { canBeReplanned, type GoLiveRecord, type TrustInfo } from "@/lib/domain/rollout";

/** The programme manager's changes for this trust; hidden from others, and refused below the page too. */
export function GoLiveActions({ trust, goLives }: { trust: TrustInfo; goLives: GoLiveRecord[] }) {
  return (
    <section aria-labelledby="record-heading" className="mb-10 no-print">
      <h2 id="record-heading">Record a change</h2>
      <ul className="space-y-3">
        {goLives.map((g) => (
          <li key={g.id} className="bg-white p-4 flex flex-wrap gap-x-6 gap-y-2 items-center">
            <span className="font-semibold">{g.scope}</span>
            {canBeReplanned(g) ? (
              <Link href={`/trusts/${trust.slug}/go-lives/${g.id}/replan`}>
                Re-plan<span className="sr-only"> the {g.scope} go-live</span>
              </Link>
            ) : (
              <span className="text-ink-secondary">Live, so no re-plan</span>
            )}
            <Link href={`/trusts/${trust.slug}/go-lives/${g.id}/go-live`}>
              Record the go-live<span className="sr-only">: {g.scope}</span>
            </Link>
            <Link href={`/trusts/${trust.slug}/go-lives/${g.id}/acceptance`}>
              Record acceptance<span className="sr-only"> of the {g.scope} go-live</span>
            </Link>
          </li>
        ))}
        <li className="bg-white p-4">
          <Link href={`/trusts/${trust.slug}/problems/new`}>Record a problem at {trust.shortName}</Link>
        </li>
        <li className="bg-white p-4">
          <Link href="/import">Import re-plans or go-lives for many trusts from a spreadsheet</Link>
        </li>
      </ul>
    </section>
  );
}
