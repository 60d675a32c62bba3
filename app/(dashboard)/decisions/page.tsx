import type { Metadata } from "next";
import Link from "next/link";
import { DECISION_KIND, DecisionLog } from "@/components/rollout/decision-log";
import { DownloadLinks } from "@/components/rollout/download-links";
import { dateParams, FilterForm, FilterSelect, ListPage, pageLinks } from "@/components/rollout/list-page";
import { Secondary } from "@/components/ui/secondary";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listDecisionPage, listTrusts } from "@/lib/data/lists";
import { queryString, searchParamsOf } from "@/lib/validation/search-params";
import { formatIsoDate } from "@/lib/domain/dates";
import { DECISION_KIND_SLUGS, parseDecisionFilters } from "@/lib/exports/definitions/decisions";
import { parseView } from "@/lib/validation/as-of";
import { parsePage, type SearchParams } from "@/lib/validation/overview";

type Props = { searchParams: Promise<SearchParams> };

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
  const date = dateParams(asOf);
  const filterSelect = (name: "kind" | "trust", label: string, all: string, options: { value: string; label: string }[]) => (
    <FilterSelect
      id={`filter-${name}`}
      name={name}
      label={label}
      error={errorFor(name)}
      value={filters[name] ?? ""}
      options={[{ value: "", label: all }, ...options]}
    />
  );
  return (
    <ListPage
      title="Decision log"
      lead="The programme’s halts, resumes, recommendations and announcements, newest first, each with who took it, what it covered, why, and the source that reports it."
      notices={
        can(actor, "decision.record") ? (
          <p className="mb-8 no-print">
            <Link href="/decisions/new" className="font-semibold">
              Record a decision
            </Link>
          </p>
        ) : null
      }
      action="/decisions"
      asOf={asOf}
      keep={{ kind: filters.kind, trust: filters.trust }}
      errors={fieldErrors}
      filters={
        <FilterForm action="/decisions" heading="Filter the decisions" keep={date} clearHref={`/decisions${queryString(date)}`}>
          {filterSelect(
            "kind",
            "Kind of decision",
            "All kinds",
            DECISION_KIND_SLUGS.map((k) => ({ value: k, label: DECISION_KIND[k.toUpperCase() as keyof typeof DECISION_KIND].label })),
          )}
          {filterSelect(
            "trust",
            "Trust covered",
            "All trusts",
            trusts.map((t) => ({ value: t.slug, label: t.name })),
          )}
        </FilterForm>
      }
      downloads={
        can(actor, "rollout.export") ? (
          <DownloadLinks
            groups={[{ path: "/exports/decisions", query: queryString({ ...date, kind: filters.kind, trust: filters.trust }) }]}
            note="the same date and filters"
          />
        ) : null
      }
      count={
        <>
          <p className="mb-4">
            {shown.total} {shown.total === 1 ? "decision" : "decisions"} taken by {formatIsoDate(asOf.asOf)}
            {filters.trust ? ` covering ${trusts.find((t) => t.slug === filters.trust)?.name ?? "the chosen trust"}` : ""}.
          </p>
          {shown.total === 0 ? (
            <p>
              <Secondary>No decision matches these filters.</Secondary>
            </p>
          ) : null}
        </>
      }
      pagination={pageLinks({
        id: "decision-pages",
        noun: "decisions",
        path: "/decisions",
        params: { ...date, kind: filters.kind, trust: filters.trust },
        shown,
      })}
    >
      <DecisionLog decisions={shown.rows} record={shown.record} asOf={asOf.asOf} linkAsOf={date.asOf} />
    </ListPage>
  );
}
