// Each row of a file checked against the record, without writing: what it will change, in words, or every
// problem with it. Pure: the record it is checked against is handed in (lib/import/context.ts reads it).
// The rules are the forms' (lib/mutations/go-lives.ts): a re-plan of a go-live that has happened is refused,
// a go-live during a halt needs its reason, dates must be real and not in the future, sources must be in the record.
import type { Certainty } from "../domain/certainty";
import { formatPartialDate, intervalOf, type PartialDate } from "../domain/dates";
import type { MakerKind } from "../domain/makers";
import { describePlanned } from "../domain/rollout";
import { activeHaltFor, type DecisionFact } from "../domain/status";
import { CONTROL_CHARACTERS, LIMITS } from "../validation/common";
import { editDistance, readCertainty, readDateCell, readMakerKind, splitSources, type Read } from "./cells";
import type { ImportKind } from "./kinds";
import type { RawRow } from "./read-file";

export interface ContextPlan {
  sequence: number;
  planned: PartialDate | null;
  label: string | null;
  announced: PartialDate | null;
}

export interface ContextGoLive {
  id: number;
  version: number;
  scope: string;
  plans: ContextPlan[];
  /** the go-live dates standing (not superseded) */
  actuals: PartialDate[];
  accepted: PartialDate[];
}

export interface ContextTrust {
  id: number;
  slug: string;
  name: string;
  isRolloutTarget: boolean;
  goLives: ContextGoLive[];
  /** the problems already recorded (read for the trusts a file names) */
  problems: { reported: PartialDate; description: string }[];
}

export interface ContextSource {
  id: number;
  key: string;
  url: string | null;
  published: PartialDate | null;
}

export interface ImportContext {
  today: string;
  trusts: ContextTrust[];
  sources: ContextSource[];
  /** the decisions that can cover a trust (lib/domain/status.ts decisionsByTrust) */
  decisionsFor: (trustId: number) => readonly DecisionFact[];
}

export interface ReplanPayload {
  kind: "replans";
  goLiveId: number;
  plannedOn: PartialDate | null;
  plannedLabel: string | null;
  announcedOn: PartialDate;
  announcedAsTyped: PartialDate | null;
  reason: string;
  madeBy: string | null;
  madeByKind: MakerKind | null;
  certainty: Certainty;
  sourceIds: number[];
}

export interface ActualPayload {
  kind: "go-lives";
  goLiveId: number;
  wentLiveOn: PartialDate;
  knownOn: PartialDate;
  knownAsTyped: PartialDate | null;
  note: string | null;
  overrideReason: string | null;
  heldByHalt: string | null;
  certainty: Certainty;
  sourceIds: number[];
}

export interface ProblemPayload {
  kind: "problems";
  trustId: number;
  goLiveId: number | null;
  reportedOn: PartialDate;
  description: string;
  certainty: Certainty;
  sourceIds: number[];
}

export interface PreviewRow {
  line: number;
  trust: { slug: string; name: string } | null;
  /** what the row will change, in words; null when it has problems */
  change: string | null;
  problems: string[];
  payload: ReplanPayload | ActualPayload | ProblemPayload | null;
}

export interface Preview {
  rows: PreviewRow[];
  /** each go-live the file changes, at the version it was checked against (optimistic locking at apply) */
  versions: Record<string, number>;
}

