import { z } from "zod";
import { addDays, todayIso } from "../domain/dates";
import { addressDateSchema } from "./address-date";
import { firstValue } from "./search-params";

const blank = z.literal("").transform(() => undefined);

export const packQuerySchema = z
  .object({
    // In the form's order, so the error summary lists them as the form shows them.
    to: addressDateSchema("Meeting date").optional().or(blank),
    from: addressDateSchema("Date of the last pack").optional().or(blank),
    decision: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,200}$/, "Choose a decision from the list")
      .optional()
      .or(blank),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from >= v.to) ctx.addIssue({ code: "custom", path: ["from"], message: "The last pack's date must be before the meeting date" });
  });

export type PackField = "from" | "to" | "decision";

export interface PackQuery {
  /** the meeting date: the status is as of this day */
  to: string;
  /** changes after this day are listed; by default 91 days before the meeting, or the day before the decision took effect */
  from?: string;
  decision?: string;
  /** `view=hindsight`: everything known now, each later fact marked; otherwise the record as it stood on the meeting date */
  hindsight: boolean;
  errors: { field: PackField; message: string }[];
  params: Record<string, string | undefined>;
}

export function parsePackQuery(raw: Record<string, string | string[] | undefined>, today: string = todayIso()): PackQuery {
  const hindsight = firstValue(raw.view) === "hindsight";
  const params = { from: firstValue(raw.from), to: firstValue(raw.to), decision: firstValue(raw.decision), ...(hindsight ? { view: "hindsight" } : {}) };
  const result = packQuerySchema.safeParse({ from: params.from, to: params.to, decision: params.decision });
  if (!result.success) {
    return {
      to: today,
      from: addDays(today, -91),
      hindsight,
      params,
      errors: result.error.issues.map((i) => ({ field: (i.path[0] as PackField) ?? "from", message: i.message })),
    };
  }
  const to = result.data.to ?? today;
  const decision = result.data.decision;
  return { to, from: result.data.from ?? (decision ? undefined : addDays(to, -91)), decision, hindsight, errors: [], params };
}
