// One trust's history as a single dated list: plans and re-plans, go-lives, problems, decisions
// and acceptances, each with its sources and certainty. Pure, so the order rules are tested.
import type { Certainty } from "./certainty";
import { formatIsoDate, formatPartialDate, type PartialDate } from "./dates";
import { describePlanned, type DecisionRecord, type GoLiveRecord, type SourceRef } from "./rollout";

export type TimelineKind = "PLAN" | "REPLAN" | "GO_LIVE" | "PROBLEM" | "DECISION" | "ACCEPTANCE";

export interface TimelineEntry {
  id: string;
  kind: TimelineKind;
  /** when it happened or was announced; null when the record does not say */
  when: PartialDate | null;
  title: string;
  detail: string | null;
  certainty: Certainty;
  certaintyNote: string | null;
  sources: SourceRef[];
}

interface Dated<T> {
  id: number;
  certainty: Certainty;
  certaintyNote: string | null;
  sources: SourceRef[];
  value: T;
}

export interface TrustTimelineInput {
  goLives: GoLiveRecord[];
  decisions: DecisionRecord[];
  problems: (Omit<Dated<never>, "value"> & { reported: PartialDate; description: string })[];
  acceptances: (Omit<Dated<never>, "value"> & { goLiveId: number; accepted: PartialDate; note: string | null })[];
}

type Provenance = Pick<TimelineEntry, "certainty" | "certaintyNote" | "sources">;

/** What every entry carries from its fact: how sure the record is, and where it says so. */
function provenanceOf(fact: Provenance): Provenance {
  return { certainty: fact.certainty, certaintyNote: fact.certaintyNote, sources: fact.sources };
}

export function buildTrustTimeline(input: TrustTimelineInput): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const many = input.goLives.length > 1;
  for (const g of input.goLives) {
    const prefix = many ? `${g.scope}: ` : "";
    for (const p of g.plans) {
      const planned = describePlanned(p.planned, p.plannedLabel);
      entries.push({
        id: `plan-${p.id}`,
        kind: p.sequence === 1 ? "PLAN" : "REPLAN",
        when: p.announced,
        title: `${prefix}${p.sequence === 1 ? "Planned" : p.planned ? "Re-planned" : "Postponed"}: go-live ${p.planned ? `for ${planned}` : `(${planned})`}`,
        // who made it, where the record says (the promises ledger scores them)
        detail: [p.reason, p.madeBy ? `Made by ${p.madeBy}.` : null].filter(Boolean).join(" ") || null,
        ...provenanceOf(p),
      });
    }
    for (const a of g.actuals) {
      entries.push({
        id: `actual-${a.id}`,
        kind: "GO_LIVE",
        when: a.wentLive,
        title: `${prefix}Went live${g.configuration ? ` on ${g.configuration.name}` : ""}: ${formatPartialDate(a.wentLive)}`,
        detail:
          [
            a.supersededOn ? `Corrected on ${formatIsoDate(a.supersededOn)}: a later record replaced this date; it stands for the dates before then.` : null,
            a.note,
            a.overrideReason ? `Recorded while a halt covered the trust. Reason given: ${a.overrideReason}` : null,
          ]
            .filter(Boolean)
            .join(" ") || null,
        ...provenanceOf(a),
      });
    }
  }
  for (const d of input.decisions) {
    entries.push({ id: `decision-${d.id}`, kind: "DECISION", when: d.decided, title: `${d.body}: ${d.title}`, detail: d.rationale, ...provenanceOf(d) });
  }
  for (const p of input.problems) {
    entries.push({ id: `problem-${p.id}`, kind: "PROBLEM", when: p.reported, title: `Problem: ${p.description}`, detail: null, ...provenanceOf(p) });
  }
  for (const a of input.acceptances) {
    entries.push({ id: `acceptance-${a.id}`, kind: "ACCEPTANCE", when: a.accepted, title: "Accepted as fit for purpose", detail: a.note, ...provenanceOf(a) });
  }
  // Undated entries (announce date not known) keep their place by sequence at the start.
  return entries.sort((a, b) => {
    if (!a.when || !b.when) return a.when ? 1 : b.when ? -1 : 0;
    return a.when.date.localeCompare(b.when.date);
  });
}
