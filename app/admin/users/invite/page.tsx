import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { InviteForm } from "@/components/forms/user-forms";
import { requirePageActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Invite a person" };

export default async function InvitePage() {
  await requirePageActor("users.manage");
  return (
    <>
      <Breadcrumb trail={[{ href: "/admin/users", label: "People" }]} />
      <h1>Invite a person</h1>
      <p className="mb-6 max-w-reading">
        You get a link to send them. It works once, for 7 days: they open it, set a password and can then sign in with their email address and that password.
      </p>
      <InviteForm />
    </>
  );
}