export function checkRows(kind: ImportKind, rows: readonly RawRow[], context: ImportContext): Preview {
  const lookup = makeLookup(context);
  const seenInFile = new Map<string, number>();
  /** the latest plan of each go-live as the file's earlier rows leave it */
  const latestPlan = new Map<number, ContextPlan | null>();
  const versions: Record<string, number> = {};
  const checked = rows.map((row) => {
    const problems: string[] = [];
    const cell = (name: string) => row.cells[name] ?? "";
    const take = <T>(read: Read<T>): T | undefined => ("problem" in read ? (problems.push(read.problem), undefined) : read.value);
    const text = (name: string, label: string, required: boolean): string | null => {
      const value = cell(name).trim();
      if (!value) {
        if (required) problems.push(`${label} is empty`);
        return null;
      }
      if (CONTROL_CHARACTERS.test(value)) problems.push(`${label} has control characters in it: type it again`);
      if (value.length > LIMITS.long) problems.push(`${label} must be ${LIMITS.long.toLocaleString("en-GB")} characters or fewer`);
      return value;
    };
    const trustText = cell("trust_slug") || cell("trust");
    if (kind === "problems") {
      const found = lookup.trust(trustText);
      const trust = "problem" in found ? (problems.push(found.problem), null) : found;
      const scope = cell("go_live_scope");
      const goLive = trust && scope ? trust.goLives.find((g) => g.scope.toLowerCase() === scope.toLowerCase()) : null;
      if (trust && scope && !goLive)
        problems.push(
          `${trust.name} has no go-live “${scope}”: its go-lives are ${trust.goLives.map((g) => `“${g.scope}”`).join(", ") || "none"}; leave go_live_scope empty for the trust as a whole`,
        );
      const reported = take(readDateCell(cell("reported_on"), cell("reported_on_precision"), "Date reported"));
      const description = text("description", "Description", true);
      const certainty = take(readCertainty(cell("certainty")));
      const sourceIds = take(lookup.sources(cell("sources")));
      if (reported === null) problems.push("Date reported is empty");
      if (reported && reported.date > context.today) problems.push(`Date reported (${formatPartialDate(reported)}) is in the future`);
      if (trust && reported && description) {
        const key = `${trust.id}|${reported.date}/${reported.precision}|${description.toLowerCase()}`;
        const earlier = seenInFile.get(key);
        if (earlier !== undefined) problems.push(`The same problem as row ${earlier}: the same trust, date reported and description`);
        else seenInFile.set(key, row.line);
        const same = trust.problems.find(
          (p) =>
            p.reported.date === reported.date &&
            p.reported.precision === reported.precision &&
            p.description.trim().toLowerCase() === description.toLowerCase(),
        );
        if (same) problems.push(`Already in the record: ${trust.name}'s problem reported ${formatPartialDate(same.reported)} with the same description`);
      }
      const base = { line: row.line, trust: trust ? { slug: trust.slug, name: trust.name } : null };
      if (problems.length > 0 || !trust || !reported || !description || !certainty || !sourceIds) return { ...base, change: null, problems, payload: null };
      return {
        ...base,
        change: `${trust.name}${goLive ? ` (${goLive.scope})` : ""}: a problem reported ${formatPartialDate(reported)}: “${description.length > 120 ? `${description.slice(0, 119)}…` : description}”`,
        problems,
        payload: { kind, trustId: trust.id, goLiveId: goLive?.id ?? null, reportedOn: reported, description, certainty, sourceIds } satisfies ProblemPayload,
      };
    }
    const found = lookup.goLive(trustText, cell("scope"));
    if ("problem" in found) problems.push(found.problem);
    const trust = "problem" in found ? null : found.trust;
    const goLive = "problem" in found ? null : found.goLive;
    const certainty = take(readCertainty(cell("certainty")));
    const sourceIds = take(lookup.sources(cell("sources")));
    const base = { line: row.line, trust: trust ? { slug: trust.slug, name: trust.name } : null };

    if (kind === "replans") {
      const planned = take(readDateCell(cell("planned_go_live"), cell("planned_go_live_precision"), "Planned go-live date"));
      const plannedLabel = text("planned_label", "Planned label", false);
      const announcedTyped = take(readDateCell(cell("announced_on"), cell("announced_on_precision"), "Date announced"));
      const reason = text("reason", "Reason", true);
      const madeBy = text("made_by", "Made by", false);
      const madeByKind = take(readMakerKind(cell("made_by_kind")));
      if (planned === null && !plannedLabel)
        problems.push("Planned go-live date is empty: give the date, or say in planned_label that it was postponed with no new date");
      if (announcedTyped && announcedTyped.date > context.today) problems.push(`Date announced (${formatPartialDate(announcedTyped)}) is in the future`);
      if (madeBy && madeByKind === null)
        problems.push("Made by is given without made_by_kind: say whether a supplier, a trust or a programme body made the plan");
      if (madeByKind && !madeBy) problems.push("made_by_kind is given without made_by: say who made the plan");
      if (goLive && trust) {
        if (goLive.actuals.length > 0)
          problems.push(`${trust.name} (${goLive.scope}) went live ${goLive.actuals.map(formatPartialDate).join(" or ")}, so it cannot be re-planned`);
        const previousLive = trust.goLives
          .filter((g) => g.id !== goLive.id)
          .flatMap((g) => g.actuals)
          .sort((a, b) => b.date.localeCompare(a.date))[0];
        if (planned && previousLive && intervalOf(planned).end < intervalOf(previousLive).start)
          problems.push(`Planned go-live date must be after the trust's previous go-live (${formatPartialDate(previousLive)})`);
      }
      const fromSource = !announcedTyped && sourceIds?.length ? lookup.source(sourceIds[0]!).published : null;
      const announcedOn: PartialDate = announcedTyped ?? fromSource ?? { date: context.today, precision: "DAY" };
      // With no announced date and its source not found, when it became known is not known yet: the source's problem is said.
      if (planned && (announcedTyped || sourceIds) && intervalOf(planned).end < intervalOf(announcedOn).start) {
        problems.push(
          `${announcedTyped ? "Announced" : fromSource ? "With no announced_on, it counts as announced when its source was published," : "With no announced_on or dated source, it counts as announced today,"} ${formatPartialDate(announcedOn)}, after the date it plans (${formatPartialDate(planned)}): check the dates, or record it with the re-plan form, which can confirm a late announcement`,
        );
      }
      if (goLive && planned !== undefined && announcedTyped !== undefined) {
        const key = `${goLive.id}|${planned ? `${planned.date}/${planned.precision}` : plannedLabel}|${announcedOn.date}/${announcedOn.precision}`;
        const earlier = seenInFile.get(key);
        if (earlier !== undefined) problems.push(`The same re-plan as row ${earlier}: the same go-live, planned date and announced date`);
        else seenInFile.set(key, row.line);
        const inRecord = goLive.plans.find((p) => samePlan(p, planned, plannedLabel, announcedOn));
        if (inRecord) problems.push(`Already in the record as plan ${inRecord.sequence} of ${trust!.name} (${describePlan(inRecord)})`);
      }
      if (
        problems.length > 0 ||
        !goLive ||
        !trust ||
        planned === undefined ||
        announcedTyped === undefined ||
        !reason ||
        !certainty ||
        !sourceIds ||
        madeByKind === undefined
      ) {
        return { ...base, change: null, problems, payload: null };
      }
      const was = latestPlan.has(goLive.id) ? latestPlan.get(goLive.id)! : (goLive.plans.at(-1) ?? null);
      const plan: ContextPlan = { sequence: (was?.sequence ?? 0) + 1, planned, label: plannedLabel, announced: announcedOn };
      latestPlan.set(goLive.id, plan);
      versions[goLive.id] = goLive.version;
      return {
        ...base,
        change: `${trust.name} (${goLive.scope}): new plan ${describePlan(plan)}, was ${was ? describePlanned(was.planned, was.label) : "no plan"}`,
        problems,
        payload: {
          kind,
          goLiveId: goLive.id,
          plannedOn: planned,
          plannedLabel,
          announcedOn,
          announcedAsTyped: announcedTyped,
          reason,
          madeBy,
          madeByKind,
          certainty,
          sourceIds,
        } satisfies ReplanPayload,
      };
    }

    const wentLiveOn = take(readDateCell(cell("went_live_on"), cell("went_live_on_precision"), "Go-live date"));
    const knownTyped = take(readDateCell(cell("known_from"), cell("known_from_precision"), "Date it became known"));
    const note = text("note", "Note", false);
    const overrideReason = text("override_reason", "Override reason", false);
    if (wentLiveOn === null) problems.push("Go-live date is empty");
    if (wentLiveOn && wentLiveOn.date > context.today)
      problems.push(`Go-live date (${formatPartialDate(wentLiveOn)}) is in the future: record a plan for a future go-live`);
    if (knownTyped && knownTyped.date > context.today) problems.push(`Date it became known (${formatPartialDate(knownTyped)}) is in the future`);
    if (knownTyped && wentLiveOn && intervalOf(knownTyped).end < intervalOf(wentLiveOn).start)
      problems.push("Date it became known is before the go-live: the record cannot have reported it before it happened");
    let halt: DecisionFact | null = null;
    if (goLive && trust && wentLiveOn) {
      halt = activeHaltFor({ trustId: trust.id, isRolloutTarget: trust.isRolloutTarget }, context.decisionsFor(trust.id), wentLiveOn.date);
      if (halt && !overrideReason)
        problems.push(
          `A halt covered ${trust.name} on ${formatPartialDate(wentLiveOn)} (${halt.title}): give the reason it went live anyway in override_reason, or check the date`,
        );
      if (goLive.actuals.length > 0)
        problems.push(
          `${trust.name} (${goLive.scope}) is already recorded as live on ${goLive.actuals.map(formatPartialDate).join(" and ")}: a correction or another source's date is recorded with the form on the trust's page`,
        );
      const earlier = seenInFile.get(`${goLive.id}`);
      if (earlier !== undefined) problems.push(`A second go-live for ${trust.name} (${goLive.scope}): row ${earlier} records one`);
      else seenInFile.set(`${goLive.id}`, row.line);
    }
    if (problems.length > 0 || !goLive || !trust || !wentLiveOn || knownTyped === undefined || !certainty || !sourceIds)
      return { ...base, change: null, problems, payload: null };
    const fromSource = lookup.source(sourceIds[0]!).published;
    const knownOn =
      knownTyped ??
      (fromSource && intervalOf(fromSource).end >= intervalOf(wentLiveOn).start ? fromSource : { date: context.today, precision: "DAY" as const });
    versions[goLive.id] = goLive.version;
    return {
      ...base,
      change: `${trust.name} (${goLive.scope}): went live ${formatPartialDate(wentLiveOn)}${halt ? `, during the halt “${halt.title}”, for the reason given` : ""}`,
      problems,
      payload: {
        kind,
        goLiveId: goLive.id,
        wentLiveOn,
        knownOn,
        knownAsTyped: knownTyped,
        note,
        overrideReason: halt ? overrideReason : null,
        heldByHalt: halt?.title ?? null,
        certainty,
        sourceIds,
      } satisfies ActualPayload,
    };
  });
  return { rows: checked, versions };
}

