// One schema per change, shared by the form (its field names and limits) and the server action.
import { z } from "zod";
import { intervalOf, todayIso, type PartialDate } from "../domain/dates";
import {
  optionalMakerKind,
  certaintySchema,
  formInput,
  type Parsed,
  idSchema,
  LIMITS,
  optionalText,
  requiredText,
  sourceChoiceSchema,
  parseId,
  versionSchema,
  withDate,
} from "./common";

const goLiveBase = z.object({ goLiveId: idSchema("the go-live"), version: versionSchema, certainty: certaintySchema });

export const replanFields = z.intersection(
  goLiveBase.extend({
    hasNoDate: z.preprocess((v) => v === "yes", z.boolean()),
    /** the person confirms that the plan was announced after the date it planned */
    confirmAnnouncedLate: z.preprocess((v) => v === "yes", z.boolean()),
    plannedLabel: optionalText("the words of the record", LIMITS.short),
    reason: requiredText("the reason for the re-plan", LIMITS.long),
    /** who made the plan (the promises ledger scores them): a name and its kind, or neither ("not known") */
    madeBy: optionalText("who made the plan", LIMITS.short),
    madeByKind: optionalMakerKind("Select whether a supplier, a trust or a programme body made the plan, or Not known"),
  }),
  sourceChoiceSchema,
);

export type ReplanInput = z.infer<typeof replanFields> & { plannedOn: PartialDate | null; announcedOn: PartialDate | null };

export function parseReplan(formData: FormData): Parsed<ReplanInput> {
  const input = formInput(formData);
  const hasNoDate = input.hasNoDate === "yes";
  const result = withDate(replanFields, input, [
    { name: "plannedOn", label: "Planned go-live date", required: !hasNoDate },
    { name: "announcedOn", label: "Date announced", required: false },
  ]);
  if (!result.success) return { success: false, error: result.error };
  const data = result.data as unknown as ReplanInput;
  const issues: z.core.$ZodIssue[] = [];
  if (hasNoDate && data.plannedOn) issues.push(issue("plannedOn", "Leave the planned date empty when the go-live is postponed with no new date"));
  if (data.announcedOn && data.announcedOn.date > todayIso()) issues.push(issue("announcedOn", "Date announced must be today or in the past"));
  if (data.madeBy && !data.madeByKind) issues.push(issue("madeByKind", "Select whether a supplier, a trust or a programme body made the plan"));
  if (data.madeByKind && !data.madeBy) issues.push(issue("madeBy", "Enter who made the plan, as the source names them, or select Not known"));
  return issues.length ? { success: false as const, error: new z.ZodError(issues) } : { success: true as const, data };
}

export const actualFields = z.intersection(
  goLiveBase.extend({
    note: optionalText("the note", LIMITS.long),
    overrideReason: optionalText("the reason for going live during a halt", LIMITS.long),
    /** when the go-live is already recorded as live: does this correct that record, or is it another source's claim? */
    secondActual: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.enum(["CORRECTION", "CONFLICT"], { error: "Choose whether this corrects the go-live already recorded or is another source's claim" }).optional(),
    ),
  }),
  sourceChoiceSchema,
);

export type ActualInput = z.infer<typeof actualFields> & { wentLiveOn: PartialDate; knownOn: PartialDate | null };

/** "Date it became known": optional, today or earlier, and not before the fact itself began. */
function knownOnIssues(knownOn: PartialDate | null, fact: PartialDate, what: string): z.core.$ZodIssue[] {
  if (!knownOn) return [];
  if (knownOn.date > todayIso()) return [issue("knownOn", "Date it became known must be today or in the past")];
  if (intervalOf(knownOn).end < intervalOf(fact).start)
    return [issue("knownOn", `Date it became known must be on or after ${what}: the record cannot have reported it before it happened`)];
  return [];
}

/**
 * A fact that happened on a day and became known on another (a go-live, an acceptance): its fields, its own date
 * (required, today or past) and the optional date it became known (on or after it, today or past).
 */
function parseKnownFact<T extends { knownOn: PartialDate | null }>(
  formData: FormData,
  fields: z.ZodType,
  date: { name: keyof T & string; label: string; future: string; what: string },
): Parsed<T> {
  const result = withDate(fields, formInput(formData), [
    { name: date.name, label: date.label, required: true },
    { name: "knownOn", label: "Date it became known", required: false },
  ]);
  if (!result.success) return { success: false, error: result.error };
  const data = result.data as unknown as T;
  const happened = data[date.name] as PartialDate;
  if (happened.date > todayIso()) return { success: false, error: new z.ZodError([issue(date.name, date.future)]) };
  const issues = knownOnIssues(data.knownOn ?? null, happened, date.what);
  return issues.length ? { success: false, error: new z.ZodError(issues) } : { success: true, data: { ...data, knownOn: data.knownOn ?? null } };
}

export function parseActual(formData: FormData): Parsed<ActualInput> {
  return parseKnownFact<ActualInput>(formData, actualFields, {
    name: "wentLiveOn",
    label: "Go-live date",
    future: "Go-live date must be today or in the past: record a plan for a future go-live",
    what: "the go-live date",
  });
}

export const acceptanceFields = z.intersection(goLiveBase.extend({ note: optionalText("the note", LIMITS.long) }), sourceChoiceSchema);
export type AcceptanceInput = z.infer<typeof acceptanceFields> & { acceptedOn: PartialDate; knownOn: PartialDate | null };

export function parseAcceptance(formData: FormData): Parsed<AcceptanceInput> {
  return parseKnownFact<AcceptanceInput>(formData, acceptanceFields, {
    name: "acceptedOn",
    label: "Date accepted",
    future: "Date accepted must be today or in the past",
    what: "the date accepted",
  });
}

export const problemFields = z.intersection(
  z.object({
    trustId: idSchema("the trust"),
    goLiveId: z.preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? (parseId(v) ?? -1) : undefined),
      z.number().int().positive("Select a go-live of this trust").optional(),
    ),
    description: requiredText("what the problem was", LIMITS.long),
    certainty: certaintySchema,
  }),
  sourceChoiceSchema,
);
export type ProblemInput = z.infer<typeof problemFields> & { reportedOn: PartialDate };

export function parseProblem(formData: FormData): Parsed<ProblemInput> {
  const input = formInput(formData);
  const result = withDate(problemFields, input, [{ name: "reportedOn", label: "Date reported", required: true }]);
  if (!result.success) return { success: false, error: result.error };
  const data = result.data as unknown as ProblemInput;
  if (data.reportedOn.date > todayIso())
    return { success: false as const, error: new z.ZodError([issue("reportedOn", "Date reported must be today or in the past")]) };
  return { success: true as const, data };
}

export function issue(path: string, message: string): z.core.$ZodIssue {
  return { code: "custom", path: [path], message, input: undefined };
}
