"use client";
// A person's API tokens: the form that makes one (and shows it, once), and the button that revokes one.
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { useFormStatus } from "react-dom";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/actions/api-tokens";
import { IDLE } from "@/lib/actions/state";
import { DEFAULT_TOKEN_LIFETIME, TOKEN_LIFETIMES } from "@/lib/validation/api-tokens";
import { ActionForm } from "./action-form";
import { ChoiceGroup, TextField } from "./fields";
import { ShownOnce } from "./shown-once";

const LIFETIME_OPTIONS = TOKEN_LIFETIMES.map((d) => ({ value: String(d), label: d === 365 ? "1 year" : `${d} days` }));

export function CreateTokenForm() {
  const router = useRouter();
  return (
    <ActionForm action={createApiTokenAction} submitLabel="Make the token">
      {(state, field) => {
        const f = field.typed;
        const token = state.status === "success" ? f.token : undefined;
        return (
          <>
            {token ? <NewToken message={state.message!} token={token} expiresAt={f.expiresAt!} onShown={() => router.refresh()} /> : null}
            {/* once the token is made, the form is empty for the next one */}
            <TextField
              {...field.input("name")}
              defaultValue={token ? undefined : f.name}
              label="Name"
              hint="What will use it, so you can tell your tokens apart: for example, Quarterly report script"
              autoComplete="off"
            />
            <ChoiceGroup
              {...field.choice("expiresInDays")}
              legend="How long it works"
              hint="After this it stops working; you can revoke it sooner."
              type="radio"
              selected={[token ? String(DEFAULT_TOKEN_LIFETIME) : (f.expiresInDays ?? String(DEFAULT_TOKEN_LIFETIME))]}
              options={LIFETIME_OPTIONS}
            />
          </>
        );
      }}
    </ActionForm>
  );
}

function NewToken({ message, token, expiresAt, onShown }: { message: string; token: string; expiresAt: string; onShown: () => void }) {
  // The list below the form shows the new token once the page is read again.
  useEffect(onShown, [token, onShown]);
  const until = new Date(expiresAt).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });
  return (
    <ShownOnce
      heading={message}
      id="new-token"
      label={`Copy this token now: it is shown only once, and works until ${until}`}
      value={token}
      again="Make another token"
    >
      Send it as <code>Authorization: Bearer {token.slice(0, 10)}…</code>. Only a fingerprint of it is stored: if it is lost, revoke it and make another.
    </ShownOnce>
  );
}

function RevokeButton({ name }: { name: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className="text-link underline font-semibold hover:no-underline disabled:opacity-60">
      {pending ? (
        "Revoking…"
      ) : (
        <>
          Revoke<span className="sr-only"> {name}</span>
        </>
      )}
    </button>
  );
}

export function RevokeTokenForm({ tokenId, name }: { tokenId: string; name: string }) {
  const [state, formAction] = useActionState(revokeApiTokenAction, IDLE);
  const problem = state.status === "error" ? (state.fieldErrors?.tokenId ?? state.message) : undefined;
  return (
    <form action={formAction}>
      <input type="hidden" name="tokenId" value={tokenId} />
      {problem ? (
        <p role="alert" className="text-error font-semibold nhs-text-16 mb-1">
          <span className="sr-only">Error: </span>
          {problem}
        </p>
      ) : null}
      <RevokeButton name={name} />
    </form>
  );
}
