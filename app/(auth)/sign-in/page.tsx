import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/forms/sign-in-form";
import { signInWithSso } from "@/lib/actions/auth";
import { readAuthConfig } from "@/lib/auth/config";
import { getActor } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/validation/auth";
import { buttonClass } from "@/components/ui/form-styles";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string | string[]; signedOut?: string | string[]; invited?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  if (await getActor()) redirect(next);
  const config = readAuthConfig();
  return (
    <div className="max-w-reading">
      <h1>Sign in</h1>
      {params.signedOut ? (
        <p role="status" className="mb-6 bg-white border-l-8 border-success p-4">
          You have signed out.
        </p>
      ) : null}
      {params.invited ? (
        <p role="status" className="mb-6 bg-white border-l-8 border-success p-4">
          Your password is set. Sign in with your email address and your new password.
        </p>
      ) : null}
      <p className="mb-6">Sign in with the email address your admin invited. Your session ends after {config.SESSION_HOURS} hours.</p>
      <SignInForm next={next} />
      {config.isOidcEnabled ? (
        <form action={signInWithSso} className="mt-8">
          <button type="submit" className={buttonClass.secondary}>
            Sign in with {config.OIDC_PROVIDER_NAME}
          </button>
        </form>
      ) : null}
    </div>
  );
}
