import type { Metadata } from "next";
import Link from "next/link";
import { MarkSeenForm } from "@/components/forms/mark-seen-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FilterSelect } from "@/components/rollout/list-page";
import { DataTable, RowHead } from "@/components/ui/data-table";
import { Tag } from "@/components/ui/tag";
import { td } from "@/components/ui/table-styles";
import { requirePageActor } from "@/lib/auth/session";
import { changesRange, listChanges } from "@/lib/data/changes";
import { listTrusts } from "@/lib/data/lists";
import { queryString } from "@/lib/validation/search-params";
import { noteVisit } from "@/lib/data/visits";
import { unknownKeyErrors } from "@/lib/exports/named-keys";
import { CHANGE_KINDS, CHANGE_KIND_SLUGS } from "@/lib/domain/changes";
import { formatRecordedAt } from "@/lib/domain/dates";
import { parseChangesQuery } from "@/lib/validation/changes";
import type { SearchParams } from "@/lib/validation/overview";
import { errorGroupClass, buttonClass } from "@/components/ui/form-styles";
import { ErrorMessage } from "@/components/forms/fields";

type Props = { searchParams: Promise<SearchParams> };

const PAGE_SIZE = 50;
const input = "border-2 border-nhs-grey-1 bg-white px-2 py-1 nhs-text-19 w-40";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parseChangesQuery(await searchParams);
  return { title: `${query.errors.length ? "Error: " : ""}What changed` };
}

