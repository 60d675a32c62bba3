import type { Metadata } from "next";
import Link from "next/link";
import { Secondary } from "@/components/ui/secondary";
import { Tag } from "@/components/ui/tag";
import { ROLE_LABEL, type Role } from "@/lib/domain/roles";
import { requirePageActor } from "@/lib/auth/session";
import { listUsers } from "@/lib/data/users";
import { td } from "@/components/ui/table-styles";
import { buttonLinkClass } from "@/components/ui/form-styles";
import { TableSection } from "@/components/ui/table-section";
import { formatRecordedAt } from "@/lib/domain/dates";
import { ACTIONS_COLUMN } from "@/components/ui/table-head";

export const metadata: Metadata = { title: "People" };

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

/** The first cells of a row of accounts or of invitations: who, their email address and their roles. */
function PersonCells({ person }: { person: { name: string; email: string; roles: Role[] } }) {
  return (
    <>
      <th scope="row" className={`${td} text-left font-semibold`}>
        {person.name}
      </th>
      <td className={`${td} break-all`}>{person.email}</td>
      <td className={td}>
        <RoleTags roles={person.roles} />
      </td>
    </>
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
      <TableSection
        id="accounts"
        heading="Accounts"
        caption="Accounts, by name"
        columns={["Name", "Email address", "Roles", "Status", "Last signed in", ACTIONS_COLUMN]}
        empty={null}
      >
        {users.map((u) => (
          <tr key={u.id}>
            <PersonCells person={u} />
            <td className={td}>{u.deactivatedAt ? <Tag tone="grey">Deactivated</Tag> : <Tag tone="green">Active</Tag>}</td>
            <td className={td}>{u.lastSignInAt ? formatRecordedAt(u.lastSignInAt) : <Secondary>Not recorded</Secondary>}</td>
            <td className={td}>
              <Link href={`/admin/users/${u.id}`}>
                Manage<span className="sr-only"> {u.name}&rsquo;s account</span>
              </Link>
            </td>
          </tr>
        ))}
      </TableSection>
      <TableSection
        id="invitations"
        heading="Invitations not yet accepted"
        caption="Invitations not yet accepted, newest first"
        columns={["Name", "Email address", "Roles", "Invited", "Link"]}
        empty={invitations.length === 0 ? "No invitations are waiting." : null}
      >
        {invitations.map((i) => (
          <tr key={i.id}>
            <PersonCells person={i} />
            <td className={td}>
              {formatRecordedAt(i.createdAt)} by {i.createdBy}
            </td>
            <td className={td}>
              {i.isExpired ? <Tag tone="grey">Expired or replaced</Tag> : <Tag tone="yellow">Works until {formatRecordedAt(i.expiresAt)}</Tag>}
            </td>
          </tr>
        ))}
      </TableSection>
    </>
  );
}
