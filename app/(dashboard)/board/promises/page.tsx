import type { Metadata } from "next";
import Link from "next/link";
import { SourceList } from "@/components/rollout/source-list";
import { CertaintyTag } from "@/components/rollout/status-tag";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Pagination } from "@/components/ui/pagination";
import { Secondary } from "@/components/ui/secondary";
import { TableScroll } from "@/components/ui/table-scroll";
import { table, td, th } from "@/components/ui/table-styles";
import { Tag, type TagTone } from "@/components/ui/tag";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listTrusts, queryString } from "@/lib/data/lists";
import { loadPromises, withSources } from "@/lib/data/promises";
import { formatIsoDate } from "@/lib/domain/dates";
import { forecastWords } from "@/lib/domain/milestone-trends";
import { lateWords, MAKER_KIND_LABEL, MAKER_KINDS, OUTCOME_LABEL, OUTCOMES, type Outcome, type PromiseRow, type PromiseScore } from "@/lib/domain/promises";
import { PAGE_SIZE, pageOf } from "@/lib/validation/overview";
import { parsePromisesQuery, toSlug, type PromisesField } from "@/lib/validation/promises";
import { buttonClass } from "@/components/ui/form-styles";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parsePromisesQuery(await searchParams);
  return { title: `${query.errors.length || query.asOf.error ? "Error: " : ""}Promises ledger` };
}

const OUTCOME_TONE: Record<Outcome, TagTone> = { KEPT: "green", KEPT_LATE: "yellow", BROKEN: "red", SUPERSEDED: "orange", OPEN: "blue", NOT_KNOWN: "grey" };
const select = "border-2 border-nhs-grey-1 bg-white px-2 py-1 nhs-text-19";
const percent = (share: number | null) => (share === null ? null : `${Math.round(share * 100)}%`);

