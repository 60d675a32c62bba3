import { CERTAINTIES, CERTAINTY_LABEL } from "@/lib/domain/certainty";
import type { FieldBinding } from "./field-binding";
import { ChoiceGroup, SelectField, TextField } from "./fields";

export interface SourceOption {
  id: number;
  label: string;
}

const CERTAINTY_HINT = {
  CONFIRMED: "a primary source such as Hansard or the National Audit Office, or two independent reports agree",
  SINGLE_SOURCE: "one press report",
  UNCERTAIN: "reports conflict or the source is unclear: say why in the note",
} as const;

/** Every fact rests on a source: one already in the record, or a new one described here. */
export function SourceFields({ sources, field }: { sources: SourceOption[]; field: FieldBinding }) {
  return (
    <>
      <SelectField
        {...field.input("sourceId")}
        label="Source"
        hint="The report this fact comes from."
        options={[{ value: "", label: "Choose a source, or describe a new one below" }, ...sources.map((s) => ({ value: String(s.id), label: s.label }))]}
      />
      <fieldset className="mb-6 border-l-4 border-nhs-grey-4 pl-4">
        <legend className="font-semibold mb-2">Or a new source</legend>
        <TextField {...field.input("newSourceTitle")} label="Title" />
        <TextField {...field.input("newSourcePublisher")} label="Publisher" hint="For example, Hansard, National Audit Office, E-Health Insider" />
        <TextField {...field.input("newSourceUrl")} label="Web address" type="url" hint="Starting with https://" />
      </fieldset>
      <ChoiceGroup
        {...field.choice("certainty")}
        legend="How certain is it?"
        type="radio"
        options={CERTAINTIES.map((c) => ({ value: c, label: CERTAINTY_LABEL[c], hint: CERTAINTY_HINT[c] }))}
      />
    </>
  );
}
