"use client";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useRef, useState } from "react";

const LINKS = [
  { href: "/", label: "Overview" },
  { href: "/changes", label: "What changed" },
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
/** The administration pages, each shown to those its permission lets in (lib/auth/permissions.ts). */
const ADMIN_LINKS = [
  { href: "/admin/users", label: "People", permission: "users.manage" },
  { href: "/admin/audit", label: "Audit trail", permission: "audit.read-all" },
] as const;
export type AdminPermission = (typeof ADMIN_LINKS)[number]["permission"];

function isCurrent(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

const MENU_BUTTON_ID = "menu-button";
const MENU_ID = "primary-navigation-menu";
const ACCOUNT_MENU_ID = "account-menu";

/**
 * Below the tablet breakpoint the sections fold behind a "Menu" button (aria-expanded, aria-controls);
 * the person's name and "Sign out" fold in with them. Escape closes the menu and puts focus back on the
 * button. Without JavaScript the button cannot work, so a noscript style hides it and shows every link.
 */
function NavList({
  pathname,
  asOf,
  hindsight = false,
  allowed,
  account,
}: {
  pathname: string;
  asOf: string | null;
  hindsight?: boolean;
  allowed: readonly AdminPermission[];
  account?: React.ReactNode;
}) {
  const [isOpen, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const links = [...LINKS, ...ADMIN_LINKS.filter((l) => allowed.includes(l.permission))];
  const folded = isOpen ? "" : "max-tablet:hidden";
  const closeOnEscape = (e: React.KeyboardEvent) => {
    if (e.key !== "Escape" || !isOpen) return;
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="bg-nhs-blue border-t border-white/20" onKeyDown={closeOnEscape}>
      <noscript>
        <style>{`@media (width < 641px){#${MENU_BUTTON_ID}{display:none!important}#${MENU_ID},#${ACCOUNT_MENU_ID}{display:flex!important}}`}</style>
      </noscript>
      <nav aria-label="Primary navigation" className="mx-auto max-w-wide px-4 desktop:px-8">
        <button
          ref={button}
          id={MENU_BUTTON_ID}
          type="button"
          aria-expanded={isOpen}
          aria-controls={account ? `${MENU_ID} ${ACCOUNT_MENU_ID}` : MENU_ID}
          onClick={() => setOpen((open) => !open)}
          className="tablet:hidden my-2 inline-flex items-center gap-2 border-2 border-white rounded-nhs px-3 py-1 text-white font-semibold"
        >
          Menu
          <span
            aria-hidden="true"
            className={`inline-block border-x-[6px] border-t-[8px] border-x-transparent border-t-current ${isOpen ? "rotate-180" : ""}`}
          />
        </button>
        <ul id={MENU_ID} className={`${folded} flex flex-col pb-2 tablet:pb-0 tablet:flex-row tablet:flex-wrap tablet:gap-x-6 desktop:gap-x-4`}>
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
                  onClick={() => setOpen(false)}
                  className={`inline-block py-2 tablet:py-3 text-white hover:text-white font-semibold whitespace-nowrap desktop:nhs-text-16 focus-visible:nhs-focus-text ${current ? "border-b-4 border-white" : "no-underline"}`}
                >
                  {l.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {account ? (
        <div id={ACCOUNT_MENU_ID} className={`${folded} tablet:hidden flex mx-auto max-w-wide px-4 py-3 border-t border-white/20`}>
          {account}
        </div>
      ) : null}
    </div>
  );
}

/** The sections of the service; the "as of" date travels with the user between them. `account`: who is signed in, for the folded menu. */
export function MainNav({ allowed, account }: { allowed: readonly AdminPermission[]; account?: React.ReactNode }) {
  const pathname = usePathname();
  const params = useSearchParams();
  return <NavList pathname={pathname} asOf={params.get("asOf")} hindsight={params.get("view") === "hindsight"} allowed={allowed} account={account} />;
}

/** What shows until the client knows the address (a client component cannot hang this off MainNav). */
export function MainNavFallback({ allowed, account }: { allowed: readonly AdminPermission[]; account?: React.ReactNode }) {
  return <NavList pathname="" asOf={null} allowed={allowed} account={account} />;
}
