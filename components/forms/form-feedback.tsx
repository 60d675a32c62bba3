"use client";
// What an action form shows around its fields, shared by ActionForm and the account forms: the submit button,
// "Error: " in the page title while the form has errors, and the notice that someone else saved first.
import { useRouter } from "next/navigation";
import { useEffect, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/actions/state";
import { buttonClass } from "../ui/form-styles";

/** The form's button: green, or red (warning) for a change that cannot be undone quietly; "Saving…" while it is sent. */
export function SubmitButton({ label, warning = false }: { label: string; warning?: boolean }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className={warning ? buttonClass.warning : buttonClass.primary}>
      {pending ? "Saving…" : label}
    </button>
  );
}

/** Whether the form's last answer was refused (field errors or a conflict). */
export function hasErrors(state: ActionState): boolean {
  return state.status === "error" || state.status === "conflict";
}

/**
 * "Error: " before the page title while the form has errors (NHS error pattern); and after a conflict the page is
 * read again, so the form carries the record's new version and a second save, once checked, can succeed.
 */
export function useFormFeedback(state: ActionState) {
  const router = useRouter();
  const refused = hasErrors(state);
  useEffect(() => {
    if (state.status === "conflict") router.refresh();
  }, [state.status, state.submissionId, router]);
  useEffect(() => {
    const clean = document.title.replace(/^Error: /, "");
    document.title = refused ? `Error: ${clean}` : clean;
  }, [refused, state.submissionId]);
}

/** Someone else saved first: what they changed, focused, and what to do with the entry kept below. */
export function ConflictNotice({ state, heading, advice }: { state: ActionState; heading: ReactNode; advice: string }) {
  return (
    <div role="alert" tabIndex={-1} className="mb-8 border-4 border-error bg-white p-4 tablet:p-6" ref={(el) => el?.focus()}>
      {heading}
      <p className="mb-2">{state.message}</p>
      {state.changes?.length ? (
        <ul className="list-disc pl-6 mb-2">
          {state.changes.map((c) => (
            <li key={c.label}>
              <strong>{c.label}:</strong> {c.current}
            </li>
          ))}
        </ul>
      ) : null}
      <p>{advice}</p>
    </div>
  );
}
