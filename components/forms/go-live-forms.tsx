"use client";
// The programme managers' forms. Each shares its schema with its server action (lib/validation/go-lives.ts).
import type { ReactNode } from "react";
import { recordAcceptanceAction, recordActualGoLiveAction, recordProblemAction, replanGoLiveAction } from "@/lib/actions/go-lives";
import type { ActionState } from "@/lib/actions/state";
import { ActionForm } from "./action-form";
import type { FieldBinding } from "./field-binding";
import { ChoiceGroup, MakerChoice, SelectField, TextArea, TextField } from "./fields";
import { DateInput } from "./date-input";
import { SourceFields, type SourceOption } from "./source-fields";
import { addressDateFields } from "@/lib/validation/as-of";

interface GoLiveFormProps {
  goLiveId: number;
  version: number;
  sources: SourceOption[];
  today: string;
}

/**
 * A fact about a go-live or a trust: the record it belongs to (and, for a go-live, the version read, so a
 * stale save is refused), its own fields, then the source it rests on.
 */
function FactForm(props: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  submitLabel: string;
  ids: Record<string, number>;
  sources: SourceOption[];
  initialFields?: Record<string, string>;
  children: (field: FieldBinding) => ReactNode;
}) {
  return (
    <ActionForm action={props.action} submitLabel={props.submitLabel} initialFields={props.initialFields}>
      {(_, field) => (
        <>
          {Object.entries(props.ids).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {props.children(field)}
          <SourceFields sources={props.sources} field={field} />
        </>
      )}
    </ActionForm>
  );
}

/** A go-live's fact: the go-live and the version read, and the day it became known (today, unless changed). */
function goLiveFact({ goLiveId, version, sources, today }: GoLiveFormProps, knownOn: string) {
  return { ids: { goLiveId, version }, sources, initialFields: addressDateFields(knownOn, today) };
}

const DATE_HINT = "Give the day if the record has it; a month and year, or a year alone, if that is all it says. For example, 30 11 2009, or 11 2009.";

/** When a go-live or an acceptance became known: today unless changed (the form starts with it). */
function KnownOnInput({ field }: { field: FieldBinding }) {
  return (
    <DateInput
      {...field.date("knownOn")}
      legend="Date it became known (first reported)"
      hint="Today, unless you change it: the day the record first says so. If you leave it empty, it counts as known from its source's publication date, or from today if the source has none: never earlier, so it changes nothing the record showed before."
    />
  );
}

export function ReplanForm(goLive: GoLiveFormProps) {
  return (
    <FactForm action={replanGoLiveAction} submitLabel="Save the re-plan" {...goLiveFact(goLive, "announcedOn")}>
      {(field) => (
        <>
          <DateInput {...field.date("plannedOn")} legend="New planned go-live date" hint={DATE_HINT} />
          <ChoiceGroup
            {...field.choice("hasNoDate")}
            legend="Postponed with no new date?"
            type="checkbox"
            options={[{ value: "yes", label: "Yes: the go-live was postponed and no new date was given" }]}
          />
          <TextField
            {...field.input("plannedLabel")}
            label="The record's words for the date (optional)"
            hint="For example, autumn 2009, or April 2009 at the earliest"
          />
          <DateInput
            {...field.date("announcedOn")}
            legend="Date the re-plan was announced"
            hint="Today, unless you change it. If you leave it empty, the re-plan counts as known from its source's publication date, or from today if the source has none: never earlier, so it changes nothing the record showed before."
          />
          {field.errors.confirmAnnouncedLate || field.typed.confirmAnnouncedLate ? (
            <ChoiceGroup
              {...field.choice("confirmAnnouncedLate")}
              legend="Was it announced after the date it plans?"
              type="checkbox"
              options={[{ value: "yes", label: "Yes: the record says the plan was announced after its date" }]}
            />
          ) : null}
          <TextArea {...field.input("reason")} label="Reason for the re-plan" />
          <TextField
            {...field.input("madeBy")}
            label="Who made the plan (optional)"
            hint="As the source names them, for example BT, or Kingston Hospital NHS Trust board. Leave it empty if the source does not say."
          />
          <MakerChoice
            {...field.input("madeByKind")}
            legend="What kind of body made it"
            hint="The promises ledger scores suppliers, trusts and programme bodies apart."
          />
        </>
      )}
    </FactForm>
  );
}

export function ActualGoLiveForm({ wentLive, ...goLive }: GoLiveFormProps & { wentLive: string[] }) {
  return (
    <FactForm action={recordActualGoLiveAction} submitLabel="Save the go-live" {...goLiveFact(goLive, "knownOn")}>
      {(field) => (
        <>
          {wentLive.length > 0 ? (
            <ChoiceGroup
              {...field.choice("secondActual")}
              legend="This go-live is already recorded as live"
              hint={`The record says it went live on ${wentLive.join(" and ")}. A second date is never saved silently.`}
              type="radio"
              options={[
                {
                  value: "CORRECTION",
                  label: "A correction: the date already recorded is wrong (it is kept in the history, and still shows for the dates before today)",
                },
                { value: "CONFLICT", label: "Another source's claim: keep both dates, listed side by side in Conflicting sources" },
              ]}
            />
          ) : null}
          <DateInput {...field.date("wentLiveOn")} legend="Date it went live" hint={DATE_HINT} />
          <KnownOnInput field={field} />
          <TextArea {...field.input("note")} label="Note (optional)" hint="For example, which systems were switched on" />
          <TextArea
            {...field.input("overrideReason")}
            label="If a halt covered the trust on that date: why it went live anyway"
            hint="Needed only while a halt is in force. It is shown wherever this go-live is."
          />
        </>
      )}
    </FactForm>
  );
}

export function AcceptanceForm(goLive: GoLiveFormProps) {
  return (
    <FactForm action={recordAcceptanceAction} submitLabel="Save the acceptance" {...goLiveFact(goLive, "knownOn")}>
      {(field) => (
        <>
          <DateInput {...field.date("acceptedOn")} legend="Date the trust certified it fit for purpose" hint={DATE_HINT} />
          <KnownOnInput field={field} />
          <TextArea {...field.input("note")} label="Note (optional)" />
        </>
      )}
    </FactForm>
  );
}

export function ProblemForm({ trustId, goLives, sources }: { trustId: number; goLives: { id: number; label: string }[]; sources: SourceOption[] }) {
  return (
    <FactForm action={recordProblemAction} submitLabel="Save the problem" ids={{ trustId }} sources={sources}>
      {(field) => (
        <>
          {goLives.length > 0 ? (
            <SelectField
              {...field.input("goLiveId")}
              label="Go-live it concerns (optional)"
              options={[{ value: "", label: "The trust in general" }, ...goLives.map((g) => ({ value: String(g.id), label: g.label }))]}
            />
          ) : null}
          <DateInput {...field.date("reportedOn")} legend="Date reported" hint={DATE_HINT} />
          <TextArea {...field.input("description")} label="What the problem was" />
        </>
      )}
    </FactForm>
  );
}
