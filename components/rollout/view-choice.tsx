import { ErrorMessage } from "../forms/fields";
import { errorGroupClass } from "../ui/form-styles";

/**
 * How to read a date (lib/domain/knowledge.ts): as the record stood on it, or with hindsight. A pair of
 * radios named `view` in a GET form, so the choice lives in the address like the date itself.
 */
export function ViewChoice({
  hindsight,
  error = null,
  idPrefix = "view",
  legend = "Read the date",
}: {
  hindsight: boolean;
  error?: string | null;
  idPrefix?: string;
  legend?: string;
}) {
  return (
    <fieldset className={error ? errorGroupClass : ""} aria-describedby={error ? `${idPrefix}-error` : undefined}>
      <legend className="font-semibold mb-1">{legend}</legend>
      <ErrorMessage name={idPrefix} error={error} />
      <div className="flex flex-wrap gap-x-6 gap-y-1">
        <label className="flex items-center gap-2">
          <input id={`${idPrefix}-as-it-stood`} type="radio" name="view" value="as-it-stood" defaultChecked={!hindsight} className="w-6 h-6" />
          As it stood (only what was known then)
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="view" value="hindsight" defaultChecked={hindsight} className="w-6 h-6" />
          With hindsight (everything known now, later facts marked)
        </label>
      </div>
    </fieldset>
  );
}
