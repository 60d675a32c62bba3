import type { BaselineChoices } from "@/lib/data/baselines";
import { formatIsoDate } from "@/lib/domain/dates";
import { buttonClass } from "@/components/ui/form-styles";
import { Options, type Option } from "../forms/fields";

/** The baselines kept, as choices of a comparison ("baseline:<key>"), each with the day it keeps. */
export function baselineOptions(baselines: BaselineChoices["baselines"]): Option[] {
  return baselines.map((b) => ({ value: `baseline:${b.key}`, label: `${b.name} (${formatIsoDate(b.takenAsOf)})` }));
}

/** The record on the day before each halt, as choices of a comparison ("on:<day>"). */
export function derivedBaselineOptions(derived: BaselineChoices["derived"]): Option[] {
  return derived.map((d) => ({ value: `on:${d.on}`, label: `${d.name} (${formatIsoDate(d.on)})` }));
}

/**
 * "Compare these plans with a baseline", offered on the pages that show plans: a GET form to
 * /board/compare with the page's date. The choices are the baselines kept and the record on the
 * day before each halt.
 */
export function BaselineCompareForm({ choices: { baselines, derived }, asOf }: { choices: BaselineChoices; asOf: string | null }) {
  if (baselines.length === 0 && derived.length === 0) return null;
  return (
    <form method="get" action="/board/compare" aria-labelledby="compare-baseline-heading" className="bg-white p-4 tablet:p-6 mb-10 no-print">
      <h2 id="compare-baseline-heading" className="nhs-text-22">
        Compare these plans with a baseline
      </h2>
      {asOf ? <input type="hidden" name="asOf" value={asOf} /> : null}
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="compare-choice" className="block font-semibold mb-1">
            Baseline
          </label>
          <select id="compare-choice" name="choice" className="border-2 border-nhs-grey-1 bg-white px-2 py-1 nhs-text-19 max-w-full">
            <Options options={baselineOptions(baselines)} />
            <Options options={derivedBaselineOptions(derived)} />
          </select>
        </div>
        <button type="submit" className={buttonClass.primary}>
          Compare
        </button>
      </div>
      <p className="nhs-text-16 text-ink-secondary mt-2 mb-0">
        Slip per go-live in days, re-plans since and who announced them{asOf ? `, as the record stood on ${formatIsoDate(asOf)}` : ""}.
      </p>
    </form>
  );
}
