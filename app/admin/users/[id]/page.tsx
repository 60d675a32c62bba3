import type { Metadata } from "next";
import { PEOPLE } from "@/components/layout/trails";
import { PageHeading } from "@/components/ui/page-heading";
import { notFound } from "next/navigation";
import { AccountStatusForm, RolesForm } from "@/components/forms/user-forms";
import { ChangeHistory } from "@/components/rollout/change-history";
import { Secondary } from "@/components/ui/secondary";
import { Tag } from "@/components/ui/tag";
import { ROLE_LABEL } from "@/lib/domain/roles";
import { requirePageActor } from "@/lib/auth/session";
import { getRecordHistory } from "@/lib/data/audit";
import { getUserForAdmin } from "@/lib/data/users";
import { formatRecordedAt } from "@/lib/domain/dates";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export const metadata: Metadata = { title: "Manage an account" };

const SAVED: Record<string, string> = {
  roles: "The roles are saved. They apply from the person's next page.",
  deactivated: "The account is deactivated and its sessions have ended.",
  reactivated: "The account is active again.",
};

export default async function UserPage({ params, searchParams }: Props) {
  const actor = await requirePageActor("users.manage");
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const user = await getUserForAdmin(actor, id);
  if (!user) notFound();
  const history = await getRecordHistory(actor, [
    { entity: "User", entityId: user.id },
    ...user.invitationIds.map((invitationId) => ({ entity: "Invitation", entityId: invitationId })),
  ]);
  const isSelf = user.id === actor.id;
  const savedMessage = saved ? SAVED[saved] : undefined;
  return (
    <>
      <PageHeading trail={[PEOPLE]} title={user.name} />
      {savedMessage ? (
        <div role="status" className="mb-8 border-l-8 border-success bg-white p-4 max-w-page">
          <p className="font-semibold">{savedMessage}</p>
        </div>
      ) : null}
      <dl className="bg-white p-4 tablet:p-6 mb-8 grid grid-cols-1 tablet:grid-cols-[14rem_1fr] gap-x-6 gap-y-3 max-w-page">
        <dt className="font-semibold">Email address</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="font-semibold">Roles</dt>
        <dd>{user.roles.map((r) => ROLE_LABEL[r]).join(", ")}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>
          {user.deactivatedAt ? (
            <>
              <Tag tone="grey">Deactivated</Tag> <span>since {formatRecordedAt(user.deactivatedAt)}</span>
            </>
          ) : (
            <Tag tone="green">Active</Tag>
          )}
        </dd>
        <dt className="font-semibold">Account made</dt>
        <dd>{formatRecordedAt(user.createdAt)}</dd>
        <dt className="font-semibold">Last signed in</dt>
        <dd>{user.lastSignInAt ? formatRecordedAt(user.lastSignInAt) : <Secondary>Not recorded</Secondary>}</dd>
      </dl>

      <section aria-labelledby="roles-heading" className="mb-10">
        <h2 id="roles-heading">Roles</h2>
        {isSelf ? <p className="mb-4 max-w-reading">This is your own account: you can add roles, but another admin has to remove your admin role.</p> : null}
        <RolesForm userId={user.id} version={user.version} roles={user.roles} />
      </section>

      <section aria-labelledby="status-heading" className="mb-10">
        <h2 id="status-heading">{user.deactivatedAt ? "Reactivate the account" : "Deactivate the account"}</h2>
        {isSelf ? (
          <p className="bg-white p-4 max-w-page">This is your own account: another admin has to deactivate it.</p>
        ) : (
          <AccountStatusForm userId={user.id} version={user.version} deactivated={user.deactivatedAt !== null} />
        )}
      </section>

      <section aria-labelledby="history-heading" id="history" className="mb-10">
        <h2 id="history-heading">Change history</h2>
        <p className="mb-4 max-w-reading">Every change to this account: who made it, when, and the values before and after.</p>
        <ChangeHistory entries={history} />
      </section>
    </>
  );
}