export default async function PromisesPage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const query = parsePromisesQuery(await searchParams);
  const asOf = query.asOf.asOf;
  const [ledger, trusts] = await Promise.all([loadPromises(actor, asOf), listTrusts(actor)]);
  const trust = query.trust ? trusts.find((t) => t.slug === query.trust) ?? null : null;
  const errors: { field: PromisesField | "asOf"; message: string }[] = [
    ...(query.asOf.error ? [{ field: "asOf" as const, message: query.asOf.error }] : []),
    ...query.errors,
    ...(query.trust && !trust ? [{ field: "trust" as const, message: `No trust in the record is called ${query.trust}: choose a trust from the list` }] : []),
  ];
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
      {errors.length ? <ErrorSummary errors={errors.map((e) => ({ href: `#${e.field === "page" ? "promise-pages" : e.field}`, message: e.message }))} /> : null}
      <nav aria-label="Breadcrumb" className="mb-6 nhs-text-16">
        <Link href="/board">Board review</Link>
      </nav>
      <h1>Promises ledger</h1>
      <p className="nhs-text-22 max-w-reading mb-6">
        Every dated commitment the record knew on {formatIsoDate(asOf)}: each planned go-live date and each dated commitment of a decision, who made it,
        its source, and what became of it as the record stood that day.
      </p>
      <details className="nhs-details mb-8">
        <summary className="nhs-details-summary"><span className="nhs-details-text">How each promise is judged</span></summary>
        <div className="nhs-details-body max-w-reading">
          <ul className="list-disc pl-6 space-y-1">
            <li><strong>Kept</strong>: live (or met) by the end of the promised period: &quot;April 2009&quot; by 30 April 2009.</li>
            <li><strong>Superseded</strong>: a new plan became known before it fell due.</li>
            <li><strong>Broken</strong>: it fell due without the go-live, and then a new plan replaced it, or a halt, withdrawal or postponement took effect before the go-live, or the go-live has not happened.</li>
            <li><strong>Kept late</strong>: live after the promised period, with no new plan and no halt between; the days late are counted from the end of the period.</li>
            <li><strong>Still open</strong>: not yet due. <strong>Not known</strong>: the record&apos;s dates are too coarse to tell, or it does not say whether a decision&apos;s commitment was met.</li>
          </ul>
          <p>The share kept counts kept on time against every promise whose outcome is settled (kept, kept late, broken, superseded): a re-plan in time does not hide a slip. The median days late is of the promises met, kept ones counting as 0. The rules are in the team&apos;s decision record 019.</p>
        </div>
      </details>

      <form method="get" action="/board/promises" className="no-print bg-white p-4 tablet:p-6 mb-8" aria-labelledby="promises-form-heading">
        <h2 id="promises-form-heading" className="nhs-text-22">Choose the date and the promises</h2>
        <div className="flex flex-wrap items-end gap-6 mb-4">
          <Field id="asOf" label="As the record stood on" hint="For example, 2009-06-30" error={errorOf("asOf")}>
            <input id="asOf" name="asOf" type="date" min="2000-01-01" max="2099-12-31" defaultValue={query.asOf.requested ?? asOf}
              aria-describedby={`asOf-hint${errorOf("asOf") ? " asOf-error" : ""}`} aria-invalid={errorOf("asOf") ? true : undefined}
              className={`border-2 ${errorOf("asOf") ? "border-error" : "border-nhs-grey-1"} bg-white px-2 py-1 nhs-text-19`} />
          </Field>
          <Field id="trust" label="Trust" error={errorOf("trust")}>
            <select id="trust" name="trust" defaultValue={trust?.slug ?? ""} className={select} aria-invalid={errorOf("trust") ? true : undefined} aria-describedby={errorOf("trust") ? "trust-error" : undefined}>
              <option value="">All trusts</option>
              {trusts.map((t) => <option key={t.slug} value={t.slug}>{t.name}</option>)}
            </select>
          </Field>
          <Field id="maker" label="Made by" error={errorOf("maker")}>
            <select id="maker" name="maker" defaultValue={keep.maker ?? ""} className={select} aria-invalid={errorOf("maker") ? true : undefined} aria-describedby={errorOf("maker") ? "maker-error" : undefined}>
              <option value="">Anyone</option>
              {MAKER_KINDS.map((k) => <option key={k} value={toSlug(k)}>{MAKER_KIND_LABEL[k]}</option>)}
              <option value="not-known">Not known</option>
            </select>
          </Field>
          <Field id="outcome" label="Outcome" error={errorOf("outcome")}>
            <select id="outcome" name="outcome" defaultValue={keep.outcome ?? ""} className={select} aria-invalid={errorOf("outcome") ? true : undefined} aria-describedby={errorOf("outcome") ? "outcome-error" : undefined}>
              <option value="">Any</option>
              {OUTCOMES.map((o) => <option key={o} value={toSlug(o)}>{OUTCOME_LABEL[o]}</option>)}
            </select>
          </Field>
          <button type="submit" className={buttonClass.primary}>
            Show the promises
          </button>
          <a href={`/board/promises${queryString({ asOf: keep.asOf })}`} className="py-2">Clear filters</a>
        </div>
      </form>

      <section aria-labelledby="scores-heading" className="mb-10">
        <h2 id="scores-heading">Scores on {formatIsoDate(asOf)}</h2>
        <p className="max-w-reading">
          {ledger.overall.total} {ledger.overall.total === 1 ? "promise" : "promises"} in the record; of the {ledger.overall.settled} settled,{" "}
          {percent(ledger.overall.shareKept) ?? "none"} kept on time. The scores are of every promise on the date, whatever the filters.
        </p>
        <ScoreTable caption="By the kind of body that made them" first="Made by" scores={ledger.byMakerKind} labelOf={(s) => s.label ?? "Not known"} />
        <ScoreTable caption="By who made them, as the record names them" first="Made by" scores={ledger.byMaker} labelOf={(s) => (s.label ? `${s.label}${s.kind ? ` (${MAKER_KIND_LABEL[s.kind].toLowerCase()})` : ""}` : "Not known")} />
        <ScoreTable caption="By trust" first="Trust" scores={ledger.byTrust} labelOf={(s) => s.label ?? "Not known"} hrefOf={(s) => (s.slug ? `/board/promises${queryString({ asOf: keep.asOf, trust: s.slug })}#ledger-heading` : null)} />
      </section>

      <section aria-labelledby="ledger-heading">
        <h2 id="ledger-heading">The ledger</h2>
        {can(actor, "rollout.export") ? (
          <p className="mb-4 no-print">
            <a href={`/exports/promises.csv${queryString(keep)}`} download>Download the ledger as CSV</a>
            {" · "}
            <a href={`/exports/promises.xlsx${queryString(keep)}`} download>as Excel</a>
            {" · "}
            <a href={`/exports/promise-scores.csv${queryString({ asOf: keep.asOf })}`} download>the scores as CSV</a>
            {" · "}
            <a href={`/exports/promise-scores.xlsx${queryString({ asOf: keep.asOf })}`} download>as Excel</a>{" "}
            <span className="text-ink-secondary nhs-text-16">(the same date and filters)</span>
          </p>
        ) : null}
        <Pagination
          id="promise-pages"
          page={shown.page}
          pageCount={shown.pageCount}
          total={listed.length}
          pageSize={PAGE_SIZE}
          noun="promises"
          hrefFor={(page) => `/board/promises${queryString({ ...keep, page: page > 1 ? String(page) : null })}#ledger-heading`}
        />
        <TableScroll label="Promises">
          <table className={`${table} min-w-[64rem]`}>
            <caption className="text-left">
              {listed.length} {listed.length === 1 ? "promise" : "promises"}
              {trust ? ` about ${trust.name}` : ""}
              {query.maker ? `, made by ${query.maker === "NOT_KNOWN" ? "a body the record does not name" : `a ${MAKER_KIND_LABEL[query.maker].toLowerCase()}`}` : ""}
              {query.outcome ? `, ${OUTCOME_LABEL[query.outcome].toLowerCase()}` : ""}, as the record stood on {formatIsoDate(asOf)}, in the order they fell due
            </caption>
            <thead>
              <tr>
                <th scope="col" className={th}>Promise</th>
                <th scope="col" className={th}>Due by</th>
                <th scope="col" className={th}>Made by</th>
                <th scope="col" className={th}>Known from</th>
                <th scope="col" className={th}>What happened</th>
                <th scope="col" className={th}>Certainty</th>
                <th scope="col" className={th}>Sources</th>
              </tr>
            </thead>
            <tbody>
              {listed.length === 0 ? (
                <tr><td colSpan={7} className={td}><Secondary>No promise in the record matches, as it stood on this date.</Secondary></td></tr>
              ) : null}
              {shown.rows.map((r) => <PromiseLine key={r.key} row={r} asOf={keep.asOf} />)}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </>
  );
}

