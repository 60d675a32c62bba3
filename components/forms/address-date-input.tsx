// The NHS date input of a GET form (the board pack's dates, the comparison's, the timeline's): a day, read from the
// address as proxy.ts leaves it (YYYY-MM-DD, or the parts typed when they were not a date; lib/validation/as-of.ts).
import { addressDateFields } from "@/lib/validation/as-of";
import { DAY_NEEDED } from "@/lib/validation/date-input";
import { DateInput, dateErrorHref } from "./date-input";

/** Where the error summary links for an address date: its first wrong part. */
export function addressDateErrorHref(name: string, value: string | null | undefined): string {
  return dateErrorHref(addressDateFields(name, value), name, DAY_NEEDED);
}

export function AddressDateInput({
  name,
  legend,
  hint,
  error,
  value,
  spacing,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string | null;
  /** the date in the address, or the parts typed */
  value: string | null | undefined;
  spacing?: string;
}) {
  return <DateInput name={name} legend={legend} hint={hint} error={error} fields={addressDateFields(name, value)} rules={DAY_NEEDED} spacing={spacing} />;
}
