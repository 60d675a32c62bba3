import type { Metadata } from "next";
import Link from "next/link";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Tag } from "@/components/ui/tag";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listAuditEvents, listAuditFilterOptions, type AuditTrailEntry } from "@/lib/data/audit";
import { auditSearch, parseAuditQuery, type AuditField, type AuditQuery } from "@/lib/validation/audit";
import type { SearchParams } from "@/lib/validation/overview";
import { FieldChanges } from "@/components/audit/field-changes";
import { AddressDateInput, addressDateErrorHref } from "@/components/forms/address-date-input";
import { firstValue } from "@/lib/validation/search-params";
import { actionInWords } from "@/lib/domain/audit-actions";
import { recordKindInWords } from "@/lib/domain/record-names";
import { td } from "@/components/ui/table-styles";
import { DataTable } from "@/components/ui/data-table";
import { buttonClass } from "@/components/ui/form-styles";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parseAuditQuery(await searchParams);
  return { title: `${query.errors.length ? "Error: " : ""}Audit trail` };
}

const input = "border-2 bg-white px-2 py-1 nhs-text-19";

const when = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", {
    timeZone: "Europe/London",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });

function Filters({ query, typed, actions, entities }: { query: AuditQuery; typed: TypedDates; actions: string[]; entities: string[] }) {
  const errorFor = (field: AuditField) => query.errors.find((e) => e.field === field)?.message;
  const frame = (name: AuditField, label: string, control: (describedBy: string | undefined, invalid: boolean) => React.ReactNode) => {
    const error = errorFor(name);
    return (
      <div className={error ? "border-l-4 border-error pl-3" : undefined}>
        <label htmlFor={`filter-${name}`} className="block font-semibold mb-1">
          {label}
        </label>
        {error ? (
          <p id={`filter-${name}-error`} className="text-error font-semibold mb-1">
            <span className="sr-only">Error:</span> {error}
          </p>
        ) : null}
        {control(error ? `filter-${name}-error` : undefined, Boolean(error))}
      </div>
    );
  };
  const select = (name: "action" | "entity" | "outcome", label: string, options: { value: string; label: string }[]) =>
    frame(name, label, (describedBy, invalid) => (
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={query.params[name] ?? ""}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        className={`${input} ${invalid ? "border-error" : "border-nhs-grey-1"}`}
      >
        <option value="">All</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    ));
  const text = (name: "actor", label: string) =>
    frame(name, label, (describedBy, invalid) => (
      <input
        id={`filter-${name}`}
        name={name}
        type="text"
        defaultValue={query.params[name] ?? ""}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        className={`${input} w-72 ${invalid ? "border-error" : "border-nhs-grey-1"}`}
      />
    ));
  return (
    <form method="get" action="/admin/audit" className="no-print bg-white p-4 tablet:p-6 mb-6" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="nhs-text-22">
        Filter the changes
      </h2>
      <div className="flex flex-wrap items-end gap-6">
        {text("actor", "Who (email address, or part of it)")}
        {select(
          "action",
          "What",
          actions.map((a) => ({ value: a, label: actionInWords(a) })),
        )}
        {select(
          "entity",
          "Kind of record",
          entities.map((e) => ({ value: e, label: recordKindInWords(e) })).sort((a, b) => a.label.localeCompare(b.label)),
        )}
        {select("outcome", "Outcome", [
          { value: "APPLIED", label: "Saved" },
          { value: "CONFLICT", label: "Refused: someone else had changed it" },
        ])}
        {RANGE.map((d) => (
          <AddressDateInput key={d.name} {...d} error={errorFor(d.name)} value={typed[d.name]} spacing="mb-0" />
        ))}
        <button type="submit" className={buttonClass.secondary}>
          Apply filters
        </button>
        <a href="/admin/audit" className="py-2">
          Clear filters
        </a>
      </div>
    </form>
  );
}

/** An email address that wraps, if it must, after the @ and at dots: never a letter at a time. */
function WhoCell({ email }: { email: string }) {
  const at = email.indexOf("@");
  if (at < 0) return <span className="break-words">{email}</span>;
  return (
    <span className="break-words">
      {email.slice(0, at)}
      <wbr />@
      {email
        .slice(at + 1)
        .split(".")
        .map((part, i) =>
          i === 0 ? (
            part
          ) : (
            <span key={i}>
              <wbr />.{part}
            </span>
          ),
        )}
    </span>
  );
}

