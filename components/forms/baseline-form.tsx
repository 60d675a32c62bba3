"use client";
import { takeBaselineAction } from "@/lib/actions/baselines";
import { ActionForm } from "./action-form";
import { TextArea, TextField } from "./fields";
import { DAY_NEEDED } from "@/lib/validation/date-input";
import { DateInput } from "./date-input";

export function BaselineForm({ suggestedDate }: { suggestedDate?: string }) {
  const [year = "", month = "", day = ""] = suggestedDate ? suggestedDate.split("-") : [];
  const suggested: Record<string, string> = suggestedDate
    ? { "takenAsOf-day": String(Number(day)), "takenAsOf-month": String(Number(month)), "takenAsOf-year": year }
    : {};
  return (
    <ActionForm action={takeBaselineAction} submitLabel="Take the baseline" initialFields={suggested}>
      {(_, field) => (
        <>
          <TextField {...field.input("name")} label="Name" hint="For example, Before the October 2008 halt" />
          <DateInput
            {...field.date("takenAsOf")}
            legend="Date of the baseline"
            hint="The plans in force on this day are kept. For example, 30 9 2008"
            rules={DAY_NEEDED}
          />
          <TextArea {...field.input("description")} label="What it is for (optional)" rows={3} />
        </>
      )}
    </ActionForm>
  );
}
