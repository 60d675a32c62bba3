import type { Metadata } from "next";
import { DataTable, RowHead } from "@/components/ui/data-table";
import { BOARD_REVIEW } from "@/components/layout/trails";
import { PageHeading } from "@/components/ui/page-heading";
import Link from "next/link";
import { DateInput } from "@/components/forms/date-input";
import { asOfDateFields, asOfErrorItems } from "@/components/rollout/as-of-form";
import { DownloadLinks } from "@/components/rollout/download-links";
import { FilterForm, FilterSelect, pageLinks, trustOptions } from "@/components/rollout/list-page";
import { SourceList } from "@/components/rollout/source-list";
import { CertaintyTag } from "@/components/rollout/status-tag";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Pagination } from "@/components/ui/pagination";
import { Secondary } from "@/components/ui/secondary";
import { td } from "@/components/ui/table-styles";
import { Tag, type TagTone } from "@/components/ui/tag";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listTrusts } from "@/lib/data/lists";
import { queryString } from "@/lib/validation/search-params";
import { loadPromises, withSources } from "@/lib/data/promises";
import { formatIsoDate } from "@/lib/domain/dates";
import { forecastWords } from "@/lib/domain/milestone-trends";
import { formatSlip } from "@/lib/domain/format";
import { MAKER_KIND_LABEL, MAKER_KINDS, OUTCOME_LABEL, OUTCOMES, type Outcome, type PromiseRow, type PromiseScore } from "@/lib/domain/promises";
import { pageOf } from "@/lib/validation/overview";
import { DAY_NEEDED } from "@/lib/validation/date-input";
import { inFieldOrder } from "@/lib/validation/form-data";
import { parsePromisesQuery, toSlug, type PromisesField } from "@/lib/validation/promises";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parsePromisesQuery(await searchParams);
  return { title: `${query.errors.length || query.asOf.error ? "Error: " : ""}Promises ledger` };
}

const OUTCOME_TONE: Record<Outcome, TagTone> = { KEPT: "green", KEPT_LATE: "yellow", BROKEN: "red", SUPERSEDED: "orange", OPEN: "blue", NOT_KNOWN: "grey" };
const MAKER_OPTIONS = [
  { value: "", label: "Anyone" },
  ...MAKER_KINDS.map((k) => ({ value: toSlug(k), label: MAKER_KIND_LABEL[k] })),
  { value: "not-known", label: "Not known" },
];
const OUTCOME_OPTIONS = [{ value: "", label: "Any" }, ...OUTCOMES.map((o) => ({ value: toSlug(o), label: OUTCOME_LABEL[o] }))];
const percent = (share: number | null) => (share === null ? null : `${Math.round(share * 100)}%`);

