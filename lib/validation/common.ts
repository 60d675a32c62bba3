// Pieces every form's schema shares: dates with the precision the person knows, certainty,
// bounded text and the source a fact rests on. Messages say what to fix (NHS error messages).
import { z } from "zod";
import { MAKER_KINDS } from "../domain/makers";
import { CERTAINTIES } from "../domain/certainty";
import { parseIsoDate, type PartialDate } from "../domain/dates";
import { datePartsOf, readDateInput, type DateRules } from "./date-input";
import { formInput, type FormInput } from "./form-data";

export { formInput, type FormInput } from "./form-data";

/** What every form parser returns: the input, typed, or every problem with it. */
export type Parsed<T> = { success: true; data: T } | { success: false; error: z.ZodError };

/** A form's parser where its schema says everything: the form's fields, read by the schema. */
export const formParser =
  <S extends z.ZodType>(schema: S) =>
  (formData: FormData): Parsed<z.infer<S>> => {
    const result = schema.safeParse(formInput(formData));
    return result.success ? { success: true, data: result.data } : { success: false, error: result.error };
  };

const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");

/** Control characters other than tab and line breaks: never typed, and PostgreSQL refuses NUL. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const noControl = (label: string) =>
  [
    (v: string | undefined) => v === undefined || !CONTROL_CHARACTERS.test(v),
    { message: `${capitalise(label)} must not contain control characters: type or paste it again` },
  ] as const;

export const LIMITS = { short: 200, long: 2000, url: 2000 } as const;

export function requiredText(label: string, max: number = LIMITS.short) {
  return z.preprocess(
    text,
    z
      .string()
      .min(1, `Enter ${label}`)
      .max(max, `${capitalise(label)} must be ${max.toLocaleString("en-GB")} characters or fewer`)
      .refine(...noControl(label)),
  );
}

export function optionalText(label: string, max: number = LIMITS.short) {
  return z.preprocess(
    (v) => text(v) || undefined,
    z
      .string()
      .max(max, `${capitalise(label)} must be ${max.toLocaleString("en-GB")} characters or fewer`)
      .refine(...noControl(label))
      .optional(),
  );
}

function capitalise(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const certaintySchema = z.enum(CERTAINTIES, { error: "Select how certain the record is" });

/** Who made a commitment (lib/domain/makers.ts): a kind, or none when the form says "Not known". */
export const optionalMakerKind = (message: string) =>
  z.preprocess((v) => (v === "" || v === "NOT_KNOWN" ? undefined : v), z.enum(MAKER_KINDS, { error: message }).optional());

/** The largest id the database's integer columns hold (2^31 - 1). */
export const MAX_ID = 2_147_483_647;

/** A row id from a form or a URL, or null: digits only, 1 to MAX_ID (bigger ones cannot be in the record). */
export function parseId(value: unknown): number | null {
  if (typeof value !== "string" || !/^\d{1,10}$/.test(value.trim())) return null;
  const id = Number(value.trim());
  return id >= 1 && id <= MAX_ID ? id : null;
}

export const idSchema = (label: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (parseId(v) ?? v) : v),
    z
      .number({ error: `Select ${label}` })
      .int()
      .positive(`Select ${label}`)
      .max(MAX_ID, `Select ${label}`),
  );

export const versionSchema = z.preprocess(
  (v) => (typeof v === "string" ? (parseId(v) ?? v) : v),
  z.number({ error: "Reload the page and try again" }).int().positive("Reload the page and try again").max(MAX_ID, "Reload the page and try again"),
);

/**
 * A date from the NHS date input (name-day, name-month, name-year), read by readDateInput
 * (lib/validation/date-input.ts): the message for the person, or the date (null when nothing was typed).
 */
export function readDateParts(input: FormInput, name: string, label: string, rules?: DateRules): { value: PartialDate | null } | { error: string } {
  return readDateInput(datePartsOf(input, name), label, rules);
}

