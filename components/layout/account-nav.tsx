import { signOut } from "@/lib/actions/auth";
import { ROLE_LABEL, type Actor } from "@/lib/auth/permissions";

/** Who is signed in, with which roles, and "Sign out" last (NHS header: account links). */
export function AccountNav({ actor }: { actor: Actor }) {
  return (
    <nav aria-label="Account" className="ml-auto flex flex-wrap items-center gap-4 nhs-text-16">
      <span>
        <span className="font-semibold">{actor.name}</span>{" "}
        <span>({actor.roles.map((r) => ROLE_LABEL[r]).join(", ")})</span>
      </span>
      <form action={signOut}>
        <button type="submit" className="text-white underline font-semibold hover:no-underline">
          Sign out
        </button>
      </form>
    </nav>
  );
}
