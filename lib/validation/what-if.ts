import { z } from "zod";
import { todayIso } from "../domain/dates";
import { asOfSchema } from "./as-of";
import { firstValue } from "./search-params";

const blank = z.literal("").transform(() => undefined);

export const whatIfQuerySchema = z
  .object({
    move: z.enum(["decision", "plan"], { error: "Choose what to move: a halt or resume date, or a go-live's planned date" }),
    decision: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,200}$/, "Choose a halt or resume from the list")
      .optional()
      .or(blank),
    date: asOfSchema.optional().or(blank),
    goLive: z
      .string()
      .trim()
      .regex(/^\d{1,9}$/, "Choose a go-live from the list")
      .optional()
      .or(blank),
    planned: asOfSchema.optional().or(blank),
    asOf: asOfSchema.optional().or(blank),
  })
  .superRefine((v, ctx) => {
    if (v.move === "decision") {
      if (!v.decision) ctx.addIssue({ code: "custom", path: ["decision"], message: "Choose the halt or resume to move" });
      if (!v.date) ctx.addIssue({ code: "custom", path: ["date"], message: "Enter the date it would take effect" });
    } else {
      if (!v.goLive) ctx.addIssue({ code: "custom", path: ["goLive"], message: "Choose the go-live to move" });
      if (!v.planned) ctx.addIssue({ code: "custom", path: ["planned"], message: "Enter the new planned date" });
    }
  });

export type WhatIfField = "move" | "decision" | "date" | "goLive" | "planned" | "asOf";

export interface WhatIfQuery {
  /** null when nothing was asked yet: the page shows the form only */
  scenario: { kind: "decision"; decisionKey: string; date: string } | { kind: "plan"; goLiveId: number; date: string } | null;
  asOf: string;
  /** `view=hindsight`: start from everything known now rather than the record as it stood on asOf */
  hindsight: boolean;
  errors: { field: WhatIfField; message: string }[];
  params: Record<string, string | undefined>;
}

export function parseWhatIfQuery(raw: Record<string, string | string[] | undefined>, today: string = todayIso()): WhatIfQuery {
  const hindsight = firstValue(raw.view) === "hindsight";
  const params = Object.fromEntries(["move", "decision", "date", "goLive", "planned", "asOf"].map((k) => [k, firstValue(raw[k])]));
  if (!params.move && !params.decision && !params.goLive) return { scenario: null, asOf: today, hindsight, errors: [], params };
  const result = whatIfQuerySchema.safeParse(params);
  if (!result.success) {
    return {
      scenario: null,
      asOf: today,
      hindsight,
      params,
      errors: result.error.issues.map((i) => ({ field: (i.path[0] as WhatIfField) ?? "move", message: i.message })),
    };
  }
  const v = result.data;
  const scenario =
    v.move === "decision"
      ? { kind: "decision" as const, decisionKey: v.decision!, date: v.date! }
      : { kind: "plan" as const, goLiveId: Number(v.goLive), date: v.planned! };
  return { scenario, asOf: v.asOf ?? today, hindsight, errors: [], params };
}
