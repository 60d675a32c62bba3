import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { AccountNav } from "@/components/layout/account-nav";
import { MainNav, MainNavFallback, type AdminPermission } from "@/components/layout/main-nav";
import { can } from "@/lib/auth/permissions";
import { HeaderSearch, HeaderSearchForm } from "@/components/search/header-search";
import { getActor } from "@/lib/auth/session";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "London Cerner rollout", template: "%s – London Cerner rollout" },
  description: "The Cerner Millennium go-lives in London NHS acute trusts under the National Programme for IT, with their sources.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  // The administration links each person's permissions open to them, from the permission table.
  const allowed = (["users.manage", "audit.read-all"] as const satisfies readonly AdminPermission[]).filter((p) => can(actor, p));
  return (
    <html lang="en-GB">
      <body className="min-h-screen flex flex-col">
        <a href="#maincontent" className="sr-only focus:not-sr-only focus:absolute focus:top-0 focus:left-0 focus:z-50 focus:p-2 focus:nhs-focus-text">
          Skip to main content
        </a>
        <header className="bg-nhs-blue text-white">
          <div className="mx-auto max-w-wide px-4 desktop:px-8 py-4 flex flex-wrap items-center gap-4">
            <Link href="/" className="text-white no-underline hover:text-white flex items-center gap-3 focus-visible:nhs-focus-text">
              <span aria-hidden="true" className="bg-white text-nhs-blue font-bold italic px-2 py-0.5 nhs-text-22 tracking-tight">
                NHS
              </span>
              <span className="nhs-text-22 font-semibold">London Cerner rollout</span>
            </Link>
            {actor ? <AccountNav actor={actor} /> : null}
            {actor ? (
              <Suspense fallback={<HeaderSearchForm />}>
                <HeaderSearch />
              </Suspense>
            ) : null}
          </div>
          {actor ? (
            <Suspense fallback={<MainNavFallback allowed={allowed} account={<AccountNav actor={actor} className="" />} />}>
              <MainNav allowed={allowed} account={<AccountNav actor={actor} className="" />} />
            </Suspense>
          ) : null}
        </header>
        <main id="maincontent" className="mx-auto w-full max-w-wide flex-1 px-4 desktop:px-8 py-8 tablet:py-10">
          {children}
        </main>
        <footer className="border-t-4 border-nhs-blue bg-nhs-grey-4 text-ink-secondary">
          <div className="mx-auto max-w-wide px-4 desktop:px-8 py-6 nhs-text-16">
            <p>
              Built from the public record: Hansard, the National Audit Office and the trade press. Every fact shows its source and how certain it is. Where the
              record does not say, this service says &ldquo;not known&rdquo;.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
