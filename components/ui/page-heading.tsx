import type { ReactNode } from "react";
import { Breadcrumb } from "./breadcrumb";

/**
 * A page's top: where it sits (its breadcrumb), its heading and, when it has one, the lead paragraph that says what the
 * page is for (`leadClassName` sets its size and spacing).
 */
export function PageHeading({
  trail,
  title,
  children,
  leadClassName = "mb-6 max-w-reading",
  trailClassName,
}: {
  trail: { href: string; label: ReactNode }[];
  title: ReactNode;
  /** the lead paragraph */
  children?: ReactNode;
  leadClassName?: string;
  trailClassName?: string;
}) {
  return (
    <>
      <Breadcrumb trail={trail} className={trailClassName} />
      <h1>{title}</h1>
      {children ? <p className={leadClassName}>{children}</p> : null}
    </>
  );
}
