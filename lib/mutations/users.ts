import "server-only";
// The admins' changes to people (invite, roles, deactivate, reactivate) and an invitee accepting an
// invitation. Tokens are never stored (only their SHA-256) and never written to the audit trail;
// passwords go straight to better-auth's hash and are never echoed, logged or audited.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import { createAccountWithPassword } from "../auth/accounts";
import { readAuthConfig } from "../auth/config";
import { ROLE_LABEL, ROLES, type Role } from "../domain/roles";
import { getDb } from "../db";
import { ConflictError, FieldError } from "../actions/errors";
import { formFields, invalid, nextSubmissionId } from "../actions/form-data";
import { isUniqueViolation, type Change, type MutationSpec, type Tx } from "../actions/mutation";
import type { ActionState } from "../actions/state";
import {
  INVITATION_DAYS,
  parseAccept,
  parseInvite,
  parseSetRoles,
  parseUserStatus,
  type InviteInput,
  type SetRolesInput,
  type UserStatusInput,
} from "../validation/users";

/** The only form of an invitation token the database holds. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function invitationPath(token: string): string {
  return `/invitation/${token}`;
}

const sortRoles = (roles: readonly Role[]) => ROLES.filter((r) => roles.includes(r));
const roleNames = (roles: readonly Role[]) =>
  sortRoles(roles)
    .map((r) => ROLE_LABEL[r])
    .join(", ") || "none";
const utc = (d: Date) => `${d.toISOString().replace("T", " ").slice(0, 16)} UTC`;
const userPages = (id: string) => ["/admin/users", `/admin/users/${id}`, "/admin/audit"];

// ---------------------------------------------------------------------------------------------
// Invite

export interface InviteChange extends Change {
  /** shown once to the admin who made the invitation; never stored or audited */
  inviteLink: string;
  email: string;
}

/** A change to an account, audited against the account as it was: back to its page saying what was `saved`. */
function userChange(userId: string, saved: string, before: unknown, after: unknown): Change {
  return { entity: "User", entityId: userId, before, after, redirectTo: `/admin/users/${userId}?saved=${saved}`, revalidate: userPages(userId) };
}

export const inviteUser: MutationSpec<InviteInput, InviteChange> = {
  permission: "users.manage",
  action: "user.invite",
  parse: parseInvite,
  async write(tx, input, actor) {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) throw new FieldError({ email: "A person with this email address already has an account" });
    const now = new Date();
    // An earlier link to the same person stops working: only the newest invitation counts.
    const replaced = await tx.invitation.findMany({
      where: { email: input.email, acceptedAt: null, expiresAt: { gt: now } },
      select: { id: true },
    });
    if (replaced.length) await tx.invitation.updateMany({ where: { id: { in: replaced.map((r) => r.id) } }, data: { expiresAt: now } });

    const token = randomBytes(32).toString("base64url");
    const invitation = await tx.invitation.create({
      data: {
        id: randomUUID(),
        email: input.email,
        name: input.name,
        roles: input.roles,
        tokenHash: hashInvitationToken(token),
        expiresAt: new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000),
        createdBy: actor.email,
      },
      select: { id: true, email: true, name: true, roles: true, expiresAt: true },
    });
    return {
      entity: "Invitation",
      entityId: invitation.id,
      before: null,
      after: {
        email: invitation.email,
        name: invitation.name,
        roles: sortRoles(invitation.roles),
        expiresAt: invitation.expiresAt.toISOString(),
        ...(replaced.length ? { replacedInvitations: replaced.map((r) => r.id) } : {}),
      },
      redirectTo: "/admin/users",
      revalidate: ["/admin/users", "/admin/audit"],
      inviteLink: new URL(invitationPath(token), readAuthConfig().baseURL).toString(),
      email: invitation.email,
    };
  },
  result: (change) => ({
    status: "success",
    message: `Invitation made for ${change.email}`,
    fields: { inviteLink: change.inviteLink },
    submissionId: nextSubmissionId(),
  }),
};

// ---------------------------------------------------------------------------------------------
// Roles, deactivation and reactivation: each takes the account at the version the page showed.

