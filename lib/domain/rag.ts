// A red, amber or green rating for each go-live on a date, worked out from the evidence the status
// rules already read (halts, plans, slip) and the problems reported. These are this dashboard's own
// rules, not an NHS standard: docs/decisions/008-rag-rating.md gives them and why.
// Pure: the data layer loads the facts; the page shows the rating as a word with its reasons.
import { isKnownOn, type Knowable } from "./knowledge";
import { formatDays, formatSlip } from "./format";
import { certainFrom, daysBetween, formatIsoDate, formatPartialDate, intervalOf, type PartialDate } from "./dates";
import { decisionEffectiveFrom, deriveGoLiveStatus, type DecisionFact, type DerivedStatus, type GoLiveFacts } from "./status";
import { labelled } from "./labelled";

export const [RATINGS, RATING_LABEL] = labelled({
  RED: "Red",
  AMBER: "Amber",
  GREEN: "Green",
  NOT_RATED: "Not rated",
});
export type Rating = (typeof RATINGS)[number];

/** The thresholds the rules use; the page's explanation reads them from here. */
export const RAG_RULES = {
  /** slip (the least of its range) at or above this many days is amber */
  slipAmberDays: 30,
  /** slip (the least of its range) at or above this many days is red */
  slipRedDays: 180,
  /** problems reported in this many days, the date itself included, make a go-live amber */
  problemWindowDays: 90,
} as const;

/** A problem as the rating needs it. `reported` is the first day of its period, with its precision. */
export interface ProblemFact extends Knowable {
  trustId: number;
  /** null: recorded against the trust, not one go-live; it counts for each of the trust's go-lives */
  goLiveId: number | null;
  reported: PartialDate;
  description: string;
}

export interface GoLiveRating {
  rating: Rating;
  /** why, in plain English, the reasons behind the rating first: never a colour alone */
  reasons: string[];
}

type Level = "RED" | "AMBER" | "GREEN";
const LEVEL_ORDER: Record<Level, number> = { RED: 0, AMBER: 1, GREEN: 2 };

interface Finding {
  level: Level;
  text: string;
}

/** The problems that bear on one go-live: recorded against it, or against its trust as a whole. */
export function problemsForGoLive<P extends ProblemFact>(problems: readonly P[], goLive: { id: number; trustId: number }): P[] {
  return problems.filter((p) => (p.goLiveId === null ? p.trustId === goLive.trustId : p.goLiveId === goLive.id));
}

/**
 * The rating of a go-live on `asOf`. `problems` are the go-live's own (see problemsForGoLive); those
 * not yet certainly reported by `asOf` are ignored. Pass `derived` when the status is already worked out.
 */
export function rateGoLive(
  goLive: GoLiveFacts,
  decisions: readonly DecisionFact[],
  problems: readonly ProblemFact[],
  asOf: string,
  derived: DerivedStatus = deriveGoLiveStatus(goLive, decisions, asOf),
): GoLiveRating {
  if (!goLive.isRolloutTarget) return { rating: "NOT_RATED", reasons: ["Not rated: not a target of the BT rollout."] };
  if (derived.status === "WITHDRAWN") return { rating: "NOT_RATED", reasons: [`Not rated. ${derived.reason}`] };

  const findings: Finding[] = [];
  const add = (level: Level, text: string) => findings.push({ level, text });

  // A go-live recorded only to a month (or coarser) that has begun by the date but is not certainly past.
  const isGoingLive = derived.status === "NOT_KNOWN" && goLive.actuals.some((a) => intervalOf(a.wentLive).start <= asOf);

  if (derived.status === "LIVE" || isGoingLive) {
    add("GREEN", derived.reason);
  } else {
    rateProgress(derived, asOf, add);
  }
  if (derived.status !== "LIVE") rateSlip(derived, add);
  rateProblems(problems, asOf, add);

  const sorted = [...findings].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  return { rating: sorted[0]?.level ?? "GREEN", reasons: sorted.map((f) => f.text) };
}

