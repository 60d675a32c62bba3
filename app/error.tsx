"use client";
import { buttonClass } from "@/components/ui/form-styles";

// Unexpected failures (the database down, say) end here: a plain message, never a stack trace.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-reading">
      <h1>Sorry, there is a problem with the service</h1>
      <p className="mb-4">The rollout record could not be read just now. Nothing you entered has been lost.</p>
      <p className="mb-4">Try again in a few minutes. If it keeps happening, tell the team that runs this dashboard.</p>
      <button type="button" onClick={reset} className={buttonClass.primary}>
        Try again
      </button>
    </div>
  );
}
