import Link from "next/link";
import type { IssuedPackDetail } from "@/lib/data/issued-packs";
import { formatIsoDate, formatRecordedAt } from "@/lib/domain/dates";
import { Tag } from "../ui/tag";

/** Who issued the pack, when, for which meeting, and whether its text still matches its hash. */
export function IssuedPackPanel({ pack }: { pack: IssuedPackDetail }) {
  const row = "grid gap-1 tablet:grid-cols-[14rem_1fr] border-b border-rule py-2";
  return (
    <aside aria-labelledby="issued-heading" className="bg-white p-4 tablet:p-6 mb-8 border-l-8 border-nhs-blue">
      <h2 id="issued-heading" className="nhs-text-22">
        Issued pack
      </h2>
      <dl className="mb-4">
        <div className={row}>
          <dt className="font-semibold">Issued by</dt>
          <dd>
            {pack.issuedByName} ({pack.issuedByEmail})
          </dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">Issued</dt>
          <dd>{formatRecordedAt(pack.issuedAt)}</dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">Meeting date</dt>
          <dd>{formatIsoDate(pack.meetingDate)}</dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">SHA-256 of the text</dt>
          <dd className="font-mono break-all">{pack.contentSha256}</dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">Text checked now</dt>
          <dd>
            {pack.hashMatches ? (
              <>
                <Tag tone="green">Matches</Tag> The text below is the text issued: its SHA-256, worked out again now, is the one stored.
              </>
            ) : (
              <>
                <Tag tone="red">Does not match</Tag> The text below is not the text issued: its SHA-256 now is{" "}
                <span className="font-mono break-all">{pack.recomputedSha256}</span>.
              </>
            )}
          </dd>
        </div>
      </dl>
      <ul className="flex flex-wrap gap-6 list-none no-print">
        <li>
          <Link href={`/board/packs/${pack.key}/changes`}>Changes since the pack before</Link>
        </li>
        <li>
          <Link href={`/board/packs/${pack.key}/compare`}>What we know now that we did not then</Link>
        </li>
        <li>
          <Link href="/board/packs">All issued packs</Link>
        </li>
      </ul>
    </aside>
  );
}
