"use client";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";

const LINKS = [
  { href: "/", label: "Overview" },
  { href: "/trusts", label: "Trusts" },
  { href: "/timeline", label: "Timeline" },
  { href: "/decisions", label: "Decisions" },
  { href: "/board", label: "Board review" },
  { href: "/problems", label: "Problems" },
  { href: "/contracts", label: "Contracts" },
  { href: "/payments", label: "Payments" },
  { href: "/sources", label: "Sources" },
  { href: "/conflicts", label: "Conflicts" },
  { href: "/exports", label: "Exports" },
] as const;
const ADMIN_LINKS = [
  { href: "/admin/users", label: "People" },
  { href: "/admin/audit", label: "Audit trail" },
] as const;

function isCurrent(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

function NavList({ pathname, asOf, hindsight = false, isAdmin }: { pathname: string; asOf: string | null; hindsight?: boolean; isAdmin: boolean }) {
  const links = [...LINKS, ...(isAdmin ? ADMIN_LINKS : [])];
  return (
    <nav aria-label="Primary navigation" className="bg-nhs-blue border-t border-white/20">
      <ul className="mx-auto max-w-wide px-4 desktop:px-8 flex flex-wrap gap-x-6 gap-y-2 desktop:gap-x-4 desktop:gap-y-0">
        {links.map((l) => {
          const current = isCurrent(pathname, l.href);
          // The date and the view (as it stood, or with hindsight) travel with the reader between sections.
          const query = new URLSearchParams({ ...(asOf ? { asOf } : {}), ...(hindsight ? { view: "hindsight" } : {}) }).toString();
          const href = query && !l.href.startsWith("/admin") ? `${l.href}?${query}` : l.href;
          return (
            <li key={l.href}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`inline-block py-3 text-white hover:text-white font-semibold whitespace-nowrap desktop:nhs-text-16 focus-visible:nhs-focus-text ${current ? "border-b-4 border-white" : "no-underline"}`}
              >
                {l.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** The sections of the service; the "as of" date travels with the user between them. */
export function MainNav({ isAdmin }: { isAdmin: boolean }) {
  const pathname = usePathname();
  const params = useSearchParams();
  return <NavList pathname={pathname} asOf={params.get("asOf")} hindsight={params.get("view") === "hindsight"} isAdmin={isAdmin} />;
}

/** What shows until the client knows the address (a client component cannot hang this off MainNav). */
export function MainNavFallback({ isAdmin }: { isAdmin: boolean }) {
  return <NavList pathname="" asOf={null} isAdmin={isAdmin} />;
}
