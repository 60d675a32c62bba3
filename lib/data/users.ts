import "server-only";
// People, their roles and invitations, as the admin pages show them. Explicit selects only: a
// password hash, a session token or an invitation's token hash never leaves this module.
import { assertCan, type Actor } from "../auth/permissions";
import { ROLES, type Role } from "../domain/roles";
import { getDb } from "../db";
import { hashInvitationToken } from "../mutations/users";
import { invitationTokenSchema } from "../validation/users";

const sortRoles = (roles: readonly Role[]) => ROLES.filter((r) => roles.includes(r));

export interface UserRow {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  deactivatedAt: string | null;
  /** the last successful sign-in with a password, if any */
  lastSignInAt: string | null;
}

export interface PendingInvitation {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  isExpired: boolean;
}

export async function listUsers(actor: Actor | null): Promise<{ users: UserRow[]; invitations: PendingInvitation[] }> {
  assertCan(actor, "users.manage");
  const db = getDb();
  const users = await db.user.findMany({
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true, deactivatedAt: true, roles: { select: { role: true } } },
  });
  const signIns = await db.signInAttempt.groupBy({
    by: ["email"],
    where: { succeeded: true, email: { in: users.map((u) => u.email) } },
    _max: { attemptedAt: true },
  });
  const lastSignIn = new Map(signIns.map((s) => [s.email, s._max.attemptedAt]));
  const now = new Date();
  const invitations = await db.invitation.findMany({
    where: { acceptedAt: null, expiresAt: { gt: new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000) } },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, name: true, email: true, roles: true, createdBy: true, createdAt: true, expiresAt: true },
  });
  return {
    users: users.map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      roles: sortRoles(u.roles.map((r) => r.role)),
      deactivatedAt: u.deactivatedAt?.toISOString() ?? null,
      lastSignInAt: lastSignIn.get(u.email)?.toISOString() ?? null,
    })),
    invitations: invitations.map((i) => ({
      ...i,
      roles: sortRoles(i.roles),
      createdAt: i.createdAt.toISOString(),
      expiresAt: i.expiresAt.toISOString(),
      isExpired: i.expiresAt <= now,
    })),
  };
}

export interface UserDetail extends UserRow {
  version: number;
  createdAt: string;
  /** the invitations this account came from, for its change history */
  invitationIds: string[];
}

/** One account as its admin page opens it: with the version a later save is checked against. */
export async function getUserForAdmin(actor: Actor | null, userId: string): Promise<UserDetail | null> {
  assertCan(actor, "users.manage");
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(userId)) return null;
  const db = getDb();
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, version: true, createdAt: true, deactivatedAt: true, roles: { select: { role: true } } },
  });
  if (!user) return null;
  const [lastSignIn, invitations] = await Promise.all([
    db.signInAttempt.findFirst({ where: { email: user.email, succeeded: true }, orderBy: { attemptedAt: "desc" }, select: { attemptedAt: true } }),
    db.invitation.findMany({ where: { email: user.email }, select: { id: true } }),
  ]);
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    version: user.version,
    roles: sortRoles(user.roles.map((r) => r.role)),
    createdAt: user.createdAt.toISOString(),
    deactivatedAt: user.deactivatedAt?.toISOString() ?? null,
    lastSignInAt: lastSignIn?.attemptedAt.toISOString() ?? null,
    invitationIds: invitations.map((i) => i.id),
  };
}

export type InvitationForAcceptance =
  { state: "valid"; name: string; email: string; roles: Role[]; expiresAt: string } | { state: "invalid" | "used" | "expired" };

/** What the invitation page shows for a link. Public: the token is the only proof, and it says nothing else. */
export async function getInvitationForAcceptance(token: string): Promise<InvitationForAcceptance> {
  if (!invitationTokenSchema.safeParse(token).success) return { state: "invalid" };
  const invitation = await getDb().invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { name: true, email: true, roles: true, expiresAt: true, acceptedAt: true },
  });
  if (!invitation) return { state: "invalid" };
  if (invitation.acceptedAt) return { state: "used" };
  if (invitation.expiresAt <= new Date()) return { state: "expired" };
  return { state: "valid", name: invitation.name, email: invitation.email, roles: sortRoles(invitation.roles), expiresAt: invitation.expiresAt.toISOString() };
}
