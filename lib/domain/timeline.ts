// The programme timeline: planned against actual per go-live, and the halt windows, as of a date.
// Built on the server; the chart only draws it and the table beside it says the same in words.
import { intervalOf, type PartialDate } from "./dates";
import { buildOverviewRows, describePlanned, type RolloutFacts } from "./rollout";
import { decisionEffectiveFrom, type Status } from "./status";

export interface TimelineRow {
  goLiveId: number;
  label: string;
  slug: string;
  status: Status;
  firstPlanned: PartialDate | null;
  firstPlannedText: string;
  latestPlanned: PartialDate | null;
  latestPlannedText: string;
  replans: number;
  actual: PartialDate | null;
  plannedDates: { date: string; text: string }[];
}

export interface HaltWindow {
  key: string;
  title: string;
  /** the first day of the halt's period, as drawn */
  from: string;
  /** the day it was lifted, or null while in force on the as-of date */
  to: string | null;
  fromText: PartialDate;
}

export function buildTimeline(facts: RolloutFacts, asOf: string): { rows: TimelineRow[]; halts: HaltWindow[] } {
  const overview = buildOverviewRows(facts, asOf);
  const rows = overview.map((r) => {
    const dated = r.derived.knownPlans.filter((p) => p.planned !== null);
    const first = dated[0] ?? null;
    const latest = dated.at(-1) ?? null;
    return {
      goLiveId: r.goLiveId,
      label: r.scope === "Whole trust" ? r.trust.shortName : `${r.trust.shortName} (${r.scope})`,
      slug: r.trust.slug,
      status: r.derived.status,
      firstPlanned: first?.planned ?? null,
      firstPlannedText: first ? describePlanned(first.planned, first.plannedLabel) : "Not known",
      latestPlanned: latest?.planned ?? null,
      latestPlannedText: latest ? describePlanned(latest.planned, latest.plannedLabel) : "Not known",
      replans: Math.max(0, r.derived.knownPlans.length - 1),
      actual: r.derived.actuals[0]?.wentLive ?? null,
      plannedDates: dated.map((p) => ({ date: p.planned!.date, text: describePlanned(p.planned, p.plannedLabel) })),
    };
  });
  const halts: HaltWindow[] = facts.decisions
    .filter((d) => d.kind === "HALT" && decisionEffectiveFrom(d) <= asOf)
    .map((h) => {
      const lift = facts.decisions.find((d) => d.liftsId === h.id && decisionEffectiveFrom(d) <= asOf);
      return { key: h.key, title: h.title, from: intervalOf(h.decided).start, to: lift ? decisionEffectiveFrom(lift) : null, fromText: h.decided };
    });
  return { rows, halts };
}
