"use client";
// "Mark everything as seen": a person's "since you last looked" starts again from now.
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { markChangesSeenAction } from "@/lib/actions/visits";
import { IDLE } from "@/lib/actions/state";
import { buttonClass } from "@/components/ui/form-styles";

function SeenButton() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className={buttonClass.secondary}>
      {pending ? "Marking…" : "Mark everything as seen"}
    </button>
  );
}

export function MarkSeenForm() {
  const [state, formAction] = useActionState(markChangesSeenAction, IDLE);
  return (
    <form action={formAction} className="no-print">
      {state.status === "error" ? (
        <p role="alert" className="text-error font-semibold mb-2">
          <span className="sr-only">Error: </span>
          {state.message}
        </p>
      ) : null}
      <SeenButton />
    </form>
  );
}
