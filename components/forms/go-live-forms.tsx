"use client";
// The programme managers' forms. Each shares its schema with its server action (lib/validation/go-lives.ts).
import { recordAcceptanceAction, recordActualGoLiveAction, recordProblemAction, replanGoLiveAction } from "@/lib/actions/go-lives";
import { ActionForm } from "./action-form";
import { ChoiceGroup, MakerChoice, SelectField, TextArea, TextField } from "./fields";
import { DateInput } from "./date-input";
import { SourceFields, type SourceOption } from "./source-fields";
import { addressDateFields } from "@/lib/validation/as-of";

interface GoLiveFormProps {
  goLiveId: number;
  version: number;
  sources: SourceOption[];
}

function Hidden({ goLiveId, version }: { goLiveId: number; version: number }) {
  return (
    <>
      <input type="hidden" name="goLiveId" value={goLiveId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

const DATE_HINT = "Give the day if the record has it; a month and year, or a year alone, if that is all it says. For example, 30 11 2009, or 11 2009.";

export function ReplanForm({ goLiveId, version, sources, today }: GoLiveFormProps & { today: string }) {
  return (
    <ActionForm action={replanGoLiveAction} submitLabel="Save the re-plan">
      {(state) => {
        const f = state.fields ?? addressDateFields("announcedOn", today);
        const e = state.fieldErrors ?? {};
        return (
          <>
            <Hidden goLiveId={goLiveId} version={version} />
            <DateInput name="plannedOn" legend="New planned go-live date" hint={DATE_HINT} error={e.plannedOn} fields={f} />
            <ChoiceGroup
              name="hasNoDate"
              legend="Postponed with no new date?"
              type="checkbox"
              selected={[f.hasNoDate ?? ""]}
              options={[{ value: "yes", label: "Yes: the go-live was postponed and no new date was given" }]}
            />
            <TextField
              name="plannedLabel"
              label="The record's words for the date (optional)"
              hint="For example, autumn 2009, or April 2009 at the earliest"
              error={e.plannedLabel}
              defaultValue={f.plannedLabel}
            />
            <DateInput
              name="announcedOn"
              legend="Date the re-plan was announced"
              hint="Today, unless you change it. If you leave it empty, the re-plan counts as known from its source's publication date, or from today if the source has none: never earlier, so it changes nothing the record showed before."
              error={e.announcedOn}
              fields={f}
            />
            {e.confirmAnnouncedLate || f.confirmAnnouncedLate ? (
              <ChoiceGroup
                name="confirmAnnouncedLate"
                legend="Was it announced after the date it plans?"
                type="checkbox"
                error={e.confirmAnnouncedLate}
                selected={[f.confirmAnnouncedLate ?? ""]}
                options={[{ value: "yes", label: "Yes: the record says the plan was announced after its date" }]}
              />
            ) : null}
            <TextArea name="reason" label="Reason for the re-plan" error={e.reason} defaultValue={f.reason} />
            <TextField
              name="madeBy"
              label="Who made the plan (optional)"
              hint="As the source names them, for example BT, or Kingston Hospital NHS Trust board. Leave it empty if the source does not say."
              error={e.madeBy}
              defaultValue={f.madeBy}
            />
            <MakerChoice
              name="madeByKind"
              legend="What kind of body made it"
              hint="The promises ledger scores suppliers, trusts and programme bodies apart."
              error={e.madeByKind}
              selected={f.madeByKind}
            />
            <SourceFields sources={sources} state={state} />
          </>
        );
      }}
    </ActionForm>
  );
}

export function ActualGoLiveForm({ goLiveId, version, sources, wentLive, today }: GoLiveFormProps & { wentLive: string[]; today: string }) {
  return (
    <ActionForm action={recordActualGoLiveAction} submitLabel="Save the go-live">
      {(state) => {
        const f = state.fields ?? addressDateFields("knownOn", today);
        const e = state.fieldErrors ?? {};
        return (
          <>
            <Hidden goLiveId={goLiveId} version={version} />
            {wentLive.length > 0 ? (
              <ChoiceGroup
                name="secondActual"
                legend="This go-live is already recorded as live"
                hint={`The record says it went live on ${wentLive.join(" and ")}. A second date is never saved silently.`}
                type="radio"
                error={e.secondActual}
                selected={[f.secondActual ?? ""]}
                options={[
                  {
                    value: "CORRECTION",
                    label: "A correction: the date already recorded is wrong (it is kept in the history, and still shows for the dates before today)",
                  },
                  { value: "CONFLICT", label: "Another source's claim: keep both dates, listed side by side in Conflicting sources" },
                ]}
              />
            ) : null}
            <DateInput name="wentLiveOn" legend="Date it went live" hint={DATE_HINT} error={e.wentLiveOn} fields={f} />
            <DateInput
              name="knownOn"
              legend="Date it became known (first reported)"
              hint="Today, unless you change it: the day the record first says so. If you leave it empty, it counts as known from its source's publication date, or from today if the source has none: never earlier, so it changes nothing the record showed before."
              error={e.knownOn}
              fields={f}
            />
            <TextArea name="note" label="Note (optional)" hint="For example, which systems were switched on" error={e.note} defaultValue={f.note} />
            <TextArea
              name="overrideReason"
              label="If a halt covered the trust on that date: why it went live anyway"
              hint="Needed only while a halt is in force. It is shown wherever this go-live is."
              error={e.overrideReason}
              defaultValue={f.overrideReason}
            />
            <SourceFields sources={sources} state={state} />
          </>
        );
      }}
    </ActionForm>
  );
}

export function AcceptanceForm({ goLiveId, version, sources, today }: GoLiveFormProps & { today: string }) {
  return (
    <ActionForm action={recordAcceptanceAction} submitLabel="Save the acceptance">
      {(state) => {
        const f = state.fields ?? addressDateFields("knownOn", today);
        const e = state.fieldErrors ?? {};
        return (
          <>
            <Hidden goLiveId={goLiveId} version={version} />
            <DateInput name="acceptedOn" legend="Date the trust certified it fit for purpose" hint={DATE_HINT} error={e.acceptedOn} fields={f} />
            <DateInput
              name="knownOn"
              legend="Date it became known (first reported)"
              hint="Today, unless you change it: the day the record first says so. If you leave it empty, it counts as known from its source's publication date, or from today if the source has none: never earlier, so it changes nothing the record showed before."
              error={e.knownOn}
              fields={f}
            />
            <TextArea name="note" label="Note (optional)" error={e.note} defaultValue={f.note} />
            <SourceFields sources={sources} state={state} />
          </>
        );
      }}
    </ActionForm>
  );
}

export function ProblemForm({ trustId, goLives, sources }: { trustId: number; goLives: { id: number; label: string }[]; sources: SourceOption[] }) {
  return (
    <ActionForm action={recordProblemAction} submitLabel="Save the problem">
      {(state) => {
        const f = state.fields ?? {};
        const e = state.fieldErrors ?? {};
        return (
          <>
            <input type="hidden" name="trustId" value={trustId} />
            {goLives.length > 0 ? (
              <SelectField
                name="goLiveId"
                label="Go-live it concerns (optional)"
                error={e.goLiveId}
                defaultValue={f.goLiveId ?? ""}
                options={[{ value: "", label: "The trust in general" }, ...goLives.map((g) => ({ value: String(g.id), label: g.label }))]}
              />
            ) : null}
            <DateInput name="reportedOn" legend="Date reported" hint={DATE_HINT} error={e.reportedOn} fields={f} />
            <TextArea name="description" label="What the problem was" error={e.description} defaultValue={f.description} />
            <SourceFields sources={sources} state={state} />
          </>
        );
      }}
    </ActionForm>
  );
}
