import { CERTAINTIES, CERTAINTY_LABEL } from "@/lib/domain/certainty";
import { STATUSES, STATUS_LABEL } from "@/lib/domain/status";
import { certaintySlug, statusSlug, type OverviewQuery } from "@/lib/validation/overview";
import { queryString } from "@/lib/validation/search-params";
import { FilterForm, FilterSelect } from "./list-page";

export function OverviewFilters({ query, configurations }: { query: OverviewQuery; configurations: { code: string; name: string }[] }) {
  // the date shown, even when none was asked for: the filtered list stays on the day it was filtered
  const keep = { asOf: query.asOf.asOf, view: query.asOf.hindsight ? "hindsight" : null };
  const field = (name: "status" | "configuration" | "certainty", label: string, options: { value: string; label: string }[]) => (
    <FilterSelect
      id={`filter-${name}`}
      name={name}
      label={label}
      error={query.errors.find((e) => e.field === name)?.message}
      value={query.params[name] ?? ""}
      options={[{ value: "", label: "All" }, ...options]}
    />
  );
  return (
    <FilterForm action="/" heading="Filter the go-lives" keep={keep} clearHref={`/${queryString(keep)}`}>
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
    </FilterForm>
  );
}
