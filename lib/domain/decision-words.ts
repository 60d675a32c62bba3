// A decision's effect in words: the one-sentence summary on its page and the words its table uses (a
// halt holds, a resume releases); and what the what-if page asks a person to do to make a scenario so.
// Pure: the effect (lib/domain/decision-effect.ts) and the scenario in, text out.
import { formatIsoDate, formatPartialDate } from "./dates";
import type { DecisionEffect } from "./decision-effect";
import type { DecisionRecord } from "./rollout";

/** Each kind of decision in words (the decision log's tags use the same). */
export const DECISION_KIND_LABEL: Record<DecisionRecord["kind"], string> = {
  HALT: "Halt",
  RESUME: "Resume",
  RECOMMEND: "Recommendation",
  POSTPONE: "Postponement",
  WITHDRAW: "Withdrawal",
  ANNOUNCE: "Announcement",
};

const days = (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "day" : "days"}`;
const goLives = (n: number) => `${n} ${n === 1 ? "go-live" : "go-lives"}`;

/** The words each kind of effect uses: a halt holds, a resume releases. */
export function effectTableWords(decision: Pick<DecisionRecord, "kind">, effect: DecisionEffect) {
  if (effect.type === "RELEASE") return { caption: "Go-lives released by this resume", from: "Held from", until: "Released on", days: "Days held" };
  if (decision.kind === "WITHDRAW")
    return { caption: "Go-lives withdrawn by this decision", from: "Withdrawn from", until: "Withdrawn until", days: "Days withdrawn" };
  if (effect.type === "POSTPONE") return { caption: "Go-lives this postponement covered", from: "Postponed from", until: "Until", days: "Days" };
  return { caption: "Go-lives held by this halt", from: "Held from", until: "Held until", days: "Days held" };
}

/** One sentence, in words, of what the decision had done by the date. */
export function summariseDecisionEffect(decision: Pick<DecisionRecord, "kind">, effect: DecisionEffect): string {
  const asOf = formatIsoDate(effect.asOf);
  const from = formatIsoDate(effect.effectiveFrom);
  const label = DECISION_KIND_LABEL[decision.kind].toLowerCase();
  if (effect.type === "NONE")
    return `${/^[aeiou]/.test(label) ? "An" : "A"} ${label} does not change any go-live's status, so this dashboard shows no effect for it.`;
  if (!effect.hasTakenEffect) return `On ${asOf} this ${label} had not yet taken effect: it counts from ${from}.`;
  const n = effect.goLives.length;
  const live = effect.goLives.filter((g) => g.wentLive).length;
  const wentLive = n > 0 ? ` By ${asOf}, ${live} of them had gone live.` : "";
  if (effect.type === "RELEASE") {
    if (!effect.lifts) return `This resume names no halt in the record, so it released no go-lives.`;
    if (n === 0)
      return `This resume lifted the halt of ${formatPartialDate(effect.lifts.decided)} from ${from}; the halt was holding no go-lives it covers by then.`;
    return `This resume lifted the halt of ${formatPartialDate(effect.lifts.decided)} from ${from}, releasing ${goLives(n)} it had held since ${formatIsoDate(effect.goLives[0]!.from)}.${wentLive}`;
  }
  if (effect.type === "POSTPONE") {
    if (n === 0) return `This postponement took effect on ${from}; every go-live it covered was already live.`;
    return `This postponement took effect on ${from} and covered ${goLives(n)} not yet live. The status rules do not hold go-lives for a postponement: their plans say when they were due.${wentLive}`;
  }
  if (n === 0) return `This ${label} took effect on ${from} and held no go-lives: every go-live it covered was already live or withdrawn.`;
  const verb = decision.kind === "WITHDRAW" ? "took" : "held";
  const object = decision.kind === "WITHDRAW" ? `${goLives(n)} out of the rollout` : goLives(n);
  const lifted = effect.goLives.filter((g) => g.end === "LIFTED");
  const held = effect.goLives.filter((g) => g.end === "IN_FORCE");
  const liftDays = new Set(lifted.map((g) => g.until));
  const parts = [`This ${label} ${verb} ${object} that ${n === 1 ? "was" : "were"} not yet live when it took effect on ${from}.`];
  if (lifted.length === n && liftDays.size === 1) {
    const sameLength = new Set(lifted.map((g) => g.days)).size === 1;
    parts.push(`It was lifted on ${formatIsoDate(lifted[0]!.until)}${sameLength ? `, after ${days(lifted[0]!.days)}` : ""}.`);
  } else if (lifted.length > 0) {
    parts.push(`It had been lifted for ${lifted.length} of them by ${asOf}.`);
  }
  if (held.length > 0)
    parts.push(`On ${asOf} it was still in force for ${held.length === n ? (n === 1 ? "it" : "all of them") : held.length}: ${days(held[0]!.days)}.`);
  return parts.join(" ") + wentLive;
}

/**
 * What the what-if page asks a person to do to make a scenario part of the record, worded for what was
 * changed: a moved plan is a re-plan, recorded on that go-live's re-plan page (or not at all, once it
 * has gone live); a halt or resume on another date is a board decision.
 */
export interface WhatIfCallToAction {
  /** the sentence before the link */
  lead: string;
  link: { href: string; text: string } | null;
  /** the permission the link's page needs (lib/auth/permissions.ts), and what to say to someone without it */
  permission: "go-live.replan" | "decision.record" | null;
  withoutPermission: string;
}

export function whatIfCallToAction(
  scenario: { kind: "decision" } | { kind: "plan"; goLiveId: number },
  moved: { goLiveId: number; trust: { slug: string; shortName: string }; scope: string; recordIsActual: boolean } | null,
): WhatIfCallToAction {
  if (scenario.kind === "decision") {
    return {
      lead: "This is not in the record. A halt or resume on another date is a board decision: to make it so,",
      link: { href: "/decisions/new", text: "record it as a decision" },
      permission: "decision.record",
      withoutPermission: "This is not in the record. A halt or resume on another date is a board decision, which only a board member can record.",
    };
  }
  const name = moved ? `${moved.trust.shortName}${moved.scope === "Whole trust" ? "" : ` (${moved.scope})`}` : "this go-live";
  if (!moved || moved.recordIsActual) {
    return {
      lead: `This is not in the record, and cannot be: ${name} has already gone live, so the record takes no re-plan for it.`,
      link: null,
      permission: null,
      withoutPermission: `This is not in the record, and cannot be: ${name} has already gone live, so the record takes no re-plan for it.`,
    };
  }
  return {
    lead: `This is not in the record. A moved plan is a re-plan of ${name}: to make it so,`,
    link: { href: `/trusts/${encodeURIComponent(moved.trust.slug)}/go-lives/${moved.goLiveId}/replan`, text: `record a re-plan of ${name}` },
    permission: "go-live.replan",
    withoutPermission: `This is not in the record. A moved plan is a re-plan of ${name}, which only a programme manager can record.`,
  };
}
