"use client";
// The board's decision form. It shares its schema with its server action (lib/validation/decisions.ts).
import { recordDecisionAction } from "@/lib/actions/decisions";
import { ActionForm } from "./action-form";
import { ChoiceGroup, MakerChoice, SelectField, TextArea, TextField } from "./fields";
import { DateInput } from "./date-input";
import { SourceFields, type SourceOption } from "./source-fields";

export interface DecisionFormProps {
  trusts: { id: number; name: string; isRolloutTarget: boolean }[];
  halts: { id: number; label: string }[];
  sources: SourceOption[];
}

const KIND_OPTIONS = [
  { value: "HALT", label: "Halt", hint: "Go-lives it covers that are not yet live are held from its date" },
  { value: "RESUME", label: "Resume", hint: "Lifts a halt from its date: select the halt below" },
  { value: "RECOMMEND", label: "Recommendation" },
  { value: "POSTPONE", label: "Postponement" },
  { value: "WITHDRAW", label: "Withdrawal", hint: "The trusts it covers leave the rollout from its date" },
];

const DATE_HINT = "Give the day if the record has it; a month and year, or a year alone, if that is all it says. For example, 10 3 2009, or 10 2008.";

export function DecisionForm({ trusts, halts, sources }: DecisionFormProps) {
  return (
    <ActionForm action={recordDecisionAction} submitLabel="Save the decision">
      {(_, field) => (
        <>
          <ChoiceGroup {...field.choice("kind")} legend="What kind of decision was it?" type="radio" options={KIND_OPTIONS} />
          <TextField
            {...field.input("title")}
            label="Title of the decision"
            hint="A short line for the decision log. For example, All Cerner go-lives in London halted."
          />
          <DateInput {...field.date("decidedOn")} legend="Date decided" hint={DATE_HINT} />
          <DateInput
            {...field.date("reportedOn")}
            legend="Date first reported (optional)"
            hint="The day a source first reported it. A decision known only by its month counts from the end of that month, or from this day if it is earlier."
          />
          <TextField {...field.input("body")} label="Who took it" hint="For example, NHS London, or London Acute Programme Board" />
          <ChoiceGroup
            {...field.choice("scope")}
            legend="Which trusts did it cover?"
            type="radio"
            options={[
              { value: "ALL_LONDON", label: "All London trusts in the rollout" },
              { value: "NAMED_TRUSTS", label: "Named trusts", hint: "Select them below" },
            ]}
          />
          <ChoiceGroup
            {...field.choice("trustIds")}
            legend="Named trusts"
            hint="Only when the decision named trusts. Leave them all unticked for all London."
            type="checkbox"
            options={trusts.map((t) => ({ value: String(t.id), label: t.name, hint: t.isRolloutTarget ? undefined : "Not in the BT rollout" }))}
          />
          <SelectField
            {...field.input("liftsId")}
            label="The halt it lifts (a resume only)"
            hint="Only halts not yet lifted are listed."
            options={[{ value: "", label: "Not a resume" }, ...halts.map((h) => ({ value: String(h.id), label: h.label }))]}
          />
          <TextArea {...field.input("rationale")} label="Rationale" hint="Why it was taken, as the source gives it." rows={5} />
          <TextField
            {...field.input("commitment")}
            label="What it commits to, by a date (optional)"
            hint="For the promises ledger. For example, the system fit to deploy at other London trusts. Leave it and the fields below empty if it commits to no date."
          />
          <DateInput
            {...field.date("commitmentDueOn")}
            legend="The date it commits to"
            hint="A month and year if that is all the source says. For example, 1 2009."
          />
          <TextField
            {...field.input("commitmentDueLabel")}
            label="The record's words for that date (optional)"
            hint="For example, by the end of January 2009"
          />
          <MakerChoice {...field.input("commitmentByKind")} legend="What kind of body made the commitment" hint="The body that took the decision, above." />
          <DateInput
            {...field.date("commitmentMetOn")}
            legend="The date it was met, if the record says (optional)"
            hint="Leave it empty if the record does not say it was met."
          />
          <TextArea {...field.input("commitmentMetNote")} label="How the record says it was met (optional)" rows={2} />
          <SourceFields sources={sources} field={field} />
          <TextArea
            {...field.input("certaintyNote")}
            label="Note on certainty (needed if uncertain)"
            hint="For example, the month is confirmed but who decided is not."
          />
        </>
      )}
    </ActionForm>
  );
}
