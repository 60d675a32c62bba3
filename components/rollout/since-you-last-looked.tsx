// "Since you last looked" on the overview (docs/decisions/023): what others recorded since the person's previous
// visit, counted by kind, with a link to the list. The rows of the trusts it touched carry a tag in the table below.
import Link from "next/link";
import { COUNT_CAP, countsInWords, type ChangeKind } from "@/lib/domain/changes";
import { formatRecordedAt } from "@/lib/domain/dates";

export interface SinceLastLooked {
  since: string;
  total: number;
  byKind: Partial<Record<ChangeKind, number>>;
}

export function SinceYouLastLooked({ summary }: { summary: SinceLastLooked }) {
  const kinds = Object.entries(summary.byKind).flatMap(([kind, n]) => Array.from({ length: n ?? 0 }, () => ({ kind: kind as ChangeKind })));
  const words = summary.total > COUNT_CAP ? `more than ${COUNT_CAP.toLocaleString("en-GB")} changes` : countsInWords(kinds);
  return (
    <section aria-labelledby="since-heading" className="mb-8 border-l-8 border-nhs-blue bg-white p-4 max-w-reading">
      <h2 id="since-heading" className="nhs-text-22 mb-2">
        Since you last looked
      </h2>
      {summary.total === 0 ? (
        <p>Nothing new has been recorded by others since {formatRecordedAt(summary.since)}.</p>
      ) : (
        <p>
          Since {formatRecordedAt(summary.since)}, others recorded <strong>{words}</strong>. The trusts they are about are marked &ldquo;Changed&rdquo; below.{" "}
          <Link href="/changes">See what changed</Link>
        </p>
      )}
    </section>
  );
}
