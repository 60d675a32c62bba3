"use client";
// The upload (the NHS file upload pattern: a label, a hint, the error at the field) and the apply button.
import { applyImportAction, startImportAction } from "@/lib/actions/import";
import type { ActionState } from "@/lib/actions/state";
import { MAX_FILE_BYTES, megabytes } from "@/lib/import/limits";
import { formFile, formInput, formText } from "@/lib/validation/form-data";
import { ActionForm } from "../forms/action-form";
import { ChoiceGroup, ErrorMessage, FormGroup, Hint } from "../forms/fields";

/** A file too large to send is refused before it is sent, in the same words as the server's refusal. */
function refuseLargeFile(formData: FormData): ActionState | null {
  const file = formFile(formData, "file");
  if (!file || file.size <= MAX_FILE_BYTES) return null;
  return {
    status: "error",
    fieldErrors: {
      file: `The file is ${megabytes(file.size)}; files up to ${megabytes(MAX_FILE_BYTES)} can be imported. Split it into smaller files of up to 10,000 rows.`,
    },
    fields: { kind: formText(formInput(formData), "kind") },
  };
}

export function UploadForm({ kinds, selected }: { kinds: { value: string; label: string; hint: string }[]; selected: string }) {
  return (
    <ActionForm action={startImportAction} submitLabel="Upload and preview" refuseBeforeSending={refuseLargeFile}>
      {(state) => (
        <>
          <ChoiceGroup
            name="kind"
            legend="What does the file hold?"
            type="radio"
            error={state.fieldErrors?.kind}
            options={kinds}
            selected={[state.fields?.kind ?? selected]}
          />
          <FormGroup name="file" error={state.fieldErrors?.file}>
            <label htmlFor="file" className="block font-semibold mb-1">
              Upload a file
            </label>
            <Hint name="file" hint="A CSV (saved as CSV UTF-8) or an Excel workbook (.xlsx), up to 10 MB and 10,000 rows, with the template's header row" />
            <ErrorMessage name="file" error={state.fieldErrors?.file} />
            <input
              id="file"
              name="file"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={["file-hint", state.fieldErrors?.file ? "file-error" : null].filter(Boolean).join(" ")}
              aria-invalid={state.fieldErrors?.file ? true : undefined}
              className={`block nhs-text-19 ${state.fieldErrors?.file ? "border-2 border-error p-1" : ""}`}
            />
          </FormGroup>
          <p className="max-w-reading mb-6">Nothing is saved yet: the next page shows what each row will change.</p>
        </>
      )}
    </ActionForm>
  );
}

export function ApplyForm({ id, label }: { id: string; label: string }) {
  return (
    <ActionForm action={applyImportAction} submitLabel={label}>
      {() => (
        <>
          <input type="hidden" name="id" value={id} />
          <p className="max-w-reading mb-6">
            Every row is saved, each with its own entry in the audit trail, or, if anything has changed since this preview, none is.
          </p>
        </>
      )}
    </ActionForm>
  );
}
