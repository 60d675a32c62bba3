"use client";
import { signIn } from "@/lib/actions/auth";
import { ActionForm } from "./action-form";
import { TextField } from "./fields";

export function SignInForm({ next }: { next: string }) {
  return (
    <ActionForm action={signIn} submitLabel="Sign in">
      {(state) => (
        <>
          <input type="hidden" name="next" value={next} />
          <TextField
            name="email"
            label="Email address"
            type="email"
            autoComplete="username"
            defaultValue={state.fields?.email}
            error={state.fieldErrors?.email}
          />
          <TextField name="password" label="Password" type="password" autoComplete="current-password" error={state.fieldErrors?.password} />
        </>
      )}
    </ActionForm>
  );
}
