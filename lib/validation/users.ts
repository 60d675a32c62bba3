// The admins' changes to people, and an invitee setting their password: one schema per form,
// shared by the form (its field names and limits) and the server action.
import { z } from "zod";
import { ROLES, type Role } from "../domain/roles";
import { formParser, requiredText, versionSchema } from "./common";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
export const INVITATION_DAYS = 7;

const list = (v: unknown) => (Array.isArray(v) ? v : typeof v === "string" && v !== "" ? [v] : []);

/** Checkboxes: at least one role, each one the service knows, each once. */
export const rolesSchema = z.preprocess(
  list,
  z
    .array(z.enum(ROLES, { error: "Select roles from the list" }))
    .min(1, "Select at least one role")
    .transform((roles) => ROLES.filter((r) => roles.includes(r)) as Role[]),
);

export const emailSchema = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : ""),
  z
    .string()
    .min(1, "Enter their email address")
    .max(254, "Email address must be 254 characters or fewer")
    .email("Enter an email address in the correct format, like name@example.nhs.uk"),
);

export const userIdSchema = z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "Reload the page and try again"));

export const inviteFields = z.object({
  name: requiredText("their full name"),
  email: emailSchema,
  roles: rolesSchema,
});
export type InviteInput = z.infer<typeof inviteFields>;

export const setRolesFields = z.object({ userId: userIdSchema, version: versionSchema, roles: rolesSchema });
export type SetRolesInput = z.infer<typeof setRolesFields>;

export const userStatusFields = z.object({ userId: userIdSchema, version: versionSchema });
export type UserStatusInput = z.infer<typeof userStatusFields>;

/** The token of an invitation link: 32 random bytes in base64url. */
export const invitationTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{20,100}$/, "This invitation link is not complete: copy the whole link from the message you were sent");

export const acceptFields = z
  .object({
    token: invitationTokenSchema,
    password: z
      .string({ error: "Enter a password" })
      .min(1, "Enter a password")
      .min(PASSWORD_MIN, `Password must be ${PASSWORD_MIN} characters or more`)
      .max(PASSWORD_MAX, `Password must be ${PASSWORD_MAX} characters or fewer`),
    confirmPassword: z.string({ error: "Enter the password again" }).min(1, "Enter the password again"),
  })
  .superRefine((v, ctx) => {
    if (v.confirmPassword && v.password !== v.confirmPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "Passwords must match" });
  });
export type AcceptInput = z.infer<typeof acceptFields>;

export const parseInvite = formParser(inviteFields);
export const parseSetRoles = formParser(setRolesFields);
export const parseUserStatus = formParser(userStatusFields);
export const parseAccept = formParser(acceptFields);
