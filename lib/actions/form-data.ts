// A refused form's answer: its field errors in the form's order and what was typed (lib/validation/form-data.ts reads both).
import type { z } from "zod";
import { echoFields, fieldErrorsOf, formInput, inFormOrder } from "../validation/form-data";
import type { ActionState } from "./state";

/** What the person typed, to echo back: the one reader's fields, the `omit` ones (passwords) left out. */
export function formFields(formData: FormData, omit: readonly string[] = []): Record<string, string> {
  return echoFields(formInput(formData), omit);
}

let submissions = 0;
export function nextSubmissionId(): number {
  submissions = (submissions + 1) % Number.MAX_SAFE_INTEGER;
  return Date.now() * 1000 + submissions;
}

/** Field errors for the summary, ordered as the echoed fields stand in the form. */
export function orderedErrors(errors: Record<string, string>, fields: Record<string, string>): Record<string, string> {
  return inFormOrder(errors, Object.keys(fields));
}

export function invalid(error: z.ZodError, fields: Record<string, string>): ActionState {
  return { status: "error", fieldErrors: orderedErrors(fieldErrorsOf(error), fields), fields, submissionId: nextSubmissionId() };
}