function samePlan(p: ContextPlan, planned: PartialDate | null, label: string | null, announced: PartialDate): boolean {
  const samePlanned = planned
    ? p.planned?.date === planned.date && p.planned.precision === planned.precision
    : p.planned === null && (p.label ?? "") === (label ?? "");
  return samePlanned && p.announced?.date === announced.date && p.announced.precision === announced.precision;
}

function describePlan(p: ContextPlan): string {
  return `${describePlanned(p.planned, p.label)}${p.announced ? `, announced ${formatPartialDate(p.announced)}` : ""}`;
}

function makeLookup(context: ImportContext) {
  const byKey = new Map<string, ContextTrust>();
  for (const t of context.trusts) {
    byKey.set(t.slug, t);
    byKey.set(t.name.toLowerCase(), t);
  }
  const sources = new Map<string, ContextSource>();
  const sourceById = new Map<number, ContextSource>();
  for (const s of context.sources) {
    sources.set(s.key, s);
    if (s.url) sources.set(s.url, s);
    sourceById.set(s.id, s);
  }
  const suggestions = new Map<string, string>();
  const suggest = (typed: string): string => {
    let said = suggestions.get(typed);
    if (said === undefined) {
      const wanted = typed.toLowerCase();
      const close = context.trusts
        .map((t) => ({
          t,
          d: Math.min(
            editDistance(wanted, t.slug),
            editDistance(wanted, t.name.toLowerCase()),
            t.name.toLowerCase().includes(wanted) || t.slug.includes(wanted) ? 1 : Infinity,
          ),
        }))
        .filter((c) => c.d <= Math.max(3, Math.floor(wanted.length / 3)))
        .sort((a, b) => a.d - b.d || a.t.name.localeCompare(b.t.name))
        .slice(0, 3)
        .map((c) => `${c.t.name} (${c.t.slug})`);
      said = close.length ? `: did you mean ${close.join(" or ")}?` : ": give its key from its page's address, or its full name";
      suggestions.set(typed, said);
    }
    return said;
  };
  const trust = (trustText: string): ContextTrust | { problem: string } => {
    if (!trustText) return { problem: "Trust is empty" };
    return byKey.get(trustText.toLowerCase()) ?? { problem: `There is no trust “${trustText}” in the record${suggest(trustText)}` };
  };
  return {
    trust,
    goLive(trustText: string, scopeText: string): { trust: ContextTrust; goLive: ContextGoLive } | { problem: string } {
      const found = trust(trustText);
      if ("problem" in found) return found;
      const trustFound = found;
      const scopes = trustFound.goLives.map((g) => `“${g.scope}”`).join(", ");
      if (trustFound.goLives.length === 0) return { problem: `${trustFound.name} has no go-live in the record` };
      if (!scopeText) {
        if (trustFound.goLives.length === 1) return { trust: trustFound, goLive: trustFound.goLives[0]! };
        return { problem: `${trustFound.name} has ${trustFound.goLives.length} go-lives: give the scope (${scopes})` };
      }
      const goLive = trustFound.goLives.find((g) => g.scope.toLowerCase() === scopeText.toLowerCase());
      return goLive ? { trust: trustFound, goLive } : { problem: `${trustFound.name} has no go-live “${scopeText}”: its go-lives are ${scopes}` };
    },
    sources(text: string): Read<number[]> {
      const wanted = splitSources(text);
      if (wanted.length === 0) return { problem: "Sources is empty: give the web address or key of a source in the record" };
      const missing = wanted.filter((w) => !sources.has(w));
      if (missing.length)
        return {
          problem: `Source${missing.length > 1 ? "s" : ""} ${missing.map((m) => `“${m}”`).join(", ")} ${missing.length > 1 ? "are" : "is"} not in the record: add ${missing.length > 1 ? "them" : "it"} under Sources first, or check the address`,
        };
      return { value: [...new Set(wanted.map((w) => sources.get(w)!.id))] };
    },
    source: (id: number) => sourceById.get(id)!,
  };
}
