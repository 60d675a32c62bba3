"use client";

/** Opens the browser's print dialogue (save as PDF from there). Hidden when printing. */
export function PrintButton({ label = "Print or save as PDF" }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print bg-button text-white font-semibold px-4 py-2 rounded-nhs shadow-[0_4px_0_var(--color-button-shadow)] hover:bg-button-hover"
    >
      {label}
    </button>
  );
}
