import { z } from "zod";
import { todayIso, type PartialDate } from "../domain/dates";
import { addressDateSchema } from "./address-date";
import { formInput, LIMITS, optionalText, requiredText, withDate, type Parsed } from "./common";
import { DAY_NEEDED } from "./date-input";
import { issue } from "./go-lives";
import { parsePage } from "./overview";
import { firstValue } from "./search-params";

export const baselineFields = z.object({
  name: requiredText("a name for the baseline", 120),
  description: optionalText("what the baseline is for", LIMITS.long),
});

export type BaselineInput = z.infer<typeof baselineFields> & { takenAsOf: PartialDate };

/** A baseline's date is a day: the plans in force on that day. Today or earlier. */
export function parseBaseline(formData: FormData): Parsed<BaselineInput> {
  const result = withDate(baselineFields, formInput(formData), [{ name: "takenAsOf", label: "Date of the baseline", required: true, rules: DAY_NEEDED }]);
  if (!result.success) return { success: false, error: result.error };
  const data = result.data as unknown as BaselineInput;
  if (data.takenAsOf.date > todayIso())
    return { success: false, error: new z.ZodError([issue("takenAsOf", "Date of the baseline must be today or in the past")]) };
  return { success: true, data };
}

/** What to compare: a stored baseline (by key) or the record on a date, with the record on `asOf`. */
export const comparisonQuerySchema = z
  .object({
    baseline: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,120}$/, "Choose a baseline from the list")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    on: addressDateSchema("The baseline's date")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    asOf: addressDateSchema("The date to compare with")
      .optional()
      .or(z.literal("").transform(() => undefined)),
  })
  .superRefine((v, ctx) => {
    if (!v.baseline && !v.on)
      ctx.addIssue({ code: "custom", path: ["baseline"], message: "Choose a baseline, or enter a date to use the record on that date as one" });
    if (v.baseline && v.on) ctx.addIssue({ code: "custom", path: ["on"], message: "Choose a baseline or enter a date, not both" });
  });

export interface ComparisonQuery {
  baseline?: string;
  on?: string;
  asOf: string;
  /** the page of go-lives asked for, from 1 */
  page: number;
  errors: { field: "baseline" | "on" | "asOf" | "page"; message: string }[];
  /** what was asked, to show back in the form */
  params: Record<string, string | undefined>;
}

export function parseComparisonQuery(raw: Record<string, string | string[] | undefined>, today: string = todayIso()): ComparisonQuery {
  // The form's list sends `choice` ("baseline:<key>" or "on:<date>"); links send `baseline` or `on`.
  const choice = firstValue(raw.choice) ?? "";
  const fromChoice = (prefix: string) => (choice.startsWith(prefix) ? choice.slice(prefix.length) : undefined);
  const typedOn = firstValue(raw.on)?.trim() || undefined;
  const params = { baseline: firstValue(raw.baseline) || fromChoice("baseline:"), on: typedOn ?? fromChoice("on:"), asOf: firstValue(raw.asOf) };
  const result = comparisonQuerySchema.safeParse(params);
  // A page that is not a number is said, and the first shown: the comparison itself still stands.
  const page = parsePage(raw.page);
  const pageErrors = page.error ? [{ field: "page" as const, message: page.error }] : [];
  if (result.success)
    return { baseline: result.data.baseline, on: result.data.on, asOf: result.data.asOf ?? today, page: page.page, errors: pageErrors, params };
  return {
    asOf: today,
    page: page.page,
    params,
    errors: [...result.error.issues.map((i) => ({ field: (i.path[0] as "baseline" | "on" | "asOf") ?? "baseline", message: i.message })), ...pageErrors],
  };
}
