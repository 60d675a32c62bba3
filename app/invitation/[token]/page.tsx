import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/forms/user-forms";
import { ROLE_LABEL } from "@/lib/domain/roles";
import { getInvitationForAcceptance } from "@/lib/data/users";
import { INVITATION_MESSAGES } from "@/lib/mutations/users";
import { formatRecordedAt } from "@/lib/domain/dates";

export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

/** Public: the one-time link an admin sent is the only proof. No session is needed or made here. */
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const invitation = await getInvitationForAcceptance(token);
  if (invitation.state !== "valid") {
    return (
      <div className="max-w-reading">
        <h1>This invitation link cannot be used</h1>
        <p className="mb-4">{INVITATION_MESSAGES[invitation.state]}.</p>
        <p>
          <Link href="/sign-in">Go to sign in</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-reading">
      <h1>Set your password</h1>
      <p className="mb-4">
        {invitation.name}, you have been invited to the London Cerner rollout dashboard as {invitation.roles.map((r) => ROLE_LABEL[r]).join(", ")}. You will
        sign in with <strong className="break-all">{invitation.email}</strong> and the password you set here.
      </p>
      <p className="mb-6">This link works once, until {formatRecordedAt(invitation.expiresAt)}.</p>
      <AcceptInvitationForm token={token} email={invitation.email} />
    </div>
  );
}
