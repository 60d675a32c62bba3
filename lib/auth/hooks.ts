// better-auth's database hooks: rules that hold whichever way a session or account is made
// (the password form, single sign-on, or anything added later).
import { APIError } from "better-auth/api";
import { getDb } from "../db";

export const DEACTIVATED_CODE = "ACCOUNT_DEACTIVATED";

/** A deactivated account gets no session, however it signed in. */
export async function refuseDeactivatedSession(session: { userId: string }): Promise<void> {
  const user = await getDb().user.findUnique({ where: { id: session.userId }, select: { deactivatedAt: true } });
  if (!user || user.deactivatedAt) {
    throw new APIError("FORBIDDEN", { code: DEACTIVATED_CODE, message: "This account has been deactivated" });
  }
}
