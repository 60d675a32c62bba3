// The NHS date input (DESIGN.md, SM/components/date-input): a fieldset whose legend is the question, a hint,
// then Day, Month and Year fields typed as numbers. Every form that takes a date uses it, the action forms
// and the "as of" GET form alike; lib/validation/date-input.ts reads what was typed.
import { DATE_PARTS, datePartsOf, readDateInput, type DatePart, type DateRules } from "@/lib/validation/date-input";
import { inputBorderClass, inputClass } from "../ui/form-styles";
import { describedBy, ErrorMessage, FormGroup, Hint } from "./fields";

export const DATE_EXAMPLE_HINT = "For example, 11 2 2009";

const PART_LABEL: Record<DatePart, string> = { day: "Day", month: "Month", year: "Year" };
const PART_WIDTH: Record<DatePart, string> = { day: "w-16", month: "w-16", year: "w-24" };

/**
 * The parts to mark red: the ones the reader finds wrong in what was typed, or all three when the date reads
 * but breaks a rule of the form ("must be today or in the past").
 */
export function wrongDateParts(fields: Record<string, string | string[] | undefined>, name: string, rules?: DateRules): DatePart[] {
  const read = readDateInput(datePartsOf(fields, name), "Date", rules);
  return "error" in read ? read.parts : [...DATE_PARTS];
}

/** Where the error summary links for a date: its first wrong part (DESIGN.md: error summary). */
export function dateErrorHref(fields: Record<string, string | string[] | undefined>, name: string, rules?: DateRules): string {
  return `#${name}-${wrongDateParts(fields, name, rules)[0]}`;
}

export function DateInput({
  name,
  legend,
  hint = DATE_EXAMPLE_HINT,
  error,
  fields,
  rules,
  spacing,
}: {
  name: string;
  /** the question, e.g. "Date it went live" */
  legend: string;
  hint?: string;
  error?: string | null;
  /** what the person typed (a form's echoed fields, or the address's), read by the name's three parts */
  fields?: Record<string, string | string[] | undefined>;
  /** the precision the record needs: which parts the person must fill (lib/validation/date-input.ts) */
  rules?: DateRules;
  /** the group's bottom margin (a row of filters sets its own) */
  spacing?: string;
}) {
  const typed = datePartsOf(fields ?? {}, name);
  const wrong = error ? wrongDateParts(fields ?? {}, name, rules) : [];
  return (
    <FormGroup name={name} error={error ?? undefined} spacing={spacing}>
      <fieldset role="group" aria-describedby={describedBy(name, hint, error ?? undefined)}>
        <legend className="font-semibold mb-1">{legend}</legend>
        <Hint name={name} hint={hint} />
        <ErrorMessage name={name} error={error ?? undefined} />
        <div className="flex gap-4">
          {DATE_PARTS.map((part) => (
            <div key={part}>
              <label htmlFor={`${name}-${part}`} className="block mb-1">
                {PART_LABEL[part]}
              </label>
              <input
                id={`${name}-${part}`}
                name={`${name}-${part}`}
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                defaultValue={typed[part]}
                aria-invalid={wrong.includes(part) ? true : undefined}
                className={`${inputClass} ${PART_WIDTH[part]} ${inputBorderClass(wrong.includes(part))}`}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </FormGroup>
  );
}
