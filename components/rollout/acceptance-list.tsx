import { certainFrom, formatIsoDate, formatPartialDate, type PartialDate } from "@/lib/domain/dates";
import type { Certainty } from "@/lib/domain/certainty";
import { isKnownOn, knownLater, type Knowable } from "@/lib/domain/knowledge";
import type { SourceRef } from "@/lib/domain/rollout";
import { ReportedLater } from "./reported-later";
import { Secondary } from "../ui/secondary";
import { SourceList } from "./source-list";
import { CertaintyTag } from "./status-tag";

export interface AcceptanceView extends Knowable {
  id: number;
  goLiveId: number;
  accepted: PartialDate;
  note: string | null;
  certainty: Certainty;
  certaintyNote: string | null;
  sources: SourceRef[];
}

/** Each go-live's acceptance as fit for purpose, with its date and source, as it stood on the page's date. */
export function AcceptanceList({
  acceptances,
  goLives,
  asOf,
  hindsight = false,
}: {
  acceptances: AcceptanceView[];
  goLives: { id: number; scope: string }[];
  asOf: string;
  hindsight?: boolean;
}) {
  const known = acceptances.filter((a) => certainFrom(a.accepted) <= asOf && isKnownOn(a, asOf));
  const later = acceptances.length - known.length;
  const scopeOf = (goLiveId: number) => goLives.find((g) => g.id === goLiveId)?.scope;
  if (known.length === 0) {
    return (
      <p className="mb-4 bg-white p-4">
        Acceptance as fit for purpose: <Secondary>not known on {formatIsoDate(asOf)} (the record gives no date by then)</Secondary>.
        {later > 0 ? (
          <>
            {" "}
            <Secondary>The record has {later === 1 ? "an acceptance" : `${later} acceptances`} after this date.</Secondary>
          </>
        ) : null}
      </p>
    );
  }
  return (
    <ul className="mb-4 bg-white p-4 list-none" aria-label="Acceptance as fit for purpose">
      {known.map((a) => (
        <li key={a.id} className="mb-3 last:mb-0">
          <span className="font-semibold">
            Accepted as fit for purpose{scopeOf(a.goLiveId) ? ` (${scopeOf(a.goLiveId)})` : ""}: {formatPartialDate(a.accepted)}
          </span>
          {a.note ? <span className="block">{a.note}</span> : null}
          <div className="mt-1">
            <CertaintyTag certainty={a.certainty} note={a.certaintyNote} /> <ReportedLater on={hindsight ? knownLater(a, asOf) : null} />
            <SourceList
              sources={a.sources}
              hindsightOn={hindsight ? asOf : null}
              later={hindsight ? 0 : a.sources.filter((s) => s.published && certainFrom(s.published) > asOf).length}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