const userSnapshotSelect = {
  id: true,
  email: true,
  name: true,
  version: true,
  deactivatedAt: true,
  roles: { select: { role: true } },
} as const;

async function readUser(tx: Tx, userId: string, field: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: userSnapshotSelect });
  if (!user) throw new FieldError({ [field]: "This account is not in the record: go back to the list of people and try again" });
  return { ...user, roles: sortRoles(user.roles.map((r) => r.role)) };
}

type UserSnapshot = Awaited<ReturnType<typeof readUser>>;

const statusOf = (u: Pick<UserSnapshot, "deactivatedAt">) => (u.deactivatedAt ? "Deactivated" : "Active");

/**
 * Claims the account at the version the form was opened with, or refuses with what changed since
 * and who changed it. The version goes up inside the caller's transaction: of two saves, one wins.
 */
export async function claimUser(tx: Tx, userId: string, version: number, field: string): Promise<UserSnapshot> {
  const before = await readUser(tx, userId, field);
  const claimed = await tx.user.updateMany({ where: { id: userId, version }, data: { version: { increment: 1 } } });
  if (claimed.count === 1) return before;
  const current = await readUser(tx, userId, field);
  const last = await tx.auditEvent.findFirst({
    where: { entity: "User", entityId: userId, outcome: "APPLIED" },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    select: { actor: true, occurredAt: true, action: true },
  });
  const changes = [
    ...(last ? [{ label: "Last change", current: `${last.action} by ${last.actor} at ${utc(last.occurredAt)}` }] : []),
    { label: "Roles now", current: roleNames(current.roles) },
    { label: "Account now", current: statusOf(current) },
  ];
  throw new ConflictError(
    "User",
    userId,
    changes,
    { roles: current.roles, status: statusOf(current), version: current.version },
    "Someone else changed this person's account after you opened the page, so your change was not saved.",
  );
}

/** Every change to roles or to whether an account is active takes this lock first: they run one at a time. */
const ACCOUNTS_LOCK = "users.manage";

/** After the change, within its transaction: someone must still be able to manage people. */
async function assertAnActiveAdminRemains(tx: Tx, field: string): Promise<void> {
  const admins = await tx.user.count({ where: { deactivatedAt: null, roles: { some: { role: "ADMIN" } } } });
  if (admins === 0) throw new FieldError({ [field]: "This would leave no active admin: give another person the admin role first" });
}

/** A change to an account's roles or status: an admin's, and one at a time under the accounts lock. */
function accountChange<T>(action: string, parse: MutationSpec<T>["parse"], write: MutationSpec<T>["write"]): MutationSpec<T> {
  return { permission: "users.manage", action, serialize: ACCOUNTS_LOCK, parse, write };
}

export const setUserRoles = accountChange<SetRolesInput>("user.set-roles", parseSetRoles, async (tx, input, actor) => {
  if (input.userId === actor.id && !input.roles.includes("ADMIN")) {
    throw new FieldError({ roles: "You cannot remove your own admin role: ask another admin" });
  }
  const user = await claimUser(tx, input.userId, input.version, "roles");
  await tx.userRole.deleteMany({ where: { userId: user.id, role: { notIn: input.roles } } });
  const added = input.roles.filter((r) => !user.roles.includes(r));
  if (added.length) await tx.userRole.createMany({ data: added.map((role) => ({ userId: user.id, role, grantedBy: actor.email })) });
  await assertAnActiveAdminRemains(tx, "roles");
  return userChange(user.id, "roles", { roles: user.roles }, { roles: input.roles });
});

export const deactivateUser = accountChange<UserStatusInput>("user.deactivate", parseUserStatus, async (tx, input, actor) => {
  if (input.userId === actor.id) throw new FieldError({ status: "You cannot deactivate your own account: ask another admin" });
  const user = await claimUser(tx, input.userId, input.version, "status");
  if (user.deactivatedAt) throw new FieldError({ status: "This account is already deactivated" });
  const deactivatedAt = new Date();
  await tx.user.update({ where: { id: user.id }, data: { deactivatedAt } });
  // Their sessions end at once: the next request they make finds no session.
  const ended = await tx.session.deleteMany({ where: { userId: user.id } });
  await assertAnActiveAdminRemains(tx, "status");
  return userChange(
    user.id,
    "deactivated",
    { status: statusOf(user) },
    { status: "Deactivated", deactivatedAt: deactivatedAt.toISOString(), sessionsEnded: ended.count },
  );
});

