// better-auth's database hooks: rules that hold whichever way a session is made (the password form,
// single sign-on, or anything added later).
import { APIError } from "better-auth/api";
import { getDb } from "../db";
import { claimSignInAttempt, markSignInSucceeded } from "./lockout";
import { requestAddress } from "./request-address";

export const DEACTIVATED_CODE = "ACCOUNT_DEACTIVATED";
export const LOCKED_CODE = "SIGN_IN_LOCKED";

/** What the hook is told of the request that makes the session (better-auth's endpoint context). */
export interface SessionContext {
  path?: string;
  headers?: Headers;
  request?: Request;
}

/**
 * Before any session is made: a deactivated account gets none, and a single sign-on callback passes
 * the same limits and lands in the same attempt log as the password form (lib/actions/auth.ts, which
 * claims its attempt itself before checking the password).
 */
export async function beforeSessionCreated(session: { userId: string }, context: SessionContext | null): Promise<void> {
  const db = getDb();
  const user = await db.user.findUnique({ where: { id: session.userId }, select: { email: true, deactivatedAt: true } });
  if (!user || user.deactivatedAt) {
    throw new APIError("FORBIDDEN", { code: DEACTIVATED_CODE, message: "This account has been deactivated" });
  }
  if (!context?.path?.startsWith("/oauth2/callback")) return;
  const headers = context.headers ?? context.request?.headers ?? new Headers();
  const claim = await claimSignInAttempt(db, user.email, requestAddress(headers));
  if (claim.status === "locked") {
    throw new APIError("FORBIDDEN", { code: LOCKED_CODE, message: "Too many failed sign-ins for this account: try again later" });
  }
  // The provider has vouched for the person: the attempt succeeded.
  await markSignInSucceeded(db, claim.attemptId);
}
