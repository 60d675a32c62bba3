// The one skeleton of a list page (payments, problems, sources, contracts, the board's lists): one error
// summary, the title and lead, the "as of" form, the filters, the download links, the page links and the
// table's box. A server component that fetches nothing: the page reads the record and passes what to show.
import { Breadcrumb } from "@/components/ui/breadcrumb";
import type { ReactNode } from "react";
import { HINDSIGHT, type ViewResult } from "@/lib/validation/as-of";
import { PAGE_SIZE } from "@/lib/validation/overview";
import { queryString } from "@/lib/validation/search-params";
import type { TrustListQuery } from "@/lib/validation/trust-list";
import { ErrorMessage, Options } from "../forms/fields";
import { ErrorSummary, type ErrorItem } from "../ui/error-summary";
import { buttonClass, errorGroupClass, inputBorderClass, inputClass } from "../ui/form-styles";
import { Pagination } from "../ui/pagination";
import { TableScroll } from "../ui/table-scroll";
import { AsOfForm, asOfErrorItems } from "./as-of-form";
import { DownloadLinks } from "./download-links";

type PaginationProps = Parameters<typeof Pagination>[0];

/** What a link from a page keeps of its address: the date asked for (unless it could not be read) and the view. */
export function dateParams(asOf: Pick<ViewResult, "error" | "requested" | "hindsight">): { asOf: string | null; view: string | null } {
  return { asOf: asOf.error ? null : asOf.requested, view: asOf.hindsight ? HINDSIGHT : null };
}

/** The page links of a list at `path`, 50 rows a page, whose links keep `params` (the date, the view, the filters). */
export function pageLinks({
  id,
  noun,
  path,
  params,
  shown,
  hash = "",
}: {
  id: string;
  noun: string;
  path: string;
  params: Record<string, string | null | undefined>;
  /** the page shown and how many there are in all */
  shown: { page: number; pageCount: number; total: number };
  /** where on the page a link lands: "#timeline-heading" */
  hash?: string;
}): PaginationProps {
  return {
    id,
    noun,
    page: shown.page,
    pageCount: shown.pageCount,
    total: shown.total,
    pageSize: PAGE_SIZE,
    hrefFor: (page) => `${path}${queryString({ ...params, page: page > 1 ? String(page) : null })}${hash}`,
  };
}

/** A select in a filter form, with its error beside it (ids are the page's: the error summary links to them). */
/** A trust filter's choices: all trusts, then each by name, keyed by its slug. */
export function trustOptions(trusts: readonly { slug: string; name: string }[]) {
  return [{ value: "", label: "All trusts" }, ...trusts.map((t) => ({ value: t.slug, label: t.name }))];
}

