"use client";
// A secret shown once after it is made (an invitation link, an API token): a read-only field that selects itself,
// what to do if it is lost, and the heading of the form below for making another.
import type { ReactNode } from "react";

export function ShownOnce({
  heading,
  id,
  label,
  value,
  children,
  again,
}: {
  heading: string;
  /** the field's id */
  id: string;
  label: string;
  value: string;
  /** what to do with it, and what to do if it is lost */
  children: ReactNode;
  /** the heading of the form below it, to make another */
  again: string;
}) {
  return (
    <div role="status" className="mb-8 border-l-8 border-success bg-nhs-grey-5 p-4">
      <h2 className="nhs-text-26">{heading}</h2>
      <p className="mb-2">
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
      </p>
      <input
        id={id}
        readOnly
        value={value}
        onFocus={(ev) => ev.currentTarget.select()}
        className="border-2 border-nhs-grey-1 bg-white px-2 py-1 nhs-text-16 w-full font-mono"
      />
      <p className="mt-2 nhs-text-16">{children}</p>
      <h2 className="nhs-text-22 mt-6 mb-0">{again}</h2>
    </div>
  );
}
