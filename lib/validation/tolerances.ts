// Setting a tolerance (docs/decisions/020): what kind, for the programme or one go-live, its limit, the baseline
// it is measured against, the day the board agreed it and why. One schema for the form and the server action.
import { z } from "zod";
import { todayIso, type PartialDate } from "../domain/dates";
import { TOLERANCE_KINDS, type ToleranceKind } from "../domain/tolerance-kinds";
import { formInput, LIMITS, parseId, readDateParts, requiredText, type FormInput, type Parsed } from "./common";
import { DAY_NEEDED } from "./date-input";
import { issue } from "./go-lives";

/** More days of slip than this are not a tolerance. */
export const MAX_SLIP_DAYS = 3650;
/** Pounds: more than the whole contract ten times over is a typing mistake. */
export const MAX_AMOUNT = 100_000_000_000;

export interface ToleranceInput {
  kind: ToleranceKind;
  /** null: the whole programme */
  goLiveId: number | null;
  cleared: boolean;
  slipDays: number | null;
  amount: number | null;
  deadline: PartialDate | null;
  /** a baseline taken, by key */
  baselineKey: string | null;
  /** or the record on a day */
  baselineOn: PartialDate | null;
  agreedOn: PartialDate;
  reason: string;
}

const reasonSchema = z.object({ reason: requiredText("why the board agreed it", LIMITS.long) });
const first = (v: FormInput[string]) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

/**
 * The form's fields in its order: scope (goLiveId), kind, cleared, slipDays, amount, deadline, baseline (a
 * choice: "baseline:<key>", "on:<day>" or "another"), baselineOn, agreedOn, reason.
 */
export function parseTolerance(formData: FormData): Parsed<ToleranceInput> {
  const input = formInput(formData);
  const issues: z.core.$ZodIssue[] = [];
  const today = todayIso();

  const scope = first(input.goLiveId);
  const goLiveId = scope === "" || scope === "programme" ? null : parseId(scope);
  if (scope !== "" && scope !== "programme" && goLiveId === null) issues.push(issue("goLiveId", "Select the whole programme or a go-live from the list"));

  const kindRaw = first(input.kind);
  const kind = (TOLERANCE_KINDS as readonly string[]).includes(kindRaw) ? (kindRaw as ToleranceKind) : null;
  if (!kind) issues.push(issue("kind", "Select what the tolerance is: days of slip, a deadline, or money deferred"));
  const cleared = first(input.cleared) === "yes";

  let slipDays: number | null = null;
  let amount: number | null = null;
  let deadline: PartialDate | null = null;
  if (!cleared && kind === "SLIP") {
    const raw = first(input.slipDays);
    if (raw === "") issues.push(issue("slipDays", "Enter the days of slip the board tolerates"));
    else if (!/^\d{1,5}$/.test(raw) || Number(raw) > MAX_SLIP_DAYS)
      issues.push(issue("slipDays", `Days of slip must be a whole number from 0 to ${MAX_SLIP_DAYS.toLocaleString("en-GB")}`));
    else slipDays = Number(raw);
  }
  if (!cleared && kind === "MONEY") {
    const raw = first(input.amount).replace(/^£/, "").replaceAll(",", "");
    if (raw === "") issues.push(issue("amount", "Enter the pounds of charges deferred the board tolerates"));
    else if (!/^\d{1,12}(\.\d{1,2})?$/.test(raw) || Number(raw) > MAX_AMOUNT)
      issues.push(issue("amount", "Pounds must be a number like 500000 or 500,000.00, up to £100,000,000,000"));
    else amount = Number(raw);
  }
  if (!cleared && kind === "DEADLINE") {
    const read = readDateParts(input, "deadline", "The deadline", DAY_NEEDED);
    if ("error" in read) issues.push(issue("deadline", read.error));
    else if (!read.value) issues.push(issue("deadline", "Enter the deadline the go-live must be live by"));
    else deadline = read.value;
  }

  let baselineKey: string | null = null;
  let baselineOn: PartialDate | null = null;
  if (!cleared && (kind === "SLIP" || kind === "MONEY")) {
    const choice = first(input.baseline);
    if (choice.startsWith("baseline:") && /^[a-z0-9-]{1,120}$/.test(choice.slice(9))) baselineKey = choice.slice(9);
    else if (choice.startsWith("on:") && /^\d{4}-\d{2}-\d{2}$/.test(choice.slice(3))) baselineOn = { date: choice.slice(3), precision: "DAY" };
    else if (choice === "another") {
      const read = readDateParts(input, "baselineOn", "The baseline's day", DAY_NEEDED);
      if ("error" in read) issues.push(issue("baselineOn", read.error));
      else if (!read.value) issues.push(issue("baselineOn", "Enter the day whose record is the baseline"));
      else if (read.value.date > today) issues.push(issue("baselineOn", "The baseline's day must be today or in the past"));
      else baselineOn = read.value;
    } else issues.push(issue("baseline", "Select the baseline the slip is measured against"));
  }

  const agreed = readDateParts(input, "agreedOn", "The day the board agreed it", DAY_NEEDED);
  let agreedOn: PartialDate | null = null;
  if ("error" in agreed) issues.push(issue("agreedOn", agreed.error));
  else if (!agreed.value) issues.push(issue("agreedOn", "Enter the day the board agreed it"));
  else if (agreed.value.date > today) issues.push(issue("agreedOn", "The day the board agreed it must be today or in the past"));
  else agreedOn = agreed.value;

  const reason = reasonSchema.safeParse(input);
  if (!reason.success) issues.push(...reason.error.issues);

  if (issues.length || !kind || !agreedOn || !reason.success) return { success: false, error: new z.ZodError(issues) };
  return { success: true, data: { kind, goLiveId, cleared, slipDays, amount, deadline, baselineKey, baselineOn, agreedOn, reason: reason.data.reason } };
}
