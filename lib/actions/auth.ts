"use server";
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "../auth/auth";
import { DEACTIVATED_CODE } from "../auth/hooks";
import { claimSignInAttempt, markSignInSucceeded } from "../auth/lockout";
import { requestAddress } from "../auth/request-address";
import { getDb } from "../db";
import { safeNextPath, signInSchema } from "../validation/auth";
import { formInput } from "../validation/form-data";
import { formFields, invalid, nextSubmissionId } from "./form-data";
import type { ActionState } from "./state";

const WRONG = "Enter a correct email address and password";

const londonTime = (d: Date) => d.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });

/**
 * The only way to sign in with a password: better-auth's own /api/auth/sign-in/email is not served
 * (app/api/auth/[...all]/route.ts), so every attempt passes the same limits and is logged.
 */
export async function signIn(_state: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData, ["password"]);
  const parsed = signInSchema.safeParse(formInput(formData));
  if (!parsed.success) return invalid(parsed.error, fields);
  const { email, password } = parsed.data;
  const db = getDb();
  const requestHeaders = await headers();
  const fail = (message: string): ActionState => ({ status: "error", fieldErrors: { email: message }, fields, submissionId: nextSubmissionId() });

  const claim = await claimSignInAttempt(db, email, requestAddress(requestHeaders));
  if (claim.status === "locked") {
    return fail(
      claim.reason === "address"
        ? `Too many failed sign-ins from your network. Try again after ${londonTime(claim.until)}, or ask an admin to check your account`
        : `Too many failed sign-ins for this email address. Try again after ${londonTime(claim.until)}, or ask an admin to check your account`,
    );
  }

  try {
    await getAuth().api.signInEmail({ body: { email, password }, headers: requestHeaders });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    // The password was right but the account is deactivated: no session was made (lib/auth/hooks.ts).
    if (error.body?.code === DEACTIVATED_CODE) {
      return fail("This account has been deactivated. Ask an admin if you need access again");
    }
    return fail(WRONG);
  }
  await markSignInSucceeded(db, claim.attemptId);
  redirect(safeNextPath(parsed.data.next));
}

export async function signOut(): Promise<void> {
  await getAuth()
    .api.signOut({ headers: await headers() })
    .catch(() => undefined);
  redirect("/sign-in?signedOut=1");
}

type OAuth2Api = { signInWithOAuth2(input: { body: { providerId: string; callbackURL: string }; headers: Headers }): Promise<{ url: string }> };

/** Only offered when OIDC_* is configured; the generic OAuth plugin is then part of the auth API. */
export async function signInWithSso(): Promise<void> {
  const api = getAuth().api as unknown as Partial<OAuth2Api>;
  if (!api.signInWithOAuth2) redirect("/sign-in");
  const result = await api.signInWithOAuth2({ body: { providerId: "oidc", callbackURL: "/" }, headers: await headers() });
  redirect(result.url);
}
