// Reading a FormData into plain fields for zod, and zod's errors into one message per field.
import type { z } from "zod";
import type { ActionState } from "./state";

/** Every submitted text field; repeated names (checkboxes) are joined with commas for echoing. */
export function formFields(formData: FormData, omit: readonly string[] = []): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || omit.includes(key) || typeof value !== "string") continue;
    fields[key] = key in fields ? `${fields[key]},${value}` : value;
  }
  return fields;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "form";
    errors[key] ??= issue.message;
  }
  return errors;
}

let submissions = 0;
export function nextSubmissionId(): number {
  submissions = (submissions + 1) % Number.MAX_SAFE_INTEGER;
  return Date.now() * 1000 + submissions;
}

/** Errors in the order the fields stand in the form, so the summary reads top to bottom. */
export function inFormOrder(errors: Record<string, string>, fields: Record<string, string>): Record<string, string> {
  // a date's parts, and a choice's marker (sent even when nothing is chosen: components/forms/fields.tsx), count as the field
  const order = Object.keys(fields).map((k) => k.replace(/-(day|month|year|asked)$/, ""));
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
}

export function invalid(error: z.ZodError, fields: Record<string, string>): ActionState {
  return { status: "error", fieldErrors: inFormOrder(fieldErrorsOf(error), fields), fields, submissionId: nextSubmissionId() };
}