export const reactivateUser = accountChange<UserStatusInput>("user.reactivate", parseUserStatus, async (tx, input) => {
  const user = await claimUser(tx, input.userId, input.version, "status");
  if (!user.deactivatedAt) throw new FieldError({ status: "This account is already active" });
  await tx.user.update({ where: { id: user.id }, data: { deactivatedAt: null } });
  return userChange(user.id, "reactivated", { status: statusOf(user), deactivatedAt: user.deactivatedAt.toISOString() }, { status: "Active" });
});

// ---------------------------------------------------------------------------------------------
// Accepting an invitation: no session yet, so not runMutation, but the same discipline: parse,
// one transaction with its audit row, expected failures as ActionState, then redirect.

class InvitationRefused extends Error {}

export const INVITATION_MESSAGES = {
  invalid: "This invitation link is not valid. Check you copied the whole link, or ask an admin for a new invitation",
  used: "This invitation has already been used. Sign in with the password you set, or ask an admin for a new invitation",
  expired: "This invitation has expired. Ask an admin for a new invitation",
  exists: "An account with this email address already exists. Sign in, or ask an admin for help",
} as const;

export const ACCEPT_SECRET_FIELDS = ["token", "password", "confirmPassword"];

export async function acceptInvitation(formData: FormData): Promise<ActionState> {
  const fields = formFields(formData, ACCEPT_SECRET_FIELDS);
  const parsed = parseAccept(formData);
  if (!parsed.success) {
    const tokenIssue = parsed.error.issues.find((i) => i.path[0] === "token");
    if (tokenIssue) return { status: "error", message: INVITATION_MESSAGES.invalid, fields, submissionId: nextSubmissionId() };
    return invalid(parsed.error, fields);
  }
  const { token, password } = parsed.data;
  const db = getDb();
  try {
    await db.$transaction(
      async (tx) => {
        const now = new Date();
        const invitation = await tx.invitation.findUnique({
          where: { tokenHash: hashInvitationToken(token) },
          select: { id: true, email: true, name: true, roles: true, expiresAt: true, acceptedAt: true, createdBy: true },
        });
        if (!invitation) throw new InvitationRefused(INVITATION_MESSAGES.invalid);
        if (invitation.acceptedAt) throw new InvitationRefused(INVITATION_MESSAGES.used);
        if (invitation.expiresAt <= now) throw new InvitationRefused(INVITATION_MESSAGES.expired);
        // Of two submissions of one link, one wins.
        const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: now } });
        if (claimed.count !== 1) throw new InvitationRefused(INVITATION_MESSAGES.used);
        const exists = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
        if (exists) throw new InvitationRefused(INVITATION_MESSAGES.exists);
        const roles = sortRoles(invitation.roles);
        const { id } = await createAccountWithPassword(tx, {
          email: invitation.email,
          name: invitation.name,
          password,
          roles,
          grantedBy: invitation.createdBy,
        });
        await tx.auditEvent.create({
          data: {
            actor: invitation.email,
            actorId: id,
            action: "user.accept-invitation",
            entity: "User",
            entityId: id,
            after: { email: invitation.email, name: invitation.name, roles, invitationId: invitation.id, invitedBy: invitation.createdBy },
          },
        });
      },
      { timeout: 20_000, maxWait: 20_000 },
    );
  } catch (error) {
    if (error instanceof InvitationRefused) return { status: "error", message: error.message, fields, submissionId: nextSubmissionId() };
    if (isUniqueViolation(error)) return { status: "error", message: INVITATION_MESSAGES.exists, fields, submissionId: nextSubmissionId() };
    // Whatever went wrong, the message that reaches the logs must not carry the password or its hash.
    throw new Error(`Accepting an invitation failed (${errorCode(error)})`);
  }
  redirect("/sign-in?invited=1");
}

function errorCode(error: unknown): string {
  if (error && typeof error === "object" && "code" in error && typeof error.code === "string") return error.code;
  return error instanceof Error ? error.name : "unknown";
}
