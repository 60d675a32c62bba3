import { formatIsoDate } from "@/lib/domain/dates";
import type { AsOfResult } from "@/lib/validation/as-of";
import { ErrorSummary } from "../ui/error-summary";
import { ViewChoice } from "./view-choice";

const KEY_DATES = [
  { date: "2009-01-15", label: "15 January 2009: the halt in force" },
  { date: "2009-02-11", label: "11 February 2009: the decision to resume" },
  { date: "2010-06-01", label: "1 June 2010: after Kingston and St George's" },
];

/**
 * "As of" lives in the URL so that a page, its chart and its CSV agree and a link can be shared.
 * A plain GET form: it works without JavaScript and keeps the other filters as hidden fields.
 */
export function AsOfForm({
  action,
  asOf,
  keep = {},
  summary = true,
}: {
  action: string;
  asOf: AsOfResult & { hindsight?: boolean; viewError?: string | null };
  keep?: Record<string, string | undefined>;
  /** false: the page's own error summary lists the date's errors with its other ones (a page has one summary) */
  summary?: boolean;
}) {
  const hasError = asOf.error !== null;
  const hindsight = asOf.hindsight ?? false;
  const errors = [...(hasError ? [{ href: "#asOf", message: asOf.error! }] : []), ...(asOf.viewError ? [{ href: "#view-as-it-stood", message: asOf.viewError }] : [])];
  return (
    <section aria-labelledby="as-of-heading" className="no-print mb-8">
      {summary && errors.length > 0 ? <ErrorSummary errors={errors} /> : null}
      <form method="get" action={action} className={`bg-white p-4 tablet:p-6 ${hasError ? "border-l-4 border-error" : ""}`}>
        <h2 id="as-of-heading" className="nhs-text-22">Show the record on a date</h2>
        {Object.entries(keep).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
        <div className="flex flex-wrap items-end gap-4">
          <div>
            <label htmlFor="asOf" className="block font-semibold mb-1">
              Date
            </label>
            <p id="asOf-hint" className="text-ink-secondary nhs-text-16 mb-1">
              For example, 2009-02-11
            </p>
            {hasError ? (
              <p id="asOf-error" className="text-error font-semibold mb-1">
                <span className="sr-only">Error:</span> {asOf.error}
              </p>
            ) : null}
            <input
              id="asOf"
              name="asOf"
              type="date"
              min="2000-01-01"
              max="2099-12-31"
              defaultValue={asOf.requested ?? asOf.asOf}
              aria-describedby={`asOf-hint${hasError ? " asOf-error" : ""}`}
              aria-invalid={hasError || undefined}
              className={`border-2 ${hasError ? "border-error" : "border-nhs-grey-1"} bg-white px-2 py-1 nhs-text-19`}
            />
          </div>
          <ViewChoice hindsight={hindsight} error={asOf.viewError ?? null} />
          <button type="submit" className="bg-button text-white font-semibold px-4 py-2 rounded-nhs shadow-[0_4px_0_var(--color-button-shadow)] hover:bg-button-hover">
            Show
          </button>
        </div>
        <p className="mt-4 nhs-text-16">
          Showing the record as of <strong>{formatIsoDate(asOf.asOf)}</strong>
          {hasError ? " (today, because the date in the address could not be read)" : ""}
          {hindsight ? ", with hindsight: everything known now, each fact and source that became known later marked" : ", as it stood: only what was known by then, citing only the sources published by then"}. Key dates:{" "}
          {KEY_DATES.map((k, i) => (
            <span key={k.date}>
              {i > 0 ? " · " : ""}
              <a href={`${action}?${new URLSearchParams({ ...definedOnly(keep), asOf: k.date, ...(hindsight ? { view: "hindsight" } : {}) })}`}>{k.label}</a>
            </span>
          ))}
        </p>
      </form>
    </section>
  );
}

function definedOnly(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
}
