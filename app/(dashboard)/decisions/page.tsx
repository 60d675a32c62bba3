import type { Metadata } from "next";
import Link from "next/link";
import { AsOfForm } from "@/components/rollout/as-of-form";
import { DECISION_KIND, DecisionLog } from "@/components/rollout/decision-log";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Secondary } from "@/components/ui/secondary";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listDecisionPage, listTrusts } from "@/lib/data/lists";
import { queryString, searchParamsOf } from "@/lib/validation/search-params";
import { formatIsoDate } from "@/lib/domain/dates";
import { DECISION_KIND_SLUGS, parseDecisionFilters } from "@/lib/exports/definitions/decisions";
import { parseView } from "@/lib/validation/as-of";
import { PAGE_SIZE, parsePage, type SearchParams } from "@/lib/validation/overview";
import { Pagination } from "@/components/ui/pagination";
import { errorGroupClass, buttonClass } from "@/components/ui/form-styles";
import { ErrorMessage } from "@/components/forms/fields";

type Props = { searchParams: Promise<SearchParams> };

const select = "border-2 border-nhs-grey-1 bg-white px-2 py-1 nhs-text-19";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { errors } = parseDecisionFilters(searchParamsOf(await searchParams));
  return { title: `${errors.length ? "Error: " : ""}Decision log` };
}

export default async function DecisionsPage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const params = searchParamsOf(await searchParams);
  const asOf = parseView(params.get("asOf") ?? undefined, params.get("view") ?? undefined);
  // the same filters as the decisions export: taken by the date, of a kind, covering a trust
  const { filters, errors } = parseDecisionFilters(params);
  const errorFor = (field: "kind" | "trust") => errors.find((e) => e.startsWith(`${field}: `))?.slice(field.length + 2);
  const requested = parsePage(params.getAll("page"));
  const fieldErrors = [
    ...(["kind", "trust"] as const).flatMap((field) => {
      const message = errorFor(field);
      return message ? [{ href: `#filter-${field}`, message }] : [];
    }),
    ...(requested.error ? [{ href: "#decision-pages", message: requested.error }] : []),
  ];
  // With hindsight every decision counts from when it took effect, not from when it became known.
  const [shown, trusts] = await Promise.all([listDecisionPage(actor, filters, requested.page), listTrusts(actor)]);
  const asOfParam = asOf.error ? null : asOf.requested;
  const exportQuery = queryString({ asOf: asOfParam, view: asOf.hindsight ? "hindsight" : null, kind: filters.kind, trust: filters.trust });
  const field = (name: "kind" | "trust", label: string, all: string, options: { value: string; label: string }[]) => {
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
          defaultValue={filters[name] ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `filter-${name}-error` : undefined}
          className={select}
        >
          <option value="">{all}</option>
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
    <>
      {fieldErrors.length ? <ErrorSummary errors={fieldErrors} /> : null}
      <h1>Decision log</h1>
      <p className="nhs-text-22 max-w-reading mb-8">
        The programme&rsquo;s halts, resumes, recommendations and announcements, newest first, each with who took it, what it covered, why, and the source that
        reports it.
      </p>
      {can(actor, "decision.record") ? (
        <p className="mb-8 no-print">
          <Link href="/decisions/new" className="font-semibold">
            Record a decision
          </Link>
        </p>
      ) : null}
      <AsOfForm action="/decisions" asOf={asOf} keep={{ kind: filters.kind, trust: filters.trust }} />
      <form method="get" action="/decisions" className="no-print bg-white p-4 tablet:p-6 mb-6" aria-labelledby="filters-heading">
        <h2 id="filters-heading" className="nhs-text-22">
          Filter the decisions
        </h2>
        {asOfParam ? <input type="hidden" name="asOf" value={asOfParam} /> : null}
        {asOf.hindsight ? <input type="hidden" name="view" value="hindsight" /> : null}
        <div className="flex flex-wrap items-end gap-6">
          {field(
            "kind",
            "Kind of decision",
            "All kinds",
            DECISION_KIND_SLUGS.map((k) => ({ value: k, label: DECISION_KIND[k.toUpperCase() as keyof typeof DECISION_KIND].label })),
          )}
          {field(
            "trust",
            "Trust covered",
            "All trusts",
            trusts.map((t) => ({ value: t.slug, label: t.name })),
          )}
          <button type="submit" className={buttonClass.secondary}>
            Apply filters
          </button>
          <a href={`/decisions${queryString({ asOf: asOfParam, view: asOf.hindsight ? "hindsight" : null })}`} className="py-2">
            Clear filters
          </a>
        </div>
      </form>
      {can(actor, "rollout.export") ? (
        <p className="mb-6 no-print">
          <a href={`/exports/decisions.csv${exportQuery}`} download>
            Download as CSV
          </a>
          {" · "}
          <a href={`/exports/decisions.xlsx${exportQuery}`} download>
            Download as Excel
          </a>{" "}
          <span className="text-ink-secondary nhs-text-16">(the same date and filters)</span>
        </p>
      ) : null}
      <p className="mb-4">
        {shown.total} {shown.total === 1 ? "decision" : "decisions"} taken by {formatIsoDate(asOf.asOf)}
        {filters.trust ? ` covering ${trusts.find((t) => t.slug === filters.trust)?.name ?? "the chosen trust"}` : ""}.
      </p>
      {shown.total === 0 ? (
        <p>
          <Secondary>No decision matches these filters.</Secondary>
        </p>
      ) : null}
      <Pagination
        id="decision-pages"
        page={shown.page}
        pageCount={shown.pageCount}
        total={shown.total}
        pageSize={PAGE_SIZE}
        noun="decisions"
        hrefFor={(page) =>
          `/decisions${queryString({ asOf: asOfParam, view: asOf.hindsight ? "hindsight" : null, kind: filters.kind, trust: filters.trust, page: page > 1 ? String(page) : null })}`
        }
      />
      <DecisionLog decisions={shown.rows} record={shown.record} asOf={asOf.asOf} linkAsOf={asOfParam} />
    </>
  );
}
