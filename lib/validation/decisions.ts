// The board's decision form: one schema shared by the form (its field names and limits) and the
// server action. Rules that need the record (trusts that exist, a halt not yet lifted) are checked
// by the mutation, inside its transaction.
import { z } from "zod";
import { intervalOf, todayIso, type PartialDate } from "../domain/dates";
import {
  certaintySchema,
  optionalMakerKind,
  formInput,
  LIMITS,
  optionalText,
  readDateParts,
  requiredText,
  sourceChoiceSchema,
  withDate,
  type Parsed,
} from "./common";
import { issue } from "./go-lives";

export const DECISION_KINDS = ["HALT", "RESUME", "RECOMMEND", "POSTPONE", "WITHDRAW"] as const;
export type RecordableDecisionKind = (typeof DECISION_KINDS)[number];

export const DECISION_SCOPES = ["ALL_LONDON", "NAMED_TRUSTS"] as const;

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === "" ? [] : [v]);

const decisionObject = z.object({
  kind: z.enum(DECISION_KINDS, { error: "Select what kind of decision it was" }),
  title: requiredText("the decision's title", LIMITS.short),
  body: requiredText("the body that took the decision", LIMITS.short),
  scope: z.enum(DECISION_SCOPES, { error: "Select whether the decision covered all London or named trusts" }),
  trustIds: z.preprocess(
    (v) => asList(v).map((id) => (typeof id === "string" && /^\d{1,9}$/.test(id.trim()) ? Number(id.trim()) : id)),
    z.array(z.number({ error: "Select trusts that are in the record" }).int().positive("Select trusts that are in the record")).max(200),
  ),
  rationale: requiredText("the rationale", LIMITS.long),
  liftsId: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" && /^\d{1,9}$/.test(v.trim()) ? Number(v.trim()) : v),
    z.number({ error: "Select a halt that is in the record" }).int().positive("Select a halt that is in the record").optional(),
  ),
  /** a dated commitment (the promises ledger, decision 019): what, by when, who made it, and when it was met */
  commitment: optionalText("what the decision commits to", LIMITS.short),
  commitmentDueLabel: optionalText("the record's words for the due date", LIMITS.short),
  commitmentByKind: optionalMakerKind("Select whether a supplier, a trust or a programme body made the commitment"),
  commitmentMetNote: optionalText("the note on how it was met", LIMITS.long),
  certainty: certaintySchema,
  certaintyNote: optionalText("the note on certainty", LIMITS.long),
});

export const decisionFields = z.intersection(decisionObject, sourceChoiceSchema);

export type DecisionInput = Omit<z.infer<typeof decisionFields>, "liftsId"> & {
  liftsId: number | null;
  /** the commitment's due date, and the day it was met; null when none */
  commitmentDueOn: PartialDate | null;
  commitmentMetOn: PartialDate | null;
  decidedOn: PartialDate;
  /** when a source first reported it; null when the record does not say */
  reportedOn: PartialDate | null;
};