function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error: string | null; children: React.ReactNode }) {
  return (
    <div className={error ? "border-l-4 border-error pl-3" : undefined}>
      <label htmlFor={id} className="block font-semibold mb-1">{label}</label>
      {hint ? <p id={`${id}-hint`} className="text-ink-secondary nhs-text-16 mb-1">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="text-error font-semibold mb-1"><span className="sr-only">Error:</span> {error}</p> : null}
      {children}
    </div>
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
            <span key={t.id}>{i > 0 ? ", " : ""}<Link href={`/trusts/${t.slug}${at}`}>{t.name}</Link></span>
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
        <Tag tone={OUTCOME_TONE[row.outcome]}>{OUTCOME_LABEL[row.outcome]}{row.late ? ` by ${lateWords(row.late)}` : ""}</Tag>
        <span className="block mt-1">{row.because}</span>
      </td>
      <td className={td}><CertaintyTag certainty={row.certainty} /></td>
      <td className={td}><SourceList sources={row.sources} /></td>
    </tr>
  );
}

function ScoreTable({ caption, first, scores, labelOf, hrefOf }: {
  caption: string;
  first: string;
  scores: PromiseScore[];
  labelOf: (s: PromiseScore) => string;
  hrefOf?: (s: PromiseScore) => string | null;
}) {
  return (
    <TableScroll label={caption}>
      <table className={`${table} min-w-[52rem] mb-6`}>
        <caption className="text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>{first}</th>
            <th scope="col" className={`${th} text-right`}>Promises</th>
            <th scope="col" className={`${th} text-right`}>Kept</th>
            <th scope="col" className={`${th} text-right`}>Kept late</th>
            <th scope="col" className={`${th} text-right`}>Broken</th>
            <th scope="col" className={`${th} text-right`}>Superseded</th>
            <th scope="col" className={`${th} text-right`}>Still open</th>
            <th scope="col" className={`${th} text-right`}>Not known</th>
            <th scope="col" className={`${th} text-right`}>Share kept</th>
            <th scope="col" className={`${th} text-right`}>Median days late</th>
          </tr>
        </thead>
        <tbody>
          {scores.length === 0 ? <tr><td colSpan={10} className={td}><Secondary>No promise in the record by this date.</Secondary></td></tr> : null}
          {scores.map((s) => {
            const href = hrefOf?.(s) ?? null;
            return (
              <tr key={`${s.kind ?? ""}|${s.slug ?? ""}|${s.label ?? ""}`}>
                <th scope="row" className={`${td} text-left font-normal`}>{href ? <Link href={href}>{labelOf(s)}</Link> : labelOf(s)}</th>
                <td className={`${td} text-right tabular-nums`}>{s.total}</td>
                <td className={`${td} text-right tabular-nums`}>{s.counts.KEPT}</td>
                <td className={`${td} text-right tabular-nums`}>{s.counts.KEPT_LATE}</td>
                <td className={`${td} text-right tabular-nums`}>{s.counts.BROKEN}</td>
                <td className={`${td} text-right tabular-nums`}>{s.counts.SUPERSEDED}</td>
                <td className={`${td} text-right tabular-nums`}>{s.counts.OPEN}</td>
                <td className={`${td} text-right tabular-nums`}>{s.counts.NOT_KNOWN}</td>
                <td className={`${td} text-right tabular-nums`}>
                  {s.shareKept === null ? <Secondary>None settled</Secondary> : <>{percent(s.shareKept)} <span className="text-ink-secondary">of {s.settled}</span></>}
                </td>
                <td className={`${td} text-right tabular-nums`}>
                  {s.medianLateDays === null ? <Secondary>None met</Secondary> : <>{s.medianLateDays} <span className="text-ink-secondary">of {s.met} met</span></>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
