import Link from "next/link";
import { Fragment, type ReactNode } from "react";

/** Where the page sits: the pages above it, each a link, separated by "›" (`className` adds, e.g., no-print). */
export function Breadcrumb({ trail, className }: { trail: { href: string; label: ReactNode }[]; className?: string }) {
  return (
    <nav aria-label="Breadcrumb" className={className ? `mb-6 nhs-text-16 ${className}` : "mb-6 nhs-text-16"}>
      {trail.map((page, i) => (
        <Fragment key={page.href}>
          {i > 0 ? " › " : null}
          <Link href={page.href}>{page.label}</Link>
        </Fragment>
      ))}
    </nav>
  );
}