export default async function PromisesPage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const query = parsePromisesQuery(await searchParams);
  const asOf = query.asOf.asOf;
  const [ledger, trusts] = await Promise.all([loadPromises(actor, asOf), listTrusts(actor)]);
  const trust = query.trust ? (trusts.find((t) => t.slug === query.trust) ?? null) : null;
  // In the order of the form's fields, then the page links, whatever order they were found in.
  const errors: { field: PromisesField | "asOf"; message: string }[] = inFieldOrder(
    [
      ...(query.asOf.error ? [{ field: "asOf" as const, message: query.asOf.error }] : []),
      ...query.errors,
      ...(query.trust && !trust ? [{ field: "trust" as const, message: `No trust in the record is called ${query.trust}: choose a trust from the list` }] : []),
    ],
    ["asOf", "trust", "maker", "outcome", "page"],
  );
  const errorOf = (field: PromisesField | "asOf") => errors.find((e) => e.field === field)?.message ?? null;
  const listed = ledger.rows.filter(
    (r) =>
      (!trust || r.trusts.some((t) => t.slug === trust.slug)) &&
      (!query.maker || (query.maker === "NOT_KNOWN" ? r.madeByKind === null : r.madeByKind === query.maker)) &&
      (!query.outcome || r.outcome === query.outcome),
  );
  const page = pageOf(listed, query.page);
  const shown = { ...page, rows: await withSources(actor, page.rows) };
  const keep = {
    asOf: query.asOf.error ? null : query.asOf.requested,
    trust: trust?.slug ?? null,
    maker: query.maker ? toSlug(query.maker) : null,
    outcome: query.outcome ? toSlug(query.outcome) : null,
  };
  return (
    <>
      {errors.length ? (
        <ErrorSummary
          errors={errors.map((e) => ({
            href: e.field === "asOf" ? asOfErrorItems(query.asOf)[0]!.href : `#${e.field === "page" ? "promise-pages" : e.field}`,
            message: e.message,
          }))}
        />
      ) : null}
      <PageHeading trail={[BOARD_REVIEW]} title="Promises ledger" leadClassName="nhs-text-22 max-w-reading mb-6">
        Every dated commitment the record knew on {formatIsoDate(asOf)}: each planned go-live date and each dated commitment of a decision, who made it, its
        source, and what became of it as the record stood that day.
      </PageHeading>
      <details className="nhs-details mb-8">
        <summary className="nhs-details-summary">
          <span className="nhs-details-text">How each promise is judged</span>
        </summary>
        <div className="nhs-details-body max-w-reading">
          <ul className="list-disc pl-6 space-y-1">
            <li>
              <strong>Kept</strong>: live (or met) by the end of the promised period: &quot;April 2009&quot; by 30 April 2009.
            </li>
            <li>
              <strong>Superseded</strong>: a new plan became known before it fell due.
            </li>
            <li>
              <strong>Broken</strong>: it fell due without the go-live, and then a new plan replaced it, or a halt, withdrawal or postponement took effect
              before the go-live, or the go-live has not happened.
            </li>
            <li>
              <strong>Kept late</strong>: live after the promised period, with no new plan and no halt between; the days late are counted from the end of the
              period.
            </li>
            <li>
              <strong>Still open</strong>: not yet due. <strong>Not known</strong>: the record&apos;s dates are too coarse to tell, or it does not say whether a
              decision&apos;s commitment was met.
            </li>
          </ul>
          <p>
            The share kept counts kept on time against every promise whose outcome is settled (kept, kept late, broken, superseded): a re-plan in time does not
            hide a slip. The median days late is of the promises met, kept ones counting as 0. The rules are in the team&apos;s decision record 019.
          </p>
        </div>
      </details>

      <FilterForm
        action="/board/promises"
        heading="Choose the date and the promises"
        keep={{}}
        clearHref={`/board/promises${queryString({ asOf: keep.asOf })}`}
        submitLabel="Show the promises"
        primary
      >
        <DateInput
          name="asOf"
          legend="As the record stood on"
          hint="For example, 30 6 2009"
          error={errorOf("asOf")}
          fields={asOfDateFields(query.asOf)}
          rules={DAY_NEEDED}
          spacing="mb-0"
        />
        <FilterSelect name="trust" label="Trust" error={errorOf("trust")} value={trust?.slug ?? ""} options={trustOptions(trusts)} />
        <FilterSelect name="maker" label="Made by" error={errorOf("maker")} value={keep.maker ?? ""} options={MAKER_OPTIONS} />
        <FilterSelect name="outcome" label="Outcome" error={errorOf("outcome")} value={keep.outcome ?? ""} options={OUTCOME_OPTIONS} />
      </FilterForm>

      <section aria-labelledby="scores-heading" className="mb-10">
        <h2 id="scores-heading">Scores on {formatIsoDate(asOf)}</h2>
        <p className="max-w-reading">
          {ledger.overall.total} {ledger.overall.total === 1 ? "promise" : "promises"} in the record; of the {ledger.overall.settled} settled,{" "}
          {percent(ledger.overall.shareKept) ?? "none"} kept on time. The scores are of every promise on the date, whatever the filters.
        </p>
        <ScoreTable caption="By the kind of body that made them" first="Made by" scores={ledger.byMakerKind} labelOf={(s) => s.label ?? "Not known"} />
        <ScoreTable
          caption="By who made them, as the record names them"
          first="Made by"
          scores={ledger.byMaker}
          labelOf={(s) => (s.label ? `${s.label}${s.kind ? ` (${MAKER_KIND_LABEL[s.kind].toLowerCase()})` : ""}` : "Not known")}
        />
        <ScoreTable
          caption="By trust"
          first="Trust"
          scores={ledger.byTrust}
          labelOf={(s) => s.label ?? "Not known"}
          hrefOf={(s) => (s.slug ? `/board/promises${queryString({ asOf: keep.asOf, trust: s.slug })}#ledger-heading` : null)}
        />
      </section>

      <section aria-labelledby="ledger-heading">
        <h2 id="ledger-heading">The ledger</h2>
        {can(actor, "rollout.export") ? (
          <DownloadLinks
            groups={[
              { label: "The ledger, for the date and filters", srName: "the ledger", path: "/exports/promises", query: queryString(keep) },
              { label: "The scores, for the date", srName: "the scores", path: "/exports/promise-scores", query: queryString({ asOf: keep.asOf }) },
            ]}
          />
        ) : null}
        <Pagination
          {...pageLinks({
            id: "promise-pages",
            noun: "promises",
            path: "/board/promises",
            params: keep,
            shown: { ...shown, total: listed.length },
            hash: "#ledger-heading",
          })}
        />
        <DataTable
          scroll="Promises"
          className="min-w-[64rem]"
          caption={
            <>
              {listed.length} {listed.length === 1 ? "promise" : "promises"}
              {trust ? ` about ${trust.name}` : ""}
              {query.maker
                ? `, made by ${query.maker === "NOT_KNOWN" ? "a body the record does not name" : `a ${MAKER_KIND_LABEL[query.maker].toLowerCase()}`}`
                : ""}
              {query.outcome ? `, ${OUTCOME_LABEL[query.outcome].toLowerCase()}` : ""}, as the record stood on {formatIsoDate(asOf)}, in the order they fell due
            </>
          }
          captionClassName="text-left"
          columns={["Promise", "Due by", "Made by", "Known from", "What happened", "Certainty", "Sources"]}
          empty={listed.length === 0 ? "No promise in the record matches, as it stood on this date." : null}
        >
          {shown.rows.map((r) => (
            <PromiseLine key={r.key} row={r} asOf={keep.asOf} />
          ))}
        </DataTable>
      </section>
    </>
  );
}

