// What changed in the record, in words (docs/decisions/023). A change is an audit row of a write to the record: a
// re-plan, a go-live, an acceptance, a problem, a decision, a source, a baseline, a tolerance or an issued pack. The
// audit keeps what each write stored ("after"); these rules say it back as a line a person can read, whether the row
// was written by the dashboard's forms or by the national data generator (flatter rows). Pure: no I/O.
import { PRECISIONS, formatIsoDate, formatPartialDate, type PartialDate, type Precision } from "./dates";

/** The writes that change the record, by the slug used in addresses and feeds, with their audit action. */
export const CHANGE_KINDS = {
  replan: { action: "go-live.replan", label: "Re-plan" },
  "go-live": { action: "go-live.record-actual", label: "Go-live" },
  acceptance: { action: "acceptance.record", label: "Acceptance" },
  problem: { action: "problem.record", label: "Problem" },
  decision: { action: "decision.record", label: "Decision" },
  source: { action: "source.add", label: "Source" },
  baseline: { action: "baseline.take", label: "Baseline" },
  tolerance: { action: "tolerance.set", label: "Tolerance" },
  "board-pack": { action: "board-pack.issue", label: "Board pack issued" },
} as const;

export type ChangeKind = keyof typeof CHANGE_KINDS;
export const CHANGE_KIND_SLUGS = Object.keys(CHANGE_KINDS) as ChangeKind[];
export const RECORD_ACTIONS: string[] = CHANGE_KIND_SLUGS.map((k) => CHANGE_KINDS[k].action);

export const kindOfAction = (action: string): ChangeKind | null => CHANGE_KIND_SLUGS.find((k) => CHANGE_KINDS[k].action === action) ?? null;

/** A change as read from the audit trail, with what it is about resolved from the record. */
export interface ChangeRow {
  id: string;
  /** when it was recorded, an instant (ISO 8601) */
  recordedAt: string;
  actorId: string | null;
  action: string;
  after: unknown;
  trust: { slug: string; name: string; shortName: string } | null;
  decision: { key: string; title: string } | null;
  source: { key: string; title: string } | null;
  pack: { key: string } | null;
}

export interface ChangeView {
  id: string;
  recordedAt: string;
  kind: ChangeKind;
  /** "Re-plan", "Decision", … */
  label: string;
  /** the line that says what was recorded */
  summary: string;
  /** the page it is about */
  href: string;
  /** what it is about, in a few words: a trust, a decision, a source */
  about: string;
  byYou: boolean;
}

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);
const isPrecision = (v: unknown): v is Precision => typeof v === "string" && (PRECISIONS as readonly string[]).includes(v);

/** A date as either shape the audit holds: { date, precision } (the forms) or "YYYY-MM-DD" with a precision beside it. */
function dateOf(value: unknown, precision?: unknown): string | null {
  const o = obj(value);
  const date = typeof value === "string" ? value : str(o.date);
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
  const p = isPrecision(o.precision) ? o.precision : isPrecision(precision) ? precision : "DAY";
  return formatPartialDate({ date: date.slice(0, 10), precision: p } as PartialDate);
}

const sentence = (...parts: (string | null)[]) =>
  parts
    .filter((p): p is string => p !== null)
    .map((p) => p.replace(/[.\s]+$/, ""))
    .join(". ") + ".";

