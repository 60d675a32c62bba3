import { ViewChoice } from "@/components/rollout/view-choice";
import type { BaselineSummary } from "@/lib/data/baselines";
import { baselineOptions, derivedBaselineOptions } from "@/components/rollout/baseline-compare-form";
import { errorGroupClass, buttonClass, inputBorderClass, inputClass } from "@/components/ui/form-styles";
import { ErrorMessage, Options } from "@/components/forms/fields";
import { AddressDateInput } from "@/components/forms/address-date-input";

/** The record on a date, as the baseline, and the date of the record it is compared with. */
const COMPARE_DATES = [
  { name: "on", legend: "Or the record on this date", hint: "Leave empty when you chose a baseline above. For example, 30 9 2008" },
  { name: "asOf", legend: "With the record on", hint: "Leave empty for today" },
] as const;

/**
 * Choose what to compare: a kept baseline, or the record on a date (the day before each halt is
 * offered), against the record on another date. A plain GET form: the comparison is a link.
 */
export function CompareForm({
  baselines,
  derived,
  selected,
}: {
  baselines: BaselineSummary[];
  derived: { on: string; name: string }[];
  selected?: { baseline?: string; on?: string; asOf?: string; hindsight?: boolean; errors?: { field: string; message: string }[] };
}) {
  const hindsight = selected?.hindsight ?? false;
  const error = (field: string) => selected?.errors?.find((e) => e.field === field)?.message;
  const choice = selected?.baseline ? `baseline:${selected.baseline}` : selected?.on && derived.some((d) => d.on === selected.on) ? `on:${selected.on}` : "";
  const typedOn = selected?.on && !derived.some((d) => d.on === selected.on) ? selected.on : "";
  return (
    <form method="get" action="/board/compare" className="bg-white p-4 tablet:p-6 mb-10 no-print">
      <h2 className="nhs-text-22">Compare with a baseline</h2>
      <div id="baseline-group" className={`mb-4 ${error("baseline") ? errorGroupClass : ""}`}>
        <label htmlFor="baseline" className="block font-semibold mb-1">
          Baseline
        </label>
        <ErrorMessage name="baseline" error={error("baseline")} />
        <select
          id="baseline"
          name="choice"
          defaultValue={choice}
          className={`${inputClass} ${inputBorderClass(Boolean(error("baseline")))} max-w-full`}
          aria-describedby={error("baseline") ? "baseline-error" : undefined}
        >
          <option value="">The record on the date below</option>
          {baselines.length > 0 ? <Options group="Baselines kept" options={baselineOptions(baselines)} /> : null}
          {derived.length > 0 ? <Options group="The record just before a halt" options={derivedBaselineOptions(derived)} /> : null}
        </select>
      </div>
      {COMPARE_DATES.map((d) => (
        <AddressDateInput key={d.name} {...d} error={error(d.name)} value={d.name === "on" ? typedOn : selected?.asOf} spacing="mb-4" />
      ))}
      <div className="mb-4">
        <ViewChoice hindsight={hindsight} legend="Read the dates" />
      </div>
      <button type="submit" className={buttonClass.primary}>
        Compare
      </button>
    </form>
  );
}