function PromiseLine({ row, asOf }: { row: PromiseRow; asOf: string | null }) {
  const at = queryString({ asOf });
  return (
    <tr id={`promise-${row.key}`}>
      <th scope="row" className={`${td} text-left font-normal max-w-reading`}>
        {row.decisionKey ? <Link href={`/decisions/${row.decisionKey}${at}`}>{row.what}</Link> : <span className="font-semibold">{row.what}</span>}
        <span className="block text-ink-secondary">
          {row.trusts.map((t, i) => (
            <span key={t.id}>
              {i > 0 ? ", " : ""}
              <Link href={`/trusts/${t.slug}${at}`}>{t.name}</Link>
            </span>
          ))}
        </span>
      </th>
      <td className={td}>{forecastWords(row.due)}</td>
      <td className={td}>
        {row.madeBy ?? <Secondary>Not known</Secondary>}
        {row.madeByKind ? <span className="block text-ink-secondary">{MAKER_KIND_LABEL[row.madeByKind]}</span> : null}
      </td>
      <td className={`${td} whitespace-nowrap`}>{row.madeOn ? formatIsoDate(row.madeOn) : <Secondary>Not known</Secondary>}</td>
      <td className={td}>
        <Tag tone={OUTCOME_TONE[row.outcome]}>
          {OUTCOME_LABEL[row.outcome]}
          {row.late ? ` by ${formatSlip(row.late)}` : ""}
        </Tag>
        <span className="block mt-1">{row.because}</span>
      </td>
      <td className={td}>
        <CertaintyTag certainty={row.certainty} />
      </td>
      <td className={td}>
        <SourceList sources={row.sources} />
      </td>
    </tr>
  );
}

/** A score table's number columns, after its first (who made the promises, or the trust). */
const SCORE_COLUMNS = ["Promises", "Kept", "Kept late", "Broken", "Superseded", "Still open", "Not known", "Share kept", "Median days late"];

function ScoreTable({
  caption,
  first,
  scores,
  labelOf,
  hrefOf,
}: {
  caption: string;
  first: string;
  scores: PromiseScore[];
  labelOf: (s: PromiseScore) => string;
  hrefOf?: (s: PromiseScore) => string | null;
}) {
  return (
    <DataTable
      scroll={caption}
      className="min-w-[52rem] mb-6"
      caption={caption}
      captionClassName="text-left font-semibold"
      columns={[first, ...SCORE_COLUMNS.map((label) => ({ label, className: "text-right" }))]}
      empty={scores.length === 0 ? "No promise in the record by this date." : null}
    >
      {scores.map((s) => {
        const href = hrefOf?.(s) ?? null;
        return (
          <tr key={`${s.kind ?? ""}|${s.slug ?? ""}|${s.label ?? ""}`}>
            <RowHead>{href ? <Link href={href}>{labelOf(s)}</Link> : labelOf(s)}</RowHead>
            <td className={`${td} text-right tabular-nums`}>{s.total}</td>
            <td className={`${td} text-right tabular-nums`}>{s.counts.KEPT}</td>
            <td className={`${td} text-right tabular-nums`}>{s.counts.KEPT_LATE}</td>
            <td className={`${td} text-right tabular-nums`}>{s.counts.BROKEN}</td>
            <td className={`${td} text-right tabular-nums`}>{s.counts.SUPERSEDED}</td>
            <td className={`${td} text-right tabular-nums`}>{s.counts.OPEN}</td>
            <td className={`${td} text-right tabular-nums`}>{s.counts.NOT_KNOWN}</td>
            <td className={`${td} text-right tabular-nums`}>
              {s.shareKept === null ? (
                <Secondary>None settled</Secondary>
              ) : (
                <>
                  {percent(s.shareKept)} <span className="text-ink-secondary">of {s.settled}</span>
                </>
              )}
            </td>
            <td className={`${td} text-right tabular-nums`}>
              {s.medianLateDays === null ? (
                <Secondary>None met</Secondary>
              ) : (
                <>
                  {s.medianLateDays} <span className="text-ink-secondary">of {s.met} met</span>
                </>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
