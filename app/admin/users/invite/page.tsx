import type { Metadata } from "next";
import { PEOPLE } from "@/components/layout/trails";
import { PageHeading } from "@/components/ui/page-heading";
import { InviteForm } from "@/components/forms/user-forms";
import { requirePageActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Invite a person" };

export default async function InvitePage() {
  await requirePageActor("users.manage");
  return (
    <>
      <PageHeading trail={[PEOPLE]} title="Invite a person">
        You get a link to send them. It works once, for 7 days: they open it, set a password and can then sign in with their email address and that password.
      </PageHeading>
      <InviteForm />
    </>
  );
}
