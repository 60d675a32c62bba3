import { ErrorMessage } from "../forms/fields";
import { CERTAINTIES, CERTAINTY_LABEL } from "@/lib/domain/certainty";
import { STATUSES, STATUS_LABEL } from "@/lib/domain/status";
import { certaintySlug, statusSlug, type OverviewQuery } from "@/lib/validation/overview";
import { errorGroupClass, buttonClass } from "@/components/ui/form-styles";

const select = "border-2 border-nhs-grey-1 bg-white px-2 py-1 nhs-text-19";

export function OverviewFilters({ query, configurations }: { query: OverviewQuery; configurations: { code: string; name: string }[] }) {
  const errorFor = (field: string) => query.errors.find((e) => e.field === field)?.message;
  const field = (name: "status" | "configuration" | "certainty", label: string, options: { value: string; label: string }[]) => {
    const error = errorFor(name);
    return (
      <div className={error ? errorGroupClass : undefined}>
        <label htmlFor={`filter-${name}`} className="block font-semibold mb-1">
          {label}
        </label>
        <ErrorMessage name={`filter-${name}`} error={error} />
        <select
          id={`filter-${name}`}
          name={name}
          defaultValue={query.params[name] ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `filter-${name}-error` : undefined}
          className={select}
        >
          <option value="">All</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  };
  return (
    <form method="get" action="/" className="no-print bg-white p-4 tablet:p-6 mb-6" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="nhs-text-22">
        Filter the go-lives
      </h2>
      <input type="hidden" name="asOf" value={query.asOf.asOf} />
      {query.asOf.hindsight ? <input type="hidden" name="view" value="hindsight" /> : null}
      <div className="flex flex-wrap items-end gap-6">
        {field(
          "status",
          "Status",
          STATUSES.map((s) => ({ value: statusSlug(s), label: STATUS_LABEL[s] })),
        )}
        {field(
          "configuration",
          "Configuration",
          configurations.map((c) => ({ value: c.code, label: c.name })),
        )}
        {field(
          "certainty",
          "Certainty",
          CERTAINTIES.map((c) => ({ value: certaintySlug(c), label: CERTAINTY_LABEL[c] })),
        )}
        <button type="submit" className={buttonClass.secondary}>
          Apply filters
        </button>
        <a href={`/?asOf=${query.asOf.asOf}${query.asOf.hindsight ? "&view=hindsight" : ""}`} className="py-2">
          Clear filters
        </a>
      </div>
    </form>
  );
}
