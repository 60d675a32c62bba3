import Link from "next/link";
import type { ReactNode } from "react";

/** A link to a form, bold on a line of its own: "Take a baseline", "Set a tolerance". */
export function FormLink({ href, children, spacing = "mb-6" }: { href: string; children: ReactNode; spacing?: string }) {
  return (
    <p className={spacing}>
      <Link href={href} className="font-semibold">
        {children}
      </Link>
    </p>
  );
}
