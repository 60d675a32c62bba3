// The one reader of a posted form (FormData): every form's parser, the server actions' echo of what was
// typed, and the ordering of field errors go through here. Pure: no I/O.
import type { z } from "zod";

/** A form's text fields; a name sent more than once (checkboxes) becomes a list. Files are left out. */
export type FormInput = Record<string, string | string[] | undefined>;

/** FormData as plain fields, in the order the form sent them; React's own $ACTION fields are not the form's. */
export function formInput(formData: FormData): FormInput {
  const input: FormInput = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string");
    if (values.length === 0) continue;
    input[key] = values.length > 1 ? values : values[0];
  }
  return input;
}

/** What the person typed, to show back in the form: lists joined with commas, the `omit` fields (passwords) never. */
export function echoFields(input: FormInput, omit: readonly string[] = []): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    if (omit.includes(key) || value === undefined) continue;
    fields[key] = Array.isArray(value) ? value.join(",") : value;
  }
  return fields;
}

/** The first problem with each field, keyed by the field's name ("form" for a problem with none). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "form";
    errors[key] ??= issue.message;
  }
  return errors;
}

/** The field a posted name belongs to: a date's parts (name-day …) and a choice's marker (name-asked, components/forms/fields.tsx) count as it. */
export function fieldOfName(name: string): string {
  return name.replace(/-(day|month|year|asked)$/, "");
}

/**
 * Errors in the order their fields stand in the form, so the error summary reads top to bottom (DESIGN.md).
 * `order` is the form's field names as sent (a date's parts, a choice's marker), or the fields as a page lays
 * them out; an error on a name not in it comes last, in the order given.
 */
export function inFormOrder<E extends Record<string, string>>(errors: E, order: readonly string[]): E {
  const fields = order.map(fieldOfName);
  const rank = (k: string) => (fields.includes(k) ? fields.indexOf(k) : fields.length);
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b))) as E;
}

/** One text field's value: its first if it was sent more than once, "" if not sent. */
export function formText(input: FormInput, name: string): string {
  const value = input[name];
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** An uploaded file, or null when none was chosen (a browser sends an empty file for an empty file input). */
export function formFile(formData: FormData, name: string): File | null {
  const value = formData.get(name);
  return value instanceof File && value.size > 0 ? value : null;
}

/** A page's errors (each naming its field) in the order the fields stand on the page; the sort is stable. */
export function inFieldOrder<E extends { field: string }>(errors: readonly E[], order: readonly string[]): E[] {
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  return [...errors].sort((a, b) => rank(a.field) - rank(b.field));
}
