"use client";
import { signIn } from "@/lib/actions/auth";
import { ActionForm } from "./action-form";
import { TextField } from "./fields";

export function SignInForm({ next }: { next: string }) {
  return (
    <ActionForm action={signIn} submitLabel="Sign in">
      {(_, field) => (
        <>
          <input type="hidden" name="next" value={next} />
          <TextField {...field.input("email")} label="Email address" type="email" autoComplete="username" />
          <TextField {...field.password("password")} label="Password" autoComplete="current-password" />
        </>
      )}
    </ActionForm>
  );
}
