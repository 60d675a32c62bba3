"use client";
// The admins' forms for people, and the invitee's password form. Each shares its schema with its
// server action (lib/validation/users.ts).
import { useActionState, type ReactNode } from "react";
import { acceptInvitationAction, deactivateUserAction, inviteUserAction, reactivateUserAction, setUserRolesAction } from "@/lib/actions/users";
import { IDLE, type ActionState } from "@/lib/actions/state";
import { ROLE_DESCRIPTION, ROLE_LABEL, ROLES, type Role } from "@/lib/domain/roles";
import { ErrorSummary } from "../ui/error-summary";
import { ActionForm } from "./action-form";
import { bindFields, type FieldBinding } from "./field-binding";
import { ChoiceGroup, ErrorMessage, TextField } from "./fields";
import { ConflictNotice, SubmitButton, useFormFeedback } from "./form-feedback";
import { ShownOnce } from "./shown-once";
import { errorGroupClass } from "@/components/ui/form-styles";

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r], hint: ROLE_DESCRIPTION[r] }));
const selectedRoles = (echoed: string | undefined, fallback: readonly Role[]) => (echoed !== undefined ? echoed.split(",") : [...fallback]);

export function InviteForm() {
  return (
    <ActionForm action={inviteUserAction} submitLabel="Make the invitation">
      {(state, field) => {
        const link = state.status === "success" ? field.typed.inviteLink : undefined;
        return (
          <>
            {link ? (
              <ShownOnce
                heading={state.message!}
                id="invite-link"
                label="Copy this link and send it to the person: it works once, for 7 days"
                value={link}
                again="Invite another person"
              >
                This link is shown only now: it is not stored. If it is lost, make a new invitation; the old link then stops working.
              </ShownOnce>
            ) : null}
            {/* once the invitation is made, the form is empty for the next one */}
            <TextField {...field.input("name")} defaultValue={link ? undefined : field.typed.name} label="Full name" autoComplete="off" />
            <TextField
              {...field.input("email")}
              defaultValue={link ? undefined : field.typed.email}
              label="Email address"
              type="email"
              hint="Their work email address: they sign in with it"
              autoComplete="off"
            />
            <ChoiceGroup
              {...field.choice("roles")}
              selected={link ? [] : selectedRoles(field.typed.roles, [])}
              legend="Roles"
              hint="Select all that apply. An admin can change them later."
              type="checkbox"
              options={ROLE_OPTIONS}
            />
          </>
        );
      }}
    </ActionForm>
  );
}

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * ActionForm's NHS error pattern for a change to an account, with two additions: a warning button
 * for a change that cannot be undone quietly, and, on a conflict, the page read again underneath so
 * that a second save, of what the person typed, is checked against the account as it is now (the
 * form sends the account's version as read).
 */
function AccountForm({
  action,
  submitLabel,
  userId,
  version,
  warning = false,
  children,
}: {
  action: Action;
  submitLabel: string;
  userId: string;
  version: number;
  warning?: boolean;
  children: (field: FieldBinding) => ReactNode;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  // After a refused save, the page is read again: it shows the account as it is now and the form takes
  // the current version, so the person can save what they typed (kept in the form) if it is still right.
  useFormFeedback(state);
  const errors = Object.entries(state.fieldErrors ?? {}).map(([name, message]) => ({ href: `#${name}`, message }));
  const id = state.submissionId ?? 0;
  return (
    <>
      {state.status === "error" && (errors.length > 0 || state.message) ? (
        <ErrorSummary key={`errors-${id}`} errors={errors.length ? errors : [{ href: "#status", message: state.message! }]} />
      ) : null}
      {state.status === "conflict" ? (
        <ConflictNotice
          key={`conflict-${id}`}
          state={state}
          heading={<h3 className="nhs-text-26">Someone else changed this account</h3>}
          advice="The page now shows the account as it is. Your entry is kept below: check it against their change, then save again if it is still right."
        />
      ) : null}
      <form key={`form-${id}`} action={formAction} noValidate className="bg-white p-4 tablet:p-6 max-w-page">
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="version" value={version} />
        {children(bindFields(state))}
        <SubmitButton label={submitLabel} warning={warning} />
      </form>
    </>
  );
}

export function RolesForm({ userId, version, roles }: { userId: string; version: number; roles: Role[] }) {
  return (
    <AccountForm action={setUserRolesAction} submitLabel="Save the roles" userId={userId} version={version}>
      {(field) => (
        <ChoiceGroup
          {...field.choice("roles")}
          selected={selectedRoles(field.typed.roles, roles)}
          legend="Roles"
          hint="Select all that apply. The change takes effect on the person's next page."
          type="checkbox"
          options={ROLE_OPTIONS}
        />
      )}
    </AccountForm>
  );
}

/** Deactivate (a warning button: it ends the person's sessions at once) or reactivate an account. */
export function AccountStatusForm({ userId, version, deactivated }: { userId: string; version: number; deactivated: boolean }) {
  return (
    <AccountForm
      action={deactivated ? reactivateUserAction : deactivateUserAction}
      submitLabel={deactivated ? "Reactivate this account" : "Deactivate this account"}
      userId={userId}
      version={version}
      warning={!deactivated}
    >
      {({ errors }) => (
        <div id="status" tabIndex={-1} className={`mb-6 max-w-reading ${errors.status ? errorGroupClass : ""}`}>
          <ErrorMessage name="status" error={errors.status} />
          <p>
            {deactivated
              ? "This account is deactivated: the person cannot sign in. Reactivating it lets them sign in again with their password and the roles above."
              : "Deactivating the account signs the person out everywhere at once and stops them signing in. Their changes stay in the record and the audit trail."}
          </p>
        </div>
      )}
    </AccountForm>
  );
}

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  return (
    <ActionForm action={acceptInvitationAction} submitLabel="Set my password">
      {(_, field) => (
        <>
          <input type="hidden" name="token" value={token} />
          {/* lets a password manager file the password under the right account */}
          <input type="hidden" name="username" autoComplete="username" value={email} />
          <TextField
            {...field.password("password")}
            label="Password"
            autoComplete="new-password"
            hint="12 characters or more. A few unrelated words make a strong password that is easy to remember."
          />
          <TextField {...field.password("confirmPassword")} label="Type the password again" autoComplete="new-password" />
        </>
      )}
    </ActionForm>
  );
}
