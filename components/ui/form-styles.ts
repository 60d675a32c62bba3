// The NHS button and error-field classes (DESIGN.md: buttons, error message), in one place: a form or a
// page takes its button and its error marks from here rather than writing the classes again.

const buttonBase = "font-semibold px-4 py-2 rounded-nhs disabled:opacity-60";

/** Green primary (one a page), blue-outlined secondary, red warning (only to confirm what cannot be undone). */
export const buttonClass = {
  primary: `${buttonBase} bg-button text-white shadow-[0_4px_0_var(--color-button-shadow)] hover:bg-button-hover`,
  secondary: `${buttonBase} border-2 border-nhs-blue text-nhs-blue bg-white shadow-[0_4px_0_var(--color-nhs-blue)] hover:bg-[#d9e7f4]`,
  warning: `${buttonBase} bg-nhs-red text-white shadow-[0_4px_0_#6b140e] hover:bg-[#aa2016]`,
} as const;

/** A link styled as the primary button (a "start" link). */
export const buttonLinkClass = `inline-block no-underline hover:text-white ${buttonClass.primary}`;

/** The form group of a field with an error: the 4px red left border. */
export const errorGroupClass = "border-l-4 border-error pl-4";

/** The error message beside the field: red bold, after a hidden "Error:". */
export const errorMessageClass = "text-error font-semibold mb-2";

/** A text input's, select's or textarea's 2px border: red when it has an error. */
export function inputBorderClass(hasError: boolean): string {
  return hasError ? "border-error" : "border-nhs-grey-1";
}

/** Text inputs and selects, 2px bordered, at body size. */
export const inputClass = "border-2 bg-white px-2 py-1 nhs-text-19";
