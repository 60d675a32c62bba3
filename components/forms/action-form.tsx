"use client";
import { useActionState, useState, type FormEvent, type ReactNode } from "react";
import { IDLE, type ActionState } from "@/lib/actions/state";
import { hasDateParts } from "@/lib/validation/date-input";
import { ErrorSummary } from "../ui/error-summary";
import { dateErrorHref } from "./date-input";
import { bindFields, type FieldBinding } from "./field-binding";
import { ConflictNotice, SubmitButton, useFormFeedback } from "./form-feedback";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** The field to link to from the error summary: a date's first wrong part, else the field itself. */
function fieldHref(name: string, fields: Record<string, string>) {
  return hasDateParts(fields, name) ? dateErrorHref(fields, name) : `#${name}`;
}

/**
 * A form bound to a server action with the NHS error pattern: on error, "Error: " in the title, a
 * focused summary linking to each field, the fields re-shown with what the user typed.
 */
export function ActionForm({
  action,
  submitLabel,
  children,
  initialFields,
  refuseBeforeSending,
}: {
  action: Action;
  submitLabel: string;
  /** the fields, given the state and each field wired to it by name (field-binding.ts) */
  children: (state: ActionState, field: FieldBinding) => ReactNode;
  /** the values the fields start with, before the first save (a date that is today unless changed) */
  initialFields?: Record<string, string>;
  /**
   * A check made in the browser before the form is sent, for what the server could only refuse after receiving it
   * (a 50 MB file: the proxy answers 413 before the action runs). The server checks again: this only saves the wait.
   */
  refuseBeforeSending?: (formData: FormData) => ActionState | null;
}) {
  const [serverState, formAction] = useActionState(action, IDLE);
  // A refusal stands until the server answers again (its answer carries a new submissionId).
  const [refused, setRefused] = useState<{ state: ActionState; answering: number | undefined } | null>(null);
  const state = refused && refused.answering === serverState.submissionId ? refused.state : serverState;
  const onSubmit = refuseBeforeSending
    ? (event: FormEvent<HTMLFormElement>) => {
        const refusal = refuseBeforeSending(new FormData(event.currentTarget));
        if (!refusal) return;
        event.preventDefault();
        setRefused({ state: { ...refusal, submissionId: Date.now() }, answering: serverState.submissionId });
      }
    : undefined;
  useFormFeedback(state);
  const errors = Object.entries(state.fieldErrors ?? {}).map(([name, message]) => ({ href: fieldHref(name, state.fields ?? {}), message }));
  return (
    <>
      {state.status === "error" && (errors.length > 0 || state.message) ? (
        <ErrorSummary key={`errors-${state.submissionId}`} errors={errors.length ? errors : [{ href: "#form-top", message: state.message! }]} />
      ) : null}
      {state.status === "conflict" ? (
        <ConflictNotice
          key={`conflict-${state.submissionId}`}
          state={state}
          heading={<h2 className="nhs-text-26">Someone else changed this record</h2>}
          advice="Your entry is kept below. Check it against their change, then save again if it is still right."
        />
      ) : null}
      <form id="form-top" key={state.submissionId ?? 0} action={formAction} onSubmit={onSubmit} noValidate className="bg-white p-4 tablet:p-6 max-w-page">
        {children(state, bindFields(state, initialFields))}
        <SubmitButton label={submitLabel} />
      </form>
    </>
  );
}
