import Link from "next/link";
import { formatPartialDate } from "@/lib/domain/dates";
import type { DecisionStanding, SourceRef } from "@/lib/domain/rollout";
import type { HaltReasons, ReasonProblem } from "@/lib/domain/halt-reasons";
import { Secondary } from "../ui/secondary";
import { Tag } from "../ui/tag";
import { knownLater } from "@/lib/domain/knowledge";
import { withAsOf } from "./format";
import { ReportedLater } from "./reported-later";
import { SourceList } from "./source-list";
import { CertaintyTag } from "./status-tag";

function standingTag(s: DecisionStanding) {
  if (s.standing === "IN_FORCE") return <Tag tone={s.decision.kind === "HALT" ? "red" : "grey"}>In force</Tag>;
  if (s.standing === "LIFTED") return <Tag tone="grey">Lifted</Tag>;
  return <Tag tone="green">Lifted a halt</Tag>;
}

/** Why a halt was called (lib/domain/halt-reasons.ts): the record's rationale, and the problems it points to, each with its sources. */
function HaltWhy({ reasons, asOf, hindsight }: { reasons: HaltReasons<ReasonProblem & { sources: SourceRef[] }>; asOf: string; hindsight: boolean }) {
  if (!reasons.rationale)
    return (
      <p className="mb-2">
        <span className="font-semibold">Why: </span>
        <Secondary>Not known: the record does not say why.</Secondary>
      </p>
    );
  return (
    <div className="mb-2">
      <p className="mb-2">
        <span className="font-semibold">Why: </span>
        {reasons.rationale}
      </p>
      {reasons.problems.length ? (
        <>
          <p className="mb-1">Problems the record holds at {reasons.trusts.map((t) => t.shortName).join(" and ")} before the halt took effect:</p>
          <ul className="list-disc pl-6 mb-2 space-y-1">
            {reasons.problems.map((p) => (
              <li key={p.id}>
                <Link href={`/problems?${new URLSearchParams({ trust: p.trust.slug, asOf, ...(hindsight ? { view: "hindsight" } : {}) })}#problem-${p.id}`}>
                  {p.trust.shortName}, {formatPartialDate(p.reported)}: {p.description}
                </Link>
                <div className="nhs-text-16">
                  <span className="font-semibold">Sources: </span>
                  <SourceList sources={p.sources} hindsightOn={hindsight ? asOf : null} />
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

export function DecisionStandingList({
  items,
  asOf,
  hindsight = false,
  reasons,
}: {
  items: DecisionStanding[];
  asOf: string;
  hindsight?: boolean;
  reasons?: ReadonlyMap<number, HaltReasons<ReasonProblem & { sources: SourceRef[] }>>;
}) {
  if (items.length === 0) return <Secondary>No halt, resume or withdrawal had taken effect by this date.</Secondary>;
  return (
    <ul className="space-y-4">
      {items.map((s) => (
        <li key={s.decision.id} className="bg-white p-4 tablet:p-6 border-l-8 border-nhs-blue">
          <p className="flex flex-wrap gap-2 items-center mb-2">
            {standingTag(s)} <CertaintyTag certainty={s.decision.certainty} /> {hindsight ? <ReportedLater on={knownLater(s.decision, asOf)} /> : null}
          </p>
          <h3 className="nhs-text-22 mb-2">
            <Link href={withAsOf("/decisions", { asOf, hindsight }, `#decision-${s.decision.key}`)}>
              {formatPartialDate(s.decision.decided)}: {s.decision.title}
            </Link>
          </h3>
          <p className="mb-2">
            {s.decision.body}. {s.decision.scope === "ALL_LONDON" ? "All London trusts in the rollout." : `Trusts: ${s.decision.trustNames.join(", ")}.`}
            {s.liftedBy
              ? ` Lifted by ${s.liftedBy.body}, ${formatPartialDate(s.liftedBy.reportedOn ? { date: s.liftedBy.reportedOn, precision: "DAY" } : s.liftedBy.decided)}.`
              : ""}
          </p>
          {reasons?.get(s.decision.id) ? <HaltWhy reasons={reasons.get(s.decision.id)!} asOf={asOf} hindsight={hindsight} /> : null}
          {s.decision.certaintyNote ? <p className="nhs-text-16 text-ink-secondary mb-2">{s.decision.certaintyNote}</p> : null}
          <div className="nhs-text-16">
            <span className="font-semibold">Sources: </span>
            <SourceList sources={s.decision.sources} later={s.laterSources} hindsightOn={hindsight ? asOf : null} />
          </div>
        </li>
      ))}
    </ul>
  );
}
