"use client";
import { buttonClass } from "@/components/ui/form-styles";

/** Opens the browser's print dialogue (save as PDF from there). Hidden when printing. */
export function PrintButton({ label = "Print or save as PDF" }: { label?: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={`no-print ${buttonClass.primary}`}>
      {label}
    </button>
  );
}