/** The line for one change. */
export function summariseChange(kind: ChangeKind, after: unknown, context: Pick<ChangeRow, "decision" | "source" | "trust">): string {
  const a = obj(after);
  switch (kind) {
    case "replan": {
      const plan = Object.keys(obj(a.plan)).length ? obj(a.plan) : a;
      const when = str(plan.plannedLabel) ?? dateOf(plan.plannedOn, plan.plannedPrecision);
      return sentence(when ? `Planned for ${when}` : "Postponed with no new date", str(plan.reason));
    }
    case "go-live": {
      const actual = Object.keys(obj(a.actual)).length ? obj(a.actual) : a;
      const when = dateOf(actual.wentLiveOn, actual.precision);
      return sentence(
        when ? `Went live ${when}` : "Went live",
        str(actual.overrideReason) ? `During a halt: ${str(actual.overrideReason)}` : null,
        Array.isArray(a.superseded) ? "Corrects an earlier record" : null,
      );
    }
    case "acceptance": {
      const acceptance = Object.keys(obj(a.acceptance)).length ? obj(a.acceptance) : a;
      const when = dateOf(acceptance.acceptedOn, acceptance.precision);
      return sentence(when ? `Accepted as fit for purpose ${when}` : "Accepted as fit for purpose", str(acceptance.note));
    }
    case "problem": {
      const problem = Object.keys(obj(a.problem)).length ? obj(a.problem) : a;
      const when = dateOf(problem.reportedOn, problem.precision);
      return sentence(str(problem.description) ?? "A problem", when ? `Reported ${when}` : null);
    }
    case "decision": {
      const when = dateOf(a.decidedOn, a.decidedPrecision);
      return sentence(
        context.decision?.title ?? str(a.title) ?? `A ${String(str(a.kind) ?? "").toLowerCase() || "new"} decision`,
        when ? `Decided ${when}` : null,
      );
    }
    case "source":
      return sentence(`${context.source?.title ?? str(a.title) ?? "A source"}${str(a.publisher) ? ` (${str(a.publisher)})` : ""}`);
    case "baseline":
      return sentence(`${str(a.name) ?? "A baseline"}${str(a.takenAsOf) ? `, the plans of ${formatIsoDate(str(a.takenAsOf)!.slice(0, 10))}` : ""}`);
    case "tolerance":
      return sentence(a.cleared === true ? "A tolerance cleared" : "A tolerance set", str(a.reason));
    case "board-pack":
      return sentence(`The pack for the meeting of ${str(a.meetingDate) ? formatIsoDate(str(a.meetingDate)!.slice(0, 10)) : "a meeting"}`);
  }
}

/** A change for the page and the feed: its words, and the page it is about. */
export function viewChange(row: ChangeRow, viewerId: string | null): ChangeView | null {
  const kind = kindOfAction(row.action);
  if (!kind) return null;
  const { href, about } = aboutOf(kind, row);
  return {
    id: row.id,
    recordedAt: row.recordedAt,
    kind,
    label: CHANGE_KINDS[kind].label,
    summary: summariseChange(kind, row.after, row),
    href,
    about,
    byYou: viewerId !== null && row.actorId === viewerId,
  };
}

function aboutOf(kind: ChangeKind, row: ChangeRow): { href: string; about: string } {
  if (kind === "decision" && row.decision) return { href: `/decisions/${row.decision.key}`, about: row.decision.title };
  if (kind === "source" && row.source) return { href: `/sources#source-${row.source.key}`, about: row.source.title };
  if (kind === "baseline") return { href: "/board/baselines", about: "Baselines" };
  if (kind === "board-pack" && row.pack) return { href: `/board/packs/${row.pack.key}`, about: "Issued board packs" };
  if (row.trust) return { href: `/trusts/${row.trust.slug}#history`, about: row.trust.name };
  if (kind === "tolerance") return { href: "/board/tolerances", about: "The whole programme" };
  return { href: "/changes", about: "The record" };
}

/** The most changes "since you last looked" counts; past it, the overview says "more than". */
export const COUNT_CAP = 10_000;

/** Counts by kind, for "3 re-plans and a problem". */
export function countsInWords(changes: readonly Pick<ChangeView, "kind">[]): string {
  const counts = new Map<ChangeKind, number>();
  for (const c of changes) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  const words: Record<ChangeKind, [string, string]> = {
    replan: ["re-plan", "re-plans"],
    "go-live": ["go-live", "go-lives"],
    acceptance: ["acceptance", "acceptances"],
    problem: ["problem", "problems"],
    decision: ["decision", "decisions"],
    source: ["source", "sources"],
    baseline: ["baseline", "baselines"],
    tolerance: ["tolerance", "tolerances"],
    "board-pack": ["board pack issued", "board packs issued"],
  };
  const parts = CHANGE_KIND_SLUGS.filter((k) => counts.has(k)).map((k) => `${counts.get(k)} ${words[k][counts.get(k) === 1 ? 0 : 1]}`);
  if (parts.length <= 1) return parts[0] ?? "nothing";
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
