"use client";
// "Mark everything as seen": a person's "since you last looked" starts again from now.
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { markChangesSeenAction } from "@/lib/actions/visits";
import { IDLE } from "@/lib/actions/state";

function SeenButton() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className="border-2 border-nhs-blue text-nhs-blue font-semibold px-4 py-2 rounded-nhs shadow-[0_4px_0_var(--color-nhs-blue)] bg-white hover:bg-[#d9e7f4] disabled:opacity-60">
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
