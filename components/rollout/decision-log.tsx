import { DECISION_KIND_LABEL } from "@/lib/domain/decision-words";
import { CertaintyAndSourceTerms } from "./fact-cells";
import Link from "next/link";
import { formatIsoDate, formatPartialDate } from "@/lib/domain/dates";
import type { DecisionRecord } from "@/lib/domain/rollout";
import { decisionEffectiveFrom, decisionsInForce, type DecisionKind } from "@/lib/domain/status";
import { Tag, type TagTone } from "../ui/tag";

const TONE: Record<DecisionKind, TagTone> = { HALT: "red", RESUME: "green", RECOMMEND: "blue", POSTPONE: "orange", WITHDRAW: "grey", ANNOUNCE: "purple" };

export const DECISION_KIND: Record<DecisionKind, { label: string; tone: TagTone }> = Object.fromEntries(
  (Object.keys(TONE) as DecisionKind[]).map((k) => [k, { label: DECISION_KIND_LABEL[k], tone: TONE[k] }]),
) as Record<DecisionKind, { label: string; tone: TagTone }>;

export function DecisionKindTag({ kind }: { kind: DecisionKind }) {
  return <Tag tone={DECISION_KIND[kind].tone}>{DECISION_KIND[kind].label}</Tag>;
}

function standing(d: DecisionRecord, asOf: string, inForce: Set<number>): string {
  const from = decisionEffectiveFrom(d);
  if (from > asOf) return `Not yet taken on ${formatIsoDate(asOf)}`;
  if (d.kind === "HALT") return inForce.has(d.id) ? `In force on ${formatIsoDate(asOf)}` : `Lifted by ${formatIsoDate(asOf)}`;
  return `Taken by ${formatIsoDate(asOf)}`;
}

/** `linkAsOf`: the date the address asked for, carried into each decision's page. */
/** `record`: every decision, so a halt shows as lifted even when the filters hide its resume. */
export function DecisionLog({
  decisions,
  record = decisions,
  asOf,
  linkAsOf = null,
}: {
  decisions: DecisionRecord[];
  record?: DecisionRecord[];
  asOf: string;
  linkAsOf?: string | null;
}) {
  const inForce = new Set(decisionsInForce(record, asOf).map((d) => d.id));
  return (
    <ol className="space-y-6">
      {decisions.map((d) => (
        <li key={d.id} id={`decision-${d.key}`} className="bg-white p-4 tablet:p-6 border-l-8 border-nhs-blue">
          <p className="flex flex-wrap items-center gap-2 mb-2">
            <DecisionKindTag kind={d.kind} />
            <span className="font-semibold">{formatPartialDate(d.decided)}</span>
            {d.reportedOn ? <span className="text-ink-secondary">(reported {formatIsoDate(d.reportedOn)})</span> : null}
          </p>
          <h2 className="nhs-text-26 mb-3">
            <Link href={linkAsOf ? `/decisions/${encodeURIComponent(d.key)}?asOf=${encodeURIComponent(linkAsOf)}` : `/decisions/${encodeURIComponent(d.key)}`}>
              {d.title}
            </Link>
          </h2>
          <dl className="grid grid-cols-1 tablet:grid-cols-[10rem_1fr] gap-x-6 gap-y-2 mb-2">
            <dt className="font-semibold">Taken by</dt>
            <dd>{d.body}</dd>
            <dt className="font-semibold">Scope</dt>
            <dd>{d.scope === "ALL_LONDON" ? "All London trusts in the rollout" : d.trustNames.join(", ") || "Not known"}</dd>
            {d.liftsTitle ? (
              <>
                <dt className="font-semibold">Lifts</dt>
                <dd>{d.liftsTitle}</dd>
              </>
            ) : null}
            <dt className="font-semibold">Rationale</dt>
            <dd className="max-w-reading">{d.rationale ?? <span className="text-ink-secondary">Not known</span>}</dd>
            <dt className="font-semibold">Standing</dt>
            <dd>{standing(d, asOf, inForce)}</dd>
            <CertaintyAndSourceTerms fact={d} />
          </dl>
        </li>
      ))}
    </ol>
  );
}
