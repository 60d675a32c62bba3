import { z } from "zod";
import { addDays } from "../domain/dates";
import { formInput, type Parsed } from "./common";
import { packQuerySchema } from "./board-pack";

/** The views a pack can be issued in: the record as it stood on the meeting date, or with hindsight. */
export const PACK_VIEWS = ["as-it-stood", "hindsight"] as const;
export type PackView = (typeof PACK_VIEWS)[number];

export interface IssuePackInput {
  to: string;
  since?: string;
  decisionKey?: string;
  view: PackView;
  /** the SHA-256 of the pack the person was shown: refused if the record has changed since */
  shownSha256?: string;
}

const sha256 = z
  .string()
  .trim()
  .regex(/^[0-9a-f]{64}$/, "Reload the pack and issue it again")
  .optional()
  .or(z.literal("").transform(() => undefined));

/** The pack shown on /board/pack, as its form sends it back: the same rules as the page's query. */
export function parseIssuePack(formData: FormData): Parsed<IssuePackInput> {
  const raw = formInput(formData);
  const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
  const query = packQuerySchema.safeParse({ from: one(raw.from) ?? "", to: one(raw.to) ?? "", decision: one(raw.decision) ?? "" });
  const shown = sha256.safeParse(one(raw.shownSha256) ?? "");
  const view = z.enum(PACK_VIEWS, { error: "Choose how the record is read" }).safeParse(one(raw.view) || "as-it-stood");
  const issues = [
    ...(query.success ? [] : query.error.issues),
    ...(shown.success ? [] : shown.error.issues.map((i) => ({ ...i, path: ["shownSha256"] }))),
    ...(view.success ? [] : view.error.issues.map((i) => ({ ...i, path: ["view"] }))),
  ];
  if (query.success && !query.data.to) issues.push({ code: "custom", path: ["to"], message: "Enter the meeting date", input: undefined });
  if (issues.length > 0 || !query.success || !shown.success || !view.success) return { success: false, error: new z.ZodError(issues as z.core.$ZodIssue[]) };
  const { to, from, decision } = query.data;
  return {
    success: true,
    data: { to: to!, since: from ?? (decision ? undefined : addDays(to!, -91)), decisionKey: decision, view: view.data, shownSha256: shown.data },
  };
}

/** An issued pack's key as its address holds it; anything else is not one (a 404, never an error). */
export function parseIssuedPackKey(raw: unknown): string | null {
  const value = Array.isArray(raw) ? undefined : raw;
  return typeof value === "string" && /^[a-z0-9-]{1,120}$/.test(value) ? value : null;
}
