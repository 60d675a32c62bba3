import { formatIsoDate } from "@/lib/domain/dates";
import { asOfInputParts, type AsOfResult } from "@/lib/validation/as-of";
import { DAY_NEEDED } from "@/lib/validation/date-input";
import { DateInput, dateErrorHref } from "../forms/date-input";
import { ErrorSummary, type ErrorItem } from "../ui/error-summary";
import { buttonClass } from "../ui/form-styles";
import { ViewChoice } from "./view-choice";

const KEY_DATES = [
  { date: "2009-01-15", label: "15 January 2009: the halt in force" },
  { date: "2009-02-11", label: "11 February 2009: the decision to resume" },
  { date: "2010-06-01", label: "1 June 2010: after Kingston and St George's" },
];

/** The date's and the view's errors, for a page that lists them in its own error summary (one summary a page). */
export function asOfErrorItems(asOf: AsOfResult & { viewError?: string | null }): ErrorItem[] {
  return [
    ...(asOf.error ? [{ href: dateErrorHref(asOfDateFields(asOf), "asOf", DAY_NEEDED), message: asOf.error }] : []),
    ...(asOf.viewError ? [{ href: "#view-as-it-stood", message: asOf.viewError }] : []),
  ];
}

/** The date input's three fields as the address gave them (or the date shown). */
export function asOfDateFields(asOf: AsOfResult): Record<string, string> {
  const parts = asOfInputParts(asOf);
  return { "asOf-day": parts.day, "asOf-month": parts.month, "asOf-year": parts.year };
}

/**
 * "As of" lives in the URL so that a page, its chart and its CSV agree and a link can be shared.
 * A plain GET form: it works without JavaScript and keeps the other filters as hidden fields. The date is the
 * NHS date input; proxy.ts turns a real date into ?asOf=YYYY-MM-DD, the form links and bookmarks use.
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
  /** false: the page's own error summary lists the date's errors (asOfErrorItems) with its other ones (a page has one summary) */
  summary?: boolean;
}) {
  const hindsight = asOf.hindsight ?? false;
  const errors = asOfErrorItems(asOf);
  return (
    <section aria-labelledby="as-of-heading" className="no-print mb-8">
      {summary && errors.length > 0 ? <ErrorSummary errors={errors} /> : null}
      <form method="get" action={action} className="bg-white p-4 tablet:p-6">
        <h2 id="as-of-heading" className="nhs-text-22">
          Show the record on a date
        </h2>
        {Object.entries(keep).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
        <div className="flex flex-wrap items-end gap-x-8 gap-y-4">
          <DateInput name="asOf" legend="Date" error={asOf.error} fields={asOfDateFields(asOf)} rules={DAY_NEEDED} spacing="mb-0" />
          <ViewChoice hindsight={hindsight} error={asOf.viewError ?? null} />
          <button type="submit" className={buttonClass.primary}>
            Show
          </button>
        </div>
        <p className="mt-4 nhs-text-16">
          Showing the record as of <strong>{formatIsoDate(asOf.asOf)}</strong>
          {asOf.error ? " (today, because the date asked for could not be read)" : ""}
          {hindsight
            ? ", with hindsight: everything known now, each fact and source that became known later marked"
            : ", as it stood: only what was known by then, citing only the sources published by then"}
          . Key dates:{" "}
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
