import Link from "next/link";
import { signOut } from "@/lib/actions/auth";
import { type Actor } from "@/lib/auth/permissions";
import { ROLE_LABEL } from "@/lib/domain/roles";

/**
 * Who is signed in, with which roles, and "Sign out" last (NHS header: account links). The header shows it
 * from the tablet breakpoint up; below it, the same links fold into the main navigation's menu (main-nav.tsx).
 */
export function AccountNav({ actor, className = "ml-auto max-tablet:hidden" }: { actor: Actor; className?: string }) {
  return (
    <nav aria-label="Account" className={`${className} flex flex-wrap items-center gap-x-4 gap-y-2 nhs-text-16`}>
      <span>
        <span className="font-semibold">{actor.name}</span> <span>({actor.roles.map((r) => ROLE_LABEL[r]).join(", ")})</span>
      </span>
      <Link href="/account/tokens" className="text-white underline font-semibold hover:no-underline hover:text-white">
        API tokens
      </Link>
      <form action={signOut}>
        <button type="submit" className="text-white underline font-semibold hover:no-underline">
          Sign out
        </button>
      </form>
    </nav>
  );
}
