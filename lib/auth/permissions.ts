// Who may do what. One table, read by the data layer, the actions, the route handlers and the
// pages (which only hide what the layers below refuse anyway).
import { ROLES, type Role } from "../domain/roles";

const EVERYONE: readonly Role[] = ROLES;

export const PERMISSIONS = {
  "rollout.read": EVERYONE,
  "rollout.export": ["ANALYST"],
  /** make and revoke one's own read-only API tokens (the API reads what the person may read: decision 022) */
  "api.token": EVERYONE,
  "go-live.replan": ["PROGRAMME_MANAGER"],
  "go-live.record-actual": ["PROGRAMME_MANAGER"],
  "problem.record": ["PROGRAMME_MANAGER"],
  "acceptance.record": ["PROGRAMME_MANAGER"],
  "source.add": ["PROGRAMME_MANAGER", "BOARD_MEMBER"],
  "decision.record": ["BOARD_MEMBER"],
  "baseline.record": ["BOARD_MEMBER"],
  "tolerance.set": ["BOARD_MEMBER"],
  "users.manage": ["ADMIN"],
  "audit.read-all": ["ADMIN"],
  "audit.export": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export interface Actor {
  id: string;
  email: string;
  name: string;
  roles: Role[];
}

export function can(actor: Pick<Actor, "roles"> | null, permission: Permission): boolean {
  if (!actor) return false;
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return actor.roles.some((r) => allowed.includes(r));
}

export class NotSignedInError extends Error {
  readonly code = "NOT_SIGNED_IN";
  constructor() {
    super("Sign in to use the rollout dashboard.");
  }
}

export class ForbiddenError extends Error {
  readonly code = "FORBIDDEN";
  constructor(readonly permission: Permission) {
    super(`Your account does not have permission to do this (${permission}). Ask an admin if you need it.`);
  }
}

/** The data-access and action layers call this first: a server action is a public POST endpoint. */
export function assertCan(actor: Actor | null, permission: Permission): asserts actor is Actor {
  if (!actor) throw new NotSignedInError();
  if (!can(actor, permission)) throw new ForbiddenError(permission);
}
