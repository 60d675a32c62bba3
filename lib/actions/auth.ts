"use server";
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "../auth/auth";
import { lockedUntil, recordSignInAttempt } from "../auth/lockout";
import { getDb } from "../db";
import { safeNextPath, signInSchema } from "../validation/auth";
import { formFields, invalid, nextSubmissionId } from "./form-data";
import type { ActionState } from "./state";

const WRONG = "Enter a correct email address and password";

export async function signIn(_state: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData, ["password"]);
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, fields);
  const { email, password } = parsed.data;
  const db = getDb();

  const until = await lockedUntil(db, email);
  if (until) {
    const time = until.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });
    return {
      status: "error",
      fieldErrors: { email: `Too many failed sign-ins for this email address. Try again after ${time}, or ask an admin to check your account` },
      fields,
      submissionId: nextSubmissionId(),
    };
  }

  const requestHeaders = await headers();
  let userId: string;
  try {
    const result = await getAuth().api.signInEmail({ body: { email, password }, headers: requestHeaders });
    userId = result.user.id;
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    await recordSignInAttempt(db, email, false);
    return { status: "error", fieldErrors: { email: WRONG }, fields, submissionId: nextSubmissionId() };
  }

  const user = await db.user.findUnique({ where: { id: userId }, select: { deactivatedAt: true } });
  if (user?.deactivatedAt) {
    await db.session.deleteMany({ where: { userId } });
    return {
      status: "error",
      fieldErrors: { email: "This account has been deactivated. Ask an admin if you need access again" },
      fields,
      submissionId: nextSubmissionId(),
    };
  }
  await recordSignInAttempt(db, email, true);
  redirect(safeNextPath(parsed.data.next));
}

export async function signOut(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() }).catch(() => undefined);
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
