"use client";
import { useEffect, useRef } from "react";

export interface ErrorItem {
  href: string;
  message: string;
}

/** The NHS error summary: at the top of main, focused on load, each item linking to its field. */
export function ErrorSummary({ errors }: { errors: ErrorItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-8 border-4 border-error bg-white p-4 tablet:p-6 focus:outline-4 focus:outline-focus"
    >
      <h2 id="error-summary-title" className="nhs-text-26">
        There is a problem
      </h2>
      <ul className="font-semibold">
        {errors.map((e) => (
          <li key={e.href}>
            <a href={e.href} className="text-error">
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