/** Adds a date read from parts to a schema's output, with its error on the date's name. */
export function withDate<T extends z.ZodTypeAny>(
  schema: T,
  input: FormInput,
  dates: { name: string; label: string; required: boolean; rules?: DateRules }[],
): z.ZodSafeParseResult<z.infer<T> & Record<string, PartialDate | null>> {
  const result = schema.safeParse(input);
  const issues: z.core.$ZodIssue[] = result.success ? [] : [...result.error.issues];
  const values: Record<string, PartialDate | null> = {};
  for (const d of dates) {
    const read = readDateParts(input, d.name, d.label, d.rules);
    if ("error" in read) issues.push({ code: "custom", path: [d.name], message: read.error, input: undefined });
    else if (!read.value && d.required) issues.push({ code: "custom", path: [d.name], message: `Enter the ${d.label.toLowerCase()}`, input: undefined });
    else values[d.name] = read.value;
  }
  if (issues.length > 0) return { success: false, error: new z.ZodError(issues) } as z.ZodSafeParseResult<never>;
  return { success: true, data: { ...(result.data as object), ...values } } as z.ZodSafeParseResult<z.infer<T> & Record<string, PartialDate | null>>;
}

/** The source a new fact rests on: one already in the record, or a new one described here. */
export const sourceChoiceSchema = z
  .object({
    sourceId: z.preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? (parseId(v) ?? -1) : undefined),
      z.number().int().positive("Select a source that is in the record").optional(),
    ),
    newSourceTitle: optionalText("the source's title"),
    newSourcePublisher: optionalText("the publisher"),
    newSourceUrl: optionalText("the source's web address", LIMITS.url).refine((v) => v === undefined || /^https:\/\/[^\s]+$/.test(v), {
      message: "Enter the source's web address starting with https://",
    }),
  })
  .superRefine((v, ctx) => {
    const isNew = Boolean(v.newSourceTitle || v.newSourcePublisher || v.newSourceUrl);
    if (!v.sourceId && !isNew) ctx.addIssue({ code: "custom", path: ["sourceId"], message: "Select the source, or describe a new one" });
    if (v.sourceId && isNew) ctx.addIssue({ code: "custom", path: ["sourceId"], message: "Select a source or describe a new one, not both" });
    if (isNew && !v.newSourceTitle) ctx.addIssue({ code: "custom", path: ["newSourceTitle"], message: "Enter the new source's title" });
    if (isNew && !v.newSourcePublisher) ctx.addIssue({ code: "custom", path: ["newSourcePublisher"], message: "Enter the new source's publisher" });
  });

export type SourceChoice = z.infer<typeof sourceChoiceSchema>;

/**
 * Whether a key or slug from an address (a trust's slug, a decision's key) could be one the record
 * makes (lib/mutations/shared.ts slugify): anything else, a NUL or a 10,000-character part, is simply
 * not in the record, and is never sent to the database.
 */
export function isRecordKey(value: string): boolean {
  return /^[a-z0-9-]{1,200}$/.test(value);
}

/** An address's parameter as trimmed text (the first, when it is repeated); empty or missing is undefined. */
export const queryText = z.preprocess((v) => {
  const value = Array.isArray(v) ? v[0] : v;
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}, z.string().optional());

/** An address's day, YYYY-MM-DD from 2000 to 2100, or undefined; each message names the `label` date and gives `example`. */
export const queryDay = (label: string, example: string) =>
  queryText
    .refine((v) => v === undefined || /^\d{4}-\d{2}-\d{2}$/.test(v), { message: `Enter the ${label} date as year, month and day, for example ${example}` })
    .refine((v) => v === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(v) || parseIsoDate(v) !== null, {
      message: `Enter a real ${label} date, for example ${example}`,
    })
    .refine((v) => v === undefined || parseIsoDate(v) === null || (v >= "2000-01-01" && v <= "2100-12-31"), {
      message: `Enter a ${label} date between 2000 and 2100`,
    });
