"use client";
import { issueBoardPackAction } from "@/lib/actions/issued-packs";
import { ActionForm } from "./action-form";

/** Issues the pack on the page: the query it was made with and the hash of what was shown. */
export function IssuePackForm({
  to,
  from,
  decision,
  shownSha256,
  meeting,
  hindsight = false,
}: {
  to: string;
  from?: string;
  decision?: string;
  shownSha256: string;
  meeting: string;
  hindsight?: boolean;
}) {
  return (
    <ActionForm action={issueBoardPackAction} submitLabel="Issue this pack">
      {() => (
        <>
          <h2 className="nhs-text-22">Issue this pack to the board</h2>
          <p className="max-w-reading">
            Keeps the pack below exactly as it is shown, for the meeting of {meeting}, with your name, the time and a SHA-256 of its text. Later corrections of
            the record will not change it.
          </p>
          <input type="hidden" name="to" value={to} />
          <input type="hidden" name="from" value={from ?? ""} />
          <input type="hidden" name="decision" value={decision ?? ""} />
          <input type="hidden" name="view" value={hindsight ? "hindsight" : "as-it-stood"} />
          <input type="hidden" name="shownSha256" value={shownSha256} />
        </>
      )}
    </ActionForm>
  );
}
