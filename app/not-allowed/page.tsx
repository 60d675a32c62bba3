import type { Metadata } from "next";
import Link from "next/link";
import { PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import { ROLE_LABEL } from "@/lib/domain/roles";
import { requirePageActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "You cannot do this" };

/** Not an error: a page that explains what the person's roles allow and who can change them. */
export default async function NotAllowedPage({ searchParams }: { searchParams: Promise<{ need?: string | string[] }> }) {
  const actor = await requirePageActor("rollout.read");
  const need = (await searchParams).need;
  // Own keys only: "constructor" or "__proto__" are not permissions.
  const roles = typeof need === "string" && Object.hasOwn(PERMISSIONS, need) ? PERMISSIONS[need as Permission].map((r) => ROLE_LABEL[r]) : [];
  return (
    <div className="max-w-reading">
      <h1>You cannot do this with your account</h1>
      <p className="mb-4">
        You are signed in as {actor.email} with the role{actor.roles.length > 1 ? "s" : ""} {actor.roles.map((r) => ROLE_LABEL[r]).join(", ")}.
      </p>
      {roles.length ? (
        <p className="mb-4">
          This needs the role{roles.length > 1 ? "s" : ""}: {roles.join(" or ")}.
        </p>
      ) : null}
      <p className="mb-4">An admin can give you another role if your work needs it.</p>
      <p>
        <Link href="/">Go to the rollout overview</Link>
      </p>
    </div>
  );
}
