import { CERTAINTY_LABEL, type Certainty } from "@/lib/domain/certainty";
import { STATUS_LABEL, type Status } from "@/lib/domain/status";
import { Tag, type TagTone } from "../ui/tag";

export const STATUS_TONE: Record<Status, TagTone> = {
  LIVE: "green",
  PLANNED: "blue",
  NEXT_IN_LINE: "aqua",
  HALTED: "red",
  WITHDRAWN: "grey",
  NOT_KNOWN: "purple",
};

export function StatusTag({ status }: { status: Status }) {
  return <Tag tone={STATUS_TONE[status]}>{STATUS_LABEL[status]}</Tag>;
}

const CERTAINTY_TONE: Record<Certainty, TagTone> = { CONFIRMED: "green", SINGLE_SOURCE: "blue", UNCERTAIN: "yellow" };

export function CertaintyTag({ certainty, note }: { certainty: Certainty; note?: string | null }) {
  return (
    <span>
      <Tag tone={CERTAINTY_TONE[certainty]}>{CERTAINTY_LABEL[certainty]}</Tag>
      {note ? <span className="block nhs-text-14 text-ink-secondary mt-1">{note}</span> : null}
    </span>
  );
}

export function DisputedTag({ canWrap = false }: { canWrap?: boolean }) {
  return (
    <Tag tone="yellow" canWrap={canWrap}>
      Sources disagree
    </Tag>
  );
}