export function parseDecision(formData: FormData): Parsed<DecisionInput> {
  const input = formInput(formData);
  const result = withDate(decisionFields, input, [
    { name: "decidedOn", label: "Date decided", required: true },
    { name: "reportedOn", label: "Date first reported", required: false },
    { name: "commitmentDueOn", label: "The date it commits to", required: false },
    { name: "commitmentMetOn", label: "The date it was met", required: false },
  ]);
  // The rules between fields are checked even when another field is wrong, so every problem shows at once.
  let issues: z.core.$ZodIssue[] = result.success ? [] : [...result.error.issues];
  const has = (path: string) => issues.some((i) => i.path[0] === path);
  const v = readable(input);

  if (v.scope === "NAMED_TRUSTS" && !has("trustIds") && (v.trustIds?.length ?? 0) === 0) {
    issues.push(issue("trustIds", "Select the trusts the decision covered"));
  }
  if (v.scope === "ALL_LONDON" && !has("trustIds") && (v.trustIds?.length ?? 0) > 0) {
    issues.push(issue("trustIds", "Untick the trusts when the decision covered all London, or select named trusts"));
  }
  if (v.kind === "RESUME" && v.liftsId === undefined && !has("liftsId")) issues.push(issue("liftsId", "Select the halt this decision lifts"));
  if (v.kind && v.kind !== "RESUME" && (v.liftsId !== undefined || has("liftsId"))) {
    issues = [...issues.filter((i) => i.path[0] !== "liftsId"), issue("liftsId", "Leave the halt empty: only a resume lifts a halt")];
  }
  if (v.certainty === "UNCERTAIN" && !v.certaintyNote && !has("certaintyNote")) {
    issues.push(issue("certaintyNote", "Say why the record is uncertain"));
  }

  // A commitment is its words, its due date and who made it, together; a met date needs a commitment.
  const due = readDateParts(input, "commitmentDueOn", "The date it commits to");
  const met = readDateParts(input, "commitmentMetOn", "The date it was met");
  const dueOn = "value" in due ? due.value : null;
  const metOn = "value" in met ? met.value : null;
  const words = typeof input.commitment === "string" ? input.commitment.trim() : "";
  const anyCommitment =
    dueOn !== null ||
    metOn !== null ||
    ["commitmentDueLabel", "commitmentMetNote"].some((k) => typeof input[k] === "string" && (input[k] as string).trim() !== "") ||
    (typeof input.commitmentByKind === "string" && !["", "NOT_KNOWN"].includes(input.commitmentByKind));
  if (!words && anyCommitment && !has("commitment"))
    issues.push(issue("commitment", "Say what the decision commits to, or leave the commitment's fields empty"));
  if (words && !dueOn && !has("commitmentDueOn")) issues.push(issue("commitmentDueOn", "Enter the date it commits to"));
  if (words && !has("commitmentByKind") && (typeof input.commitmentByKind !== "string" || ["", "NOT_KNOWN"].includes(input.commitmentByKind))) {
    issues.push(issue("commitmentByKind", "Select whether a supplier, a trust or a programme body made the commitment"));
  }
  if (metOn && metOn.date > todayIso()) issues.push(issue("commitmentMetOn", "The date it was met must be today or in the past"));

  const today = todayIso();
  const decided = readDateParts(input, "decidedOn", "Date decided");
  const reported = readDateParts(input, "reportedOn", "Date first reported");
  const decidedOn = "value" in decided ? decided.value : null;
  const reportedOn = "value" in reported ? reported.value : null;
  if (decidedOn && decidedOn.date > today) issues.push(issue("decidedOn", "Date decided must be today or in the past"));
  if (reportedOn && reportedOn.date > today) issues.push(issue("reportedOn", "Date first reported must be today or in the past"));
  else if (reportedOn && decidedOn && intervalOf(reportedOn).end < intervalOf(decidedOn).start) {
    issues.push(issue("reportedOn", "Date first reported must be on or after the date decided"));
  }

  if (!result.success || issues.length > 0) return { success: false, error: new z.ZodError(issues) };
  const data = result.data as unknown as DecisionInput & { liftsId?: number };
  return {
    success: true,
    data: { ...data, liftsId: data.liftsId ?? null, commitmentDueOn: data.commitmentDueOn ?? null, commitmentMetOn: data.commitmentMetOn ?? null },
  };
}

/** Each field's value as far as it can be read alone, to check the rules between fields. */
function readable(input: Record<string, unknown>) {
  const shape = decisionObject.shape;
  const read = <S extends z.ZodType>(schema: S, value: unknown): z.infer<S> | undefined => {
    const r = schema.safeParse(value);
    return r.success ? r.data : undefined;
  };
  return {
    kind: read(shape.kind, input.kind),
    scope: read(shape.scope, input.scope),
    trustIds: read(shape.trustIds, input.trustIds),
    liftsId: read(shape.liftsId, input.liftsId),
    certainty: read(shape.certainty, input.certainty),
    certaintyNote: read(shape.certaintyNote, input.certaintyNote),
  };
}