/** Halts, the next-in-line wait, and whether the latest plan has a date and whether it has passed. */
function rateProgress(derived: DerivedStatus, asOf: string, add: (level: Level, text: string) => void) {
  if (derived.status === "HALTED" && derived.heldBy) {
    const h = derived.heldBy;
    add("RED", `Held by the ${formatPartialDate(h.decided)} halt since ${formatIsoDate(decisionEffectiveFrom(h))}: ${h.title}.`);
  }
  if (derived.status === "NEXT_IN_LINE" && derived.heldBy && derived.liftedBy) {
    add(
      "AMBER",
      `Waiting to go live after the ${formatPartialDate(derived.heldBy.decided)} halt, lifted ${formatIsoDate(decisionEffectiveFrom(derived.liftedBy))}.`,
    );
  }
  const latest = derived.latestPlan;
  if (!latest) {
    add("AMBER", "No go-live date: the record holds no plan for this go-live as of this date.");
    return;
  }
  if (latest.planned === null) {
    add("AMBER", latest.plannedLabel ? `No go-live date: the latest plan says "${latest.plannedLabel}".` : "No go-live date: postponed with no new date.");
    return;
  }
  const label = latest.plannedLabel ?? formatPartialDate(latest.planned);
  if (certainFrom(latest.planned) < asOf) {
    add("RED", `Planned for ${label}; that date has passed with no go-live or new plan in the record.`);
  } else if (derived.status === "PLANNED") {
    add("GREEN", `Planned for ${label}; that date has not yet passed.`);
  }
}

/** Slip from the first plan, rated on the least of its range. */
function rateSlip(derived: DerivedStatus, add: (level: Level, text: string) => void) {
  const { slip, firstPlan, latestPlan } = derived;
  // Postponed with no date: the slip to the last dated plan would understate it; "no go-live date" says so.
  if (!slip || !firstPlan?.planned || latestPlan?.planned === null) return;
  const first = firstPlan.plannedLabel ?? formatPartialDate(firstPlan.planned);
  const level: Level = slip.min >= RAG_RULES.slipRedDays ? "RED" : slip.min >= RAG_RULES.slipAmberDays ? "AMBER" : "GREEN";
  if (slip.min === 0 && slip.max === 0) {
    add(level, `Planned go-live has not moved from the first plan (${first}).`);
    return;
  }
  const wide = slip.min === slip.max ? "" : `; rated on the least, ${formatDays(slip.min)}, as the dates are not all known to the day`;
  add(level, `Planned go-live has slipped ${formatSlip(slip)} since the first plan (${first})${wide}.`);
}

/** Problems certainly reported (from the end of their period) in the window ending on the date. */
function rateProblems(problems: readonly ProblemFact[], asOf: string, add: (level: Level, text: string) => void) {
  const window = RAG_RULES.problemWindowDays;
  const to = formatIsoDate(asOf);
  const byDate = problems.filter((p) => isKnownOn(p, asOf)).sort((a, b) => a.reported.date.localeCompare(b.reported.date));
  const recent = byDate.filter((p) => {
    const from = certainFrom(p.reported);
    return from <= asOf && daysBetween(from, asOf) < window;
  });
  const pending = byDate.filter((p) => p.reported.date <= asOf && certainFrom(p.reported) > asOf);
  const describe = (p: ProblemFact) => `${p.description.replace(/\.\s*$/, "")} (${formatPartialDate(p.reported)})`;
  if (recent.length > 0) {
    const count = recent.length === 1 ? "1 problem report" : `${recent.length} problem reports`;
    add("AMBER", `${count} in the ${window} days to ${to}: ${recent.map(describe).join("; ")}.`);
    return;
  }
  if (pending.length > 0) {
    const notes = pending.map((p) => `${describe(p)} counts from ${formatIsoDate(certainFrom(p.reported))}, the end of that period`);
    add("GREEN", `No problem certainly reported in the ${window} days to ${to}: ${notes.join("; ")}.`);
    return;
  }
  add("GREEN", `No problems reported in the ${window} days to ${to}.`);
}
