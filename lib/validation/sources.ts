import { z } from "zod";
import { todayIso, type PartialDate } from "../domain/dates";
import { formInput, LIMITS, optionalText, requiredText, withDate, type Parsed } from "./common";
import { issue } from "./go-lives";

export const sourceFields = z.object({
  title: requiredText("the source's title", LIMITS.short),
  publisher: requiredText("the publisher", LIMITS.short),
  url: optionalText("the web address", LIMITS.url).refine((v) => v === undefined || /^https:\/\/[^\s]+$/.test(v), {
    message: "Enter the web address starting with https://",
  }),
});

export type SourceInput = z.infer<typeof sourceFields> & { publishedOn: PartialDate | null };

export function parseSource(formData: FormData): Parsed<SourceInput> {
  const result = withDate(sourceFields, formInput(formData), [{ name: "publishedOn", label: "Date published", required: false }]);
  if (!result.success) return { success: false, error: result.error };
  const data = result.data as unknown as SourceInput;
  if (data.publishedOn && data.publishedOn.date > todayIso())
    return { success: false, error: new z.ZodError([issue("publishedOn", "Date published must be today or in the past")]) };
  return { success: true, data };
}
