"use client";
import { addSourceAction } from "@/lib/actions/sources";
import { ActionForm } from "./action-form";
import { TextField } from "./fields";
import { DateInput } from "./date-input";

export function SourceForm() {
  return (
    <ActionForm action={addSourceAction} submitLabel="Add the source">
      {(state) => {
        const f = state.fields ?? {};
        const e = state.fieldErrors ?? {};
        return (
          <>
            <TextField name="title" label="Title" error={e.title} defaultValue={f.title} />
            <TextField
              name="publisher"
              label="Publisher"
              hint="For example, Hansard, National Audit Office, Computer Weekly"
              error={e.publisher}
              defaultValue={f.publisher}
            />
            <DateInput
              name="publishedOn"
              legend="Date published (optional)"
              hint="A year alone, or a month and year, if that is all you know."
              error={e.publishedOn}
              fields={f}
            />
            <TextField name="url" label="Web address (optional)" type="url" hint="Starting with https://" error={e.url} defaultValue={f.url} />
          </>
        );
      }}
    </ActionForm>
  );
}
