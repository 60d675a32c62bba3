import { ViewChoice } from "@/components/rollout/view-choice";
import type { BaselineSummary } from "@/lib/data/baselines";
import { zoomPresets } from "@/lib/domain/board-timeline";
import { formatIsoDate } from "@/lib/domain/dates";
import { MAX_BASELINES, type BoardTimelineField } from "@/lib/validation/board-timeline";
import { buttonClass, errorGroupClass } from "@/components/ui/form-styles";
import { ErrorMessage, Options } from "@/components/forms/fields";
import { AddressDateInput } from "@/components/forms/address-date-input";

const input = "border-2 border-nhs-grey-1 bg-white px-2 py-1 nhs-text-19";

/**
 * The date shown in "The record on another date": the one typed (`onDate`), else a date asked for by an address
 * (`on`) that is not a halt's checkbox; a date input's parts when they were not a date.
 */
const CUSTOM_RANGE = [
  { name: "from", legend: "First day", hint: "For example, 1 10 2008" },
  { name: "to", legend: "Last day", hint: "For example, 1 10 2008" },
] as const;

export function otherDateOf(params: { on: string[]; onDate?: string }, derived: { on: string }[]): string {
  return params.onDate ?? params.on.find((d) => !derived.some((x) => x.on === d)) ?? "";
}

/**
 * Choose the baselines (kept ones, and the record the day before each halt, or on any date) and the
 * period: a plain GET form, so a timeline is a link the board can pass round.
 */
export function TimelineForm({
  stored,
  derived,
  chosen,
  zoom,
  params,
  hindsight = false,
  errors,
}: {
  stored: BaselineSummary[];
  derived: { on: string; name: string }[];
  chosen: { baselineKeys: string[]; onDates: string[] };
  zoom: string;
  params: { from?: string; to?: string; on: string[]; onDate?: string };
  /** read the record's dates with hindsight: kept through the form */
  hindsight?: boolean;
  errors: { field: BoardTimelineField; message: string }[];
}) {
  const err = (field: BoardTimelineField) => errors.find((e) => e.field === field)?.message;
  const group = (field: BoardTimelineField) => `mb-6 ${err(field) ? errorGroupClass : ""}`;
  const errorText = (field: BoardTimelineField) => <ErrorMessage name={field} error={err(field)} />;
  const describedBy = (field: BoardTimelineField, hint?: string) => [hint, err(field) ? `${field}-error` : null].filter(Boolean).join(" ") || undefined;
  const otherOn = otherDateOf(params, derived);
  const { programme, years, quarters } = zoomPresets();
  const isCustom = zoom === "custom" || errors.some((e) => e.field === "from" || e.field === "to");
  const checkbox = (id: string | undefined, name: string, value: string, checked: boolean, text: string) => (
    <div key={`${name}:${value}`} className="flex items-start gap-2 mb-2">
      <input id={id ?? `${name}-${value}`} type="checkbox" name={name} value={value} defaultChecked={checked} className="w-6 h-6 mt-0.5 shrink-0" />
      <label htmlFor={id ?? `${name}-${value}`}>{text}</label>
    </div>
  );
  // The error summary links to the first checkbox.
  const firstValue = stored[0] ? `baseline:${stored[0].key}` : derived[0] ? `on:${derived[0].on}` : null;
  const idOf = (name: string, value: string) => (`${name}:${value}` === firstValue ? "baselines" : undefined);
  return (
    <form method="get" action="/board/timeline" className="bg-white p-4 tablet:p-6 mb-10 print:hidden">
      <fieldset className={group("baselines")} aria-describedby={describedBy("baselines", "baselines-hint")}>
        <legend className="font-semibold nhs-text-22 mb-1">Baselines to show</legend>
        <p id="baselines-hint" className="text-ink-secondary nhs-text-16 mb-2">
          Up to {MAX_BASELINES}: each draws a thin bar for every go-live&apos;s planned date
        </p>
        {errorText("baselines")}
        {stored.length > 0 ? (
          <>
            <p className="font-semibold mb-1">Baselines kept</p>
            {stored.map((b) =>
              checkbox(idOf("baseline", b.key), "baseline", b.key, chosen.baselineKeys.includes(b.key), `${b.name} (${formatIsoDate(b.takenAsOf)})`),
            )}
          </>
        ) : null}
        {derived.length > 0 ? (
          <>
            <p className="font-semibold mb-1 mt-3">The record just before a halt</p>
            {derived.map((d) => checkbox(idOf("on", d.on), "on", d.on, chosen.onDates.includes(d.on), `${d.name} (${formatIsoDate(d.on)})`))}
          </>
        ) : null}
        <div className="mt-3">
          <AddressDateInput
            name="onDate"
            legend="The record on another date"
            hint="Optional: every go-live's plan as the record stood that day. For example, 30 10 2008"
            error={err("onDate")}
            value={otherOn}
            spacing="mb-0"
          />
        </div>
      </fieldset>
      <div className={group("zoom")}>
        <label htmlFor="zoom" className="block font-semibold nhs-text-22 mb-1">
          Period
        </label>
        {errorText("zoom")}
        <select
          id="zoom"
          name="zoom"
          defaultValue={errors.some((e) => e.field === "zoom") ? "all" : isCustom ? "custom" : zoom}
          className={`${input} max-w-full ${err("zoom") ? "border-error" : ""}`}
          aria-invalid={err("zoom") ? true : undefined}
          aria-describedby={describedBy("zoom")}
        >
          <option value={programme.value}>{programme.label}</option>
          <Options group="A year" options={years} />
          <Options group="A quarter" options={quarters} />
          <option value="custom">Custom dates (enter them below)</option>
        </select>
      </div>
      <fieldset className="mb-6">
        <legend className="font-semibold mb-1">Custom dates</legend>
        <p className="text-ink-secondary nhs-text-16 mb-2">Used when the period is &lsquo;Custom dates&rsquo;</p>
        <div className="flex flex-wrap gap-6">
          {CUSTOM_RANGE.map((d) => (
            <AddressDateInput key={d.name} {...d} error={err(d.name)} value={params[d.name]} spacing="mb-0" />
          ))}
        </div>
      </fieldset>
      <div className="mb-4">
        <ViewChoice hindsight={hindsight} legend="Read each date's plans" />
      </div>
      <button type="submit" className={buttonClass.primary}>
        Show the timeline
      </button>
    </form>
  );
}