export function FilterSelect({
  name,
  id = name,
  label,
  error,
  value,
  options,
}: {
  name: string;
  /** the control's id, where it is not its name */
  id?: string;
  label: string;
  error?: string | null;
  value: string;
  /** the first is the "all" choice, value "" */
  options: { value: string; label: string }[];
}) {
  return (
    <div className={error ? errorGroupClass : undefined}>
      <label htmlFor={id} className="block font-semibold mb-1">
        {label}
      </label>
      <ErrorMessage name={id} error={error ?? undefined} />
      <select
        id={id}
        name={name}
        defaultValue={value}
        className={`${inputClass} ${inputBorderClass(Boolean(error))}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <Options options={options} />
      </select>
    </div>
  );
}

/** A GET form of filters that keeps the page's date and view, with "Apply filters" and, given where it goes, "Clear filters". */
export function FilterForm({
  action,
  heading,
  keep,
  clearHref,
  submitLabel = "Apply filters",
  primary = false,
  children,
}: {
  action: string;
  heading: string;
  /** what the form carries unchanged (the date and view), as hidden fields */
  keep: Record<string, string | null | undefined>;
  clearHref?: string;
  submitLabel?: string;
  /** the form is the page's main one (its one green button) */
  primary?: boolean;
  children: ReactNode;
}) {
  return (
    <form method="get" action={action} className="no-print bg-white p-4 tablet:p-6 mb-6" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="nhs-text-22">
        {heading}
      </h2>
      {Object.entries(keep).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <div className="flex flex-wrap items-end gap-6">
        {children}
        <button type="submit" className={primary ? buttonClass.primary : buttonClass.secondary}>
          {submitLabel}
        </button>
        {clearHref ? (
          <a href={clearHref} className="py-2">
            Clear filters
          </a>
        ) : null}
      </div>
    </form>
  );
}

/**
 * The skeleton. The error summary lists the date's errors, then the page's own (`errors`, in the order its
 * fields stand: filters, then the page links), so a page has one summary in the order of its fields.
 */
export function ListPage({
  breadcrumb,
  title,
  lead,
  notices,
  action,
  asOf,
  keep,
  filters,
  downloads,
  count,
  errors = [],
  pagination,
  tableLabel,
  children,
}: {
  /** the parent page, above the title */
  breadcrumb?: { href: string; label: string };
  title: string;
  lead: ReactNode;
  /** between the lead and the date: a saved banner, an "Add a source" link */
  notices?: ReactNode;
  /** the page's own address, where its forms send */
  action: string;
  /** the page's date and view, with its "as of" form; without it, no form (the trusts take their date from the links to them) */
  asOf?: ViewResult;
  /** the filters the "as of" form keeps */
  keep?: Record<string, string | undefined>;
  filters?: ReactNode;
  /** null when the person may not export */
  downloads?: ReactNode;
  /** above the page links: how many rows there are, or that there are none */
  count?: ReactNode;
  errors?: ErrorItem[];
  pagination?: PaginationProps;
  /** the table's box's name; without it the children lay out their own tables */
  tableLabel?: string;
  children: ReactNode;
}) {
  const summary = [...(asOf ? asOfErrorItems(asOf) : []), ...errors];
  return (
    <>
      {summary.length ? <ErrorSummary errors={summary} /> : null}
      {breadcrumb ? <Breadcrumb trail={[breadcrumb]} /> : null}
      <h1>{title}</h1>
      {typeof lead === "string" ? <p className="nhs-text-22 max-w-reading mb-8">{lead}</p> : lead}
      {notices}
      {asOf ? <AsOfForm action={action} asOf={asOf} keep={keep} summary={false} /> : null}
      {filters}
      {downloads}
      {count}
      {pagination ? <Pagination {...pagination} /> : null}
      {tableLabel ? <TableScroll label={tableLabel}>{children}</TableScroll> : children}
    </>
  );
}

/**
 * A list of the record filtered by trust (payments, problems): the skeleton with its trust filter, its two
 * exports and its page links worked out from the page's address, so such a page is its table.
 */
export function TrustListPage({
  path,
  exportPath,
  alsoExports = [],
  title,
  lead,
  noun,
  query,
  trusts,
  shown,
  children,
}: {
  /** the page's address, "/payments" */
  path: string;
  /** the export's address without its extension, "/exports/payments"; null when the person may not export */
  exportPath: string | null;
  /** other exports the page offers for the same date and trust, each with its label ("Acceptances") */
  alsoExports?: { label: string; path: string }[];
  title: string;
  lead: ReactNode;
  /** the rows, plural: "payments" */
  noun: string;
  /** the page's address, read by parseTrustListQuery */
  query: TrustListQuery;
  trusts: { slug: string; name: string }[];
  /** the page of rows shown (pageOf) and how many there are in all */
  shown: { page: number; pageCount: number; total: number };
  children: ReactNode;
}) {
  const { asOf, trustError } = query;
  const trust = query.filters.trust;
  const date = dateParams(asOf);
  const pagesId = `${noun.replace(/s$/, "")}-pages`;
  return (
    <ListPage
      title={title}
      lead={lead}
      action={path}
      asOf={asOf}
      keep={{ trust }}
      errors={[
        ...(trustError ? [{ href: "#filter-trust", message: trustError }] : []),
        ...(query.page.error ? [{ href: `#${pagesId}`, message: query.page.error }] : []),
      ]}
      filters={
        <FilterForm action={path} heading={`Filter the ${noun}`} keep={date} clearHref={`${path}${queryString(date)}`}>
          <FilterSelect id="filter-trust" name="trust" label="Trust" error={trustError} value={trust ?? ""} options={trustOptions(trusts)} />
        </FilterForm>
      }
      downloads={
        exportPath ? (
          <DownloadLinks
            groups={[{ label: title, path: exportPath }, ...alsoExports].map((g) => ({
              ...g,
              label: alsoExports.length ? g.label : undefined,
              query: queryString({ ...date, trust }),
            }))}
            note="the same date and filters"
          />
        ) : null
      }
      pagination={pageLinks({ id: pagesId, noun, path, params: { ...date, trust }, shown })}
      tableLabel={noun.charAt(0).toUpperCase() + noun.slice(1)}
    >
      {children}
    </ListPage>
  );
}
