import "server-only";
import { getSessionCookie } from "better-auth/cookies";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "../db";
import { getAuth } from "./auth";
import { can, type Actor, type Permission } from "./permissions";

/** The signed-in person with their roles, or null. A deactivated account counts as signed out. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const requestHeaders = await headers();
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) {
    // better-auth answers "no session" when it cannot read the session table. With a session cookie,
    // make sure the database is there: if it is down, the person gets the error page, not sign-in.
    if (getSessionCookie(requestHeaders, { cookiePrefix: "rollout" })) await getDb().$queryRaw`SELECT 1`;
    return null;
  }
  const user = await getDb().user.findUnique({
    where: { id: session.user.id },
    select: { id: true, email: true, name: true, deactivatedAt: true, roles: { select: { role: true }, orderBy: { role: "asc" } } },
  });
  if (!user || user.deactivatedAt) return null;
  return { id: user.id, email: user.email, name: user.name, roles: user.roles.map((r) => r.role) };
});

/** For pages: sign in first; a person without the permission gets a page that explains. */
export async function requirePageActor(permission: Permission): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  if (!can(actor, permission)) redirect(`/not-allowed?need=${encodeURIComponent(permission)}`);
  return actor;
}