/** The record a change was to, in words; an account that is still there links to its page. */
function RecordCell({ entry }: { entry: AuditTrailEntry }) {
  const { text, found } = entry.record;
  if (found && entry.entityId && (entry.entity === "User" || entry.entity === "UserVisit"))
    return <Link href={`/admin/users/${encodeURIComponent(entry.entityId)}`}>{text}</Link>;
  return <>{text}</>;
}

/** The dates in the address as typed (a real date, or the parts typed when they were not one), for the date inputs. */
type TypedDates = { from?: string; to?: string };

const RANGE_HINT = "The day in London time. For example, 25 11 2026";
const RANGE = [
  { name: "from", legend: "From date", hint: RANGE_HINT },
  { name: "to", legend: "To date", hint: RANGE_HINT },
] as const;

export default async function AuditPage({ searchParams }: Props) {
  const actor = await requirePageActor("audit.read-all");
  const raw = await searchParams;
  const query = parseAuditQuery(raw);
  const typed: TypedDates = { from: firstValue(raw.from), to: firstValue(raw.to) };
  const [result, options] = await Promise.all([listAuditEvents(actor, query.filters, query.page), listAuditFilterOptions(actor)]);
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.entries.length - 1;
  return (
    <>
      <h1>Audit trail</h1>
      <p className="mb-6 max-w-reading">
        Every change made through the dashboard, newest first: who made it, when, what it was, and the values before and after. Refused changes are kept too.
      </p>
      {query.errors.length ? (
        <ErrorSummary
          errors={query.errors.map((e) => ({
            href:
              e.field === "page"
                ? "#results-heading"
                : e.field === "from" || e.field === "to"
                  ? addressDateErrorHref(e.field, typed[e.field])
                  : `#filter-${e.field}`,
            message: e.message,
          }))}
        />
      ) : null}
      <Filters query={query} typed={typed} actions={options.actions} entities={options.entities} />
      <section aria-labelledby="results-heading" className="mb-10">
        <h2 id="results-heading" tabIndex={-1}>
          Changes
        </h2>
        <p className="mb-4" role="status">
          {result.total === 0
            ? "No changes match these filters."
            : result.entries.length === 0
              ? `There is no page ${result.page}: ${result.total.toLocaleString("en-GB")} changes match these filters.`
              : `Showing ${first.toLocaleString("en-GB")} to ${last.toLocaleString("en-GB")} of ${result.total.toLocaleString("en-GB")} changes.`}
        </p>
        {can(actor, "audit.export") ? (
          <p className="mb-4 no-print">
            <a href={`/exports/audit.csv${auditSearch(query.params)}`} download>
              Download these changes as CSV
            </a>
            {" · "}
            <a href={`/exports/audit.xlsx${auditSearch(query.params)}`} download>
              Download these changes as Excel
            </a>
          </p>
        ) : null}
        {result.entries.length ? (
          <DataTable
            scroll="Changes, newest first"
            className="min-w-[64rem]"
            caption="Changes, newest first"
            captionClassName="sr-only"
            columns={["When", "Who", "What", "Record", "Outcome", "What changed"]}
          >
            {result.entries.map((e) => (
              <tr key={e.id}>
                <td className={`${td} whitespace-nowrap`}>{when(e.occurredAt)}</td>
                <td className={`${td} min-w-[14rem]`}>
                  <WhoCell email={e.actor} />
                </td>
                <td className={td}>{actionInWords(e.action)}</td>
                <td className={`${td} break-words`}>
                  <RecordCell entry={e} />
                </td>
                <td className={td}>{e.outcome === "CONFLICT" ? <Tag tone="orange">Refused</Tag> : <Tag tone="green">Saved</Tag>}</td>
                <td className={td}>
                  <FieldChanges before={e.before} after={e.after} names={e.names} />
                </td>
              </tr>
            ))}
          </DataTable>
        ) : null}
        {result.hasPrevious || result.hasNext ? (
          <nav aria-label="Pages of changes" className="mt-6 flex justify-between gap-4 no-print">
            {result.hasPrevious ? (
              <Link href={`/admin/audit${auditSearch(query.params, result.page - 1)}`} rel="prev">
                Previous<span className="sr-only"> page of changes</span>
              </Link>
            ) : (
              <span />
            )}
            {result.hasNext ? (
              <Link href={`/admin/audit${auditSearch(query.params, result.page + 1)}`} rel="next">
                Next<span className="sr-only"> page of changes</span>
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </>
  );
}
