import { formatPartialDate } from "@/lib/domain/dates";
import type { TimelineEntry, TimelineKind } from "@/lib/domain/trust-timeline";
import { EmptyNote } from "../ui/secondary";
import { Tag, type TagTone } from "../ui/tag";
import { SourceList } from "./source-list";
import { CertaintyTag } from "./status-tag";

const KIND: Record<TimelineKind, { label: string; tone: TagTone }> = {
  PLAN: { label: "Plan", tone: "blue" },
  REPLAN: { label: "Re-plan", tone: "orange" },
  GO_LIVE: { label: "Go-live", tone: "green" },
  PROBLEM: { label: "Problem", tone: "red" },
  DECISION: { label: "Decision", tone: "purple" },
  ACCEPTANCE: { label: "Acceptance", tone: "aqua" },
};

export function TrustTimeline({ entries, asOf }: { entries: TimelineEntry[]; asOf: string }) {
  if (entries.length === 0) return <EmptyNote>No dated facts for this trust in the record.</EmptyNote>;
  return (
    <ol className="space-y-4">
      {entries.map((e) => {
        const isLater = e.when !== null && e.when.date > asOf;
        return (
          <li key={e.id} id={e.id} className={`bg-white p-4 tablet:p-6 border-l-8 ${isLater ? "border-nhs-grey-3" : "border-nhs-blue"}`}>
            <p className="flex flex-wrap items-center gap-2 mb-2">
              <Tag tone={KIND[e.kind].tone}>{KIND[e.kind].label}</Tag>
              <span className="font-semibold">{e.when ? formatPartialDate(e.when) : "Date announced: not known"}</span>
              {isLater ? <Tag tone="grey">After this date</Tag> : null}
            </p>
            <h3 className="nhs-text-19 mb-2">{e.title}</h3>
            {e.detail ? <p className="mb-2 max-w-reading">{e.detail}</p> : null}
            <div className="flex flex-wrap gap-6 nhs-text-16">
              <div>
                <span className="font-semibold block">Certainty</span>
                <CertaintyTag certainty={e.certainty} note={e.certaintyNote} />
              </div>
              <div>
                <span className="font-semibold block">Sources</span>
                <SourceList sources={e.sources} />
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
