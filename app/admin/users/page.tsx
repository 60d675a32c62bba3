import type { Metadata } from "next";
import Link from "next/link";
import { Secondary } from "@/components/ui/secondary";
import { Tag } from "@/components/ui/tag";
import { ROLE_LABEL, type Role } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listUsers } from "@/lib/data/users";
import { td } from "@/components/ui/table-styles";
import { TableScroll } from "@/components/ui/table-scroll";
import { buttonLinkClass } from "@/components/ui/form-styles";
import { TableHead } from "@/components/ui/table-head";

export const metadata: Metadata = { title: "People" };

const when = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", { timeZone: "Europe/London", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });

function RoleTags({ roles }: { roles: Role[] }) {
  return (
    <ul className="flex flex-wrap gap-2">
      {roles.map((r) => (
        <li key={r}>
          <Tag tone={r === "ADMIN" ? "purple" : "blue"}>{ROLE_LABEL[r]}</Tag>
        </li>
      ))}
    </ul>
  );
}

export default async function UsersPage() {
  const actor = await requirePageActor("users.manage");
  const { users, invitations } = await listUsers(actor);
  return (
    <>
      <h1>People</h1>
      <p className="mb-6 max-w-reading">
        Everyone who can sign in to the dashboard, with their roles. Invite a person to give them an account; deactivate an account to end its sessions at once.
      </p>
      <p className="mb-8">
        <Link href="/admin/users/invite" className={buttonLinkClass}>
          Invite a person
        </Link>
      </p>
      <section aria-labelledby="accounts-heading" className="mb-10">
        <h2 id="accounts-heading">Accounts</h2>
        <TableScroll label="Accounts">
          <table className="w-full min-w-[48rem] border-collapse nhs-text-16">
            <caption className="sr-only">Accounts, by name</caption>
            <TableHead
              columns={["Name", "Email address", "Roles", "Status", "Last signed in", { label: <span className="sr-only">Actions</span>, key: "actions" }]}
            />
            <tbody>
              {users.map((u) => (
                <tr key={u.id}>
                  <th scope="row" className={`${td} text-left font-semibold`}>
                    {u.name}
                  </th>
                  <td className={`${td} break-all`}>{u.email}</td>
                  <td className={td}>
                    <RoleTags roles={u.roles} />
                  </td>
                  <td className={td}>{u.deactivatedAt ? <Tag tone="grey">Deactivated</Tag> : <Tag tone="green">Active</Tag>}</td>
                  <td className={td}>{u.lastSignInAt ? when(u.lastSignInAt) : <Secondary>Not recorded</Secondary>}</td>
                  <td className={td}>
                    <Link href={`/admin/users/${u.id}`}>
                      Manage<span className="sr-only"> {u.name}&rsquo;s account</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section aria-labelledby="invitations-heading" className="mb-10">
        <h2 id="invitations-heading">Invitations not yet accepted</h2>
        {invitations.length === 0 ? (
          <p className="bg-white p-4">
            <Secondary>No invitations are waiting.</Secondary>
          </p>
        ) : (
          <TableScroll label="Invitations not yet accepted">
            <table className="w-full min-w-[48rem] border-collapse nhs-text-16">
              <caption className="sr-only">Invitations not yet accepted, newest first</caption>
              <TableHead columns={["Name", "Email address", "Roles", "Invited", "Link"]} />
              <tbody>
                {invitations.map((i) => (
                  <tr key={i.id}>
                    <th scope="row" className={`${td} text-left font-semibold`}>
                      {i.name}
                    </th>
                    <td className={`${td} break-all`}>{i.email}</td>
                    <td className={td}>
                      <RoleTags roles={i.roles} />
                    </td>
                    <td className={td}>
                      {when(i.createdAt)} by {i.createdBy}
                    </td>
                    <td className={td}>
                      {i.isExpired ? <Tag tone="grey">Expired or replaced</Tag> : <Tag tone="yellow">Works until {when(i.expiresAt)}</Tag>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}
