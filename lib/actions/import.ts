"use server";
// Importing a spreadsheet (docs/decisions/025). Each is a public POST endpoint: the session and the kind's own
// permission are checked (lib/import/batches.ts) before anything the person sent is read.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "../auth/session";
import { applyImport, checkImportAgain, startImport } from "../import/batches";
import { formFile, formInput, formText } from "../validation/form-data";
import { nextSubmissionId } from "./form-data";
import type { ActionState } from "./state";

const SIGNED_OUT = "Your session has ended. Sign in again in a new tab, then upload the file again.";

export async function startImportAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const kind = formText(formInput(formData), "kind");
  const fields = { kind };
  const actor = await getActor();
  if (!actor) return { status: "error", message: SIGNED_OUT, fields, submissionId: nextSubmissionId() };
  const file = formFile(formData, "file");
  const result = await startImport(
    actor,
    kind,
    file ? { name: file.name, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) } : null,
  );
  if (!result.ok) {
    const field = /what the file holds/.test(result.message) ? "kind" : "file";
    return { status: "error", fieldErrors: { [field]: result.message }, fields, submissionId: nextSubmissionId() };
  }
  redirect(`/import/${result.id}`);
}

export async function applyImportAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await getActor();
  if (!actor) return { status: "error", message: SIGNED_OUT, submissionId: nextSubmissionId() };
  const id = formText(formInput(formData), "id");
  const result = await applyImport(actor, id);
  if (result.status === "conflict") return { status: "conflict", message: result.message, changes: result.changes, submissionId: nextSubmissionId() };
  if (result.status === "error") return { status: "error", message: result.message, submissionId: nextSubmissionId() };
  for (const path of ["/", "/timeline", "/changes", ...result.trustSlugs.map((slug) => `/trusts/${slug}`)]) revalidatePath(path);
  redirect(result.redirectTo);
}

/** After a conflict: the same rows checked again against the record as it is now. */
export async function checkImportAgainAction(formData: FormData): Promise<void> {
  const actor = await getActor();
  const id = formText(formInput(formData), "id");
  if (actor) await checkImportAgain(actor, id);
  redirect(`/import/${id}`);
}
