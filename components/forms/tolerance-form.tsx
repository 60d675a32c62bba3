"use client";
import { setToleranceAction } from "@/lib/actions/tolerances";
import { TOLERANCE_KIND_LABEL, TOLERANCE_KINDS } from "@/lib/domain/tolerance-kinds";
import { ActionForm } from "./action-form";
import { ChoiceGroup, SelectField, TextArea, TextField } from "./fields";
import { DAY_NEEDED } from "@/lib/validation/date-input";
import { DateInput } from "./date-input";
import { addressDateFields } from "@/lib/validation/as-of";

export interface ToleranceFormOptions {
  goLives: { id: number; label: string }[];
  /** the days before each London-wide halt, and the baselines taken */
  baselines: { value: string; label: string }[];
  today: string;
  /** a go-live to start with (from a trust's page) */
  goLiveId?: number;
}

const KIND_HINT = {
  SLIP: "The go-live, or its forecast, may be this many days after its plan on the baseline.",
  DEADLINE: "The go-live must be live by this day.",
  MONEY: "The charges its slip defers (the deployment charge, and the monthly service charge for each month late) may come to this much.",
} as const;

export function ToleranceForm({ goLives, baselines, today, goLiveId }: ToleranceFormOptions) {
  // Agreed today, unless the person changes it.
  const initial: Record<string, string> = { goLiveId: goLiveId ? String(goLiveId) : "programme", ...addressDateFields("agreedOn", today) };
  return (
    <ActionForm action={setToleranceAction} submitLabel="Set the tolerance" initialFields={initial}>
      {(_, field) => (
        <>
          <SelectField
            {...field.input("goLiveId")}
            label="For"
            hint="A go-live's own tolerance replaces the programme's of the same kind."
            options={[
              { value: "programme", label: "The whole programme: every go-live of the rollout" },
              ...goLives.map((g) => ({ value: String(g.id), label: g.label })),
            ]}
          />
          <ChoiceGroup
            {...field.choice("kind")}
            legend="What the board tolerates"
            type="radio"
            options={TOLERANCE_KINDS.map((k) => ({ value: k, label: TOLERANCE_KIND_LABEL[k], hint: KIND_HINT[k] }))}
          />
          <ChoiceGroup
            {...field.choice("cleared")}
            legend="Clear it instead?"
            hint="From the day agreed, no tolerance of this kind applies (the programme's, or the go-live's own). The earlier ones stay in the history."
            type="checkbox"
            options={[{ value: "yes", label: "Yes: clear the tolerance of this kind" }]}
          />
          <TextField {...field.input("slipDays")} label="Days of slip tolerated" hint="For days of slip only. A whole number, for example 90." width="w-32" />
          <TextField {...field.input("amount")} label="Pounds deferred tolerated" hint="For money only. For example, 500000." width="w-48" />
          <DateInput {...field.date("deadline")} legend="Deadline" hint="For a deadline only. For example, 30 6 2009." rules={DAY_NEEDED} />
          <SelectField
            {...field.input("baseline")}
            label="Measured against"
            hint="For days of slip and money: each go-live's plan on the baseline. The record on a day is read as it stood on each date the tolerance is checked."
            options={[...baselines, { value: "another", label: "The record on another day (enter it below)" }]}
          />
          <DateInput {...field.date("baselineOn")} legend="The baseline's day, if another" hint="For example, 30 9 2008." rules={DAY_NEEDED} />
          <DateInput
            {...field.date("agreedOn")}
            legend="The day the board agreed it"
            hint="It applies from this day. Today, unless you change it."
            rules={DAY_NEEDED}
          />
          <TextArea {...field.input("reason")} label="Why" hint="The board's words, or the meeting and minute." rows={3} />
        </>
      )}
    </ActionForm>
  );
}
