"use client";
import { addSourceAction } from "@/lib/actions/sources";
import { ActionForm } from "./action-form";
import { TextField } from "./fields";
import { DateInput } from "./date-input";

export function SourceForm() {
  return (
    <ActionForm action={addSourceAction} submitLabel="Add the source">
      {(_, field) => (
        <>
          <TextField {...field.input("title")} label="Title" />
          <TextField {...field.input("publisher")} label="Publisher" hint="For example, Hansard, National Audit Office, Computer Weekly" />
          <DateInput {...field.date("publishedOn")} legend="Date published (optional)" hint="A year alone, or a month and year, if that is all you know." />
          <TextField {...field.input("url")} label="Web address (optional)" type="url" hint="Starting with https://" />
        </>
      )}
    </ActionForm>
  );
}