/** /changes: what was recorded, newest first, since the person last looked or over the days they choose. */
export default async function ChangesPage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const raw = await searchParams;
  const query = parseChangesQuery(raw);
  const previousSeenAt = await noteVisit(actor);
  const range = changesRange(query, previousSeenAt);
  const trusts = await listTrusts(actor);
  if (query.trust && !trusts.some((t) => t.slug === query.trust)) {
    query.errors.push({ field: "trust", message: "Choose a trust from the list" });
    delete query.trust;
    delete query.params.trust;
  }
  if (query.decision && (await unknownKeyErrors(new URLSearchParams({ decision: query.decision }))).length > 0) {
    query.errors.push({ field: "decision", message: "There is no such decision: follow the link from a decision's page" });
    delete query.decision;
    delete query.params.decision;
  }
  const { changes, more } = await listChanges(
    actor,
    { since: range.since ?? undefined, before: range.before ?? undefined, trust: query.trust, decision: query.decision, kind: query.kind },
    { offset: (query.page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  );
  const errorOf = (field: string) => query.errors.find((e) => e.field === field)?.message;
  const pageHref = (page: number) => `/changes${queryString({ ...query.params, page: page > 1 ? String(page) : null })}`;
  const feedHref = `/api/v1/changes.atom${queryString({ trust: query.trust, decision: query.decision, kind: query.kind })}`;
  const first = (query.page - 1) * PAGE_SIZE + 1;
  const seen = raw.seen === "1";
  return (
    <>
      {query.errors.length ? <ErrorSummary errors={query.errors.map((e) => ({ href: `#changes-${e.field}`, message: e.message }))} /> : null}
      <h1>What changed</h1>
      <p className="nhs-text-22 max-w-reading mb-6">
        What was recorded {range.words}, newest first: re-plans, go-lives, acceptances, problems, decisions, sources, baselines, tolerances and issued packs,
        each with a link to what it is about.
      </p>
      {seen ? (
        <div role="status" className="mb-6 border-l-8 border-success bg-nhs-grey-5 p-4 max-w-reading">
          <p className="font-semibold">Everything recorded so far is marked as seen. What is recorded from now on will show here and on the overview.</p>
        </div>
      ) : null}
      <form method="get" action="/changes" className="no-print bg-white p-4 tablet:p-6 mb-6" aria-labelledby="changes-filters-heading">
        <h2 id="changes-filters-heading" className="nhs-text-22">
          Choose the changes
        </h2>
        <div className="flex flex-wrap items-end gap-6">
          {(["from", "to"] as const).map((field) => (
            <div key={field} className={errorOf(field) ? errorGroupClass : undefined}>
              <label htmlFor={`changes-${field}`} className="block font-semibold mb-1">
                {field === "from" ? "Recorded from" : "Recorded to"}
              </label>
              <p id={`changes-${field}-hint`} className="text-ink-secondary nhs-text-16 mb-1">
                For example, 2026-12-01
              </p>
              <ErrorMessage name={`changes-${field}`} error={errorOf(field)} />
              <input
                id={`changes-${field}`}
                name={field}
                defaultValue={typeof raw[field] === "string" ? raw[field] : ""}
                className={input}
                inputMode="numeric"
                aria-invalid={errorOf(field) ? true : undefined}
                aria-describedby={`changes-${field}-hint${errorOf(field) ? ` changes-${field}-error` : ""}`}
              />
            </div>
          ))}
          {[
            {
              name: "trust",
              label: "Trust",
              value: query.trust,
              all: "All trusts and the programme",
              options: trusts.map((t) => ({ value: t.slug, label: t.name })),
            },
            {
              name: "kind",
              label: "Kind of change",
              value: query.kind,
              all: "Every kind",
              options: CHANGE_KIND_SLUGS.map((k) => ({ value: k, label: CHANGE_KINDS[k].label })),
            },
          ].map((f) => (
            <FilterSelect
              key={f.name}
              id={`changes-${f.name}`}
              name={f.name}
              label={f.label}
              error={errorOf(f.name)}
              value={f.value ?? ""}
              options={[{ value: "", label: f.all }, ...f.options]}
            />
          ))}
          {query.decision ? <input type="hidden" name="decision" value={query.decision} /> : null}
          <button type="submit" className={buttonClass.secondary}>
            Show the changes
          </button>
          <a href="/changes" className="py-2">
            Since I last looked
          </a>
        </div>
        {errorOf("decision") ? (
          <p id="changes-decision" className="text-error font-semibold mt-2">
            <span className="sr-only">Error:</span> {errorOf("decision")}
          </p>
        ) : null}
        {errorOf("page") ? (
          <p id="changes-page" className="text-error font-semibold mt-2">
            <span className="sr-only">Error:</span> {errorOf("page")}
          </p>
        ) : null}
      </form>
      <div className="flex flex-wrap items-center gap-6 mb-6">
        <MarkSeenForm />
        <p>
          <a href={feedHref}>Follow these changes in a feed reader</a>{" "}
          <span className="text-ink-secondary nhs-text-16">
            (Atom; sign the reader in with an <Link href="/account/tokens">API token</Link>)
          </span>
        </p>
      </div>
      <DataTable
        scroll="Changes"
        className="min-w-[52rem]"
        captionClassName="text-left mb-2"
        caption={
          <>
            {changes.length === 0
              ? "No changes"
              : query.page === 1 && !more
                ? `${changes.length} ${changes.length === 1 ? "change" : "changes"}`
                : `Changes ${first} to ${first + changes.length - 1}`}{" "}
            recorded {range.words}
            {query.trust ? ` about ${trusts.find((t) => t.slug === query.trust)?.name ?? query.trust}` : ""}
            {query.kind ? `, ${CHANGE_KINDS[query.kind].label.toLowerCase()} only` : ""}
          </>
        }
        columns={["Recorded", "What", "About", "Details"]}
        empty={changes.length === 0 ? `Nothing was recorded ${range.words}${query.trust || query.kind ? " that matches the choices above" : ""}.` : null}
      >
        {changes.map((c) => (
          <tr key={c.id} id={`change-${c.id}`}>
            <td className={`${td} whitespace-nowrap`}>
              {formatRecordedAt(c.recordedAt)}
              {c.byYou ? <span className="block text-ink-secondary">by you</span> : null}
            </td>
            <td className={td}>
              <Tag tone="grey">{c.label}</Tag>
            </td>
            <RowHead>
              <Link href={c.href}>{c.about}</Link>
            </RowHead>
            <td className={`${td} max-w-reading`}>{c.summary}</td>
          </tr>
        ))}
      </DataTable>
      {query.page > 1 || more ? (
        <nav aria-label="Pages of changes" className="flex gap-6 mt-4 no-print">
          {query.page > 1 ? <Link href={pageHref(query.page - 1)}>Newer changes</Link> : null}
          {more ? <Link href={pageHref(query.page + 1)}>Older changes</Link> : null}
        </nav>
      ) : null}
      <p className="mt-6 text-ink-secondary nhs-text-16 max-w-reading">
        Days are London days. A change is listed from the moment it was recorded; what it records may be about any earlier date.
      </p>
    </>
  );
}
