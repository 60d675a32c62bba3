import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Money } from "@/components/rollout/money";
import { RatingWithReasons } from "@/components/rollout/rating";
import { StatusTag } from "@/components/rollout/status-tag";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PrintButton } from "@/components/ui/print-button";
import { Secondary } from "@/components/ui/secondary";
import { table, td, th } from "@/components/ui/table-styles";
import { requirePageActor } from "@/lib/auth/session";
import { loadBoardPack } from "@/lib/data/board";
import { describeSlip } from "@/lib/domain/baseline";
import type { ChangeKind } from "@/lib/domain/board-pack";
import { addDays, formatIsoDate, formatPartialDate } from "@/lib/domain/dates";
import type { SourceRef } from "@/lib/domain/rollout";
import { decisionEffectiveFrom } from "@/lib/domain/status";
import { movableDecisions } from "@/lib/domain/what-if";
import { parsePackQuery, type PackField } from "@/lib/validation/board-pack";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parsePackQuery(await searchParams);
  return { title: `${query.errors.length ? "Error: " : ""}Board pack for ${formatIsoDate(query.to)}` };
}

const KIND_WORDS: Record<ChangeKind, string> = { PLAN: "Plan", GO_LIVE: "Go-live", DECISION: "Decision", PROBLEM: "Problem" };
const input = "border-2 border-nhs-grey-1 bg-white px-2 py-1 nhs-text-19";
const section = "mb-10 print:break-before-page";

function Cites({ sources, numbers }: { sources: readonly SourceRef[]; numbers: Map<string, number> }) {
  if (sources.length === 0) return <Secondary>No source recorded</Secondary>;
  return (
    <span className="nhs-text-16">
      {sources.map((s, i) => (
        <span key={s.key}>
          {i > 0 ? ", " : ""}
          <a href={`#source-${numbers.get(s.key)}`} title={s.title}>
            [{numbers.get(s.key)}]<span className="sr-only"> {s.publisher}: {s.title}</span>
          </a>
        </span>
      ))}
    </span>
  );
}

export default async function BoardPackPage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const query = parsePackQuery(await searchParams);
  const loaded = await loadBoardPack(actor, { since: query.from, to: query.to, decisionKey: query.decision });
  if (loaded.notFound) notFound();
  const { pack, facts } = loaded;
  const decisions = movableDecisions(facts.decisions);
  const numbers = new Map(pack.sources.map((s, i) => [s.key, i + 1]));
  const err = (f: PackField) => query.errors.find((e) => e.field === f)?.message;
  const p = query.params;
  return (
    <>
      {query.errors.length > 0 ? <ErrorSummary errors={query.errors.map((e) => ({ href: `#${e.field}`, message: e.message }))} /> : null}
      <nav aria-label="Breadcrumb" className="mb-6 nhs-text-16 no-print">
        <Link href="/board">Board review</Link>
      </nav>
      <form method="get" action="/board/pack" className="bg-white p-4 tablet:p-6 mb-8 no-print">
        <h2 className="nhs-text-22">Make a board pack</h2>
        <div className="flex flex-wrap gap-6 items-end">
          {(["to", "from"] as const).map((f) => (
            <div key={f} id={`${f}-group`} className={err(f) ? "border-l-4 border-error pl-4" : ""}>
              <label htmlFor={f} className="block font-semibold mb-1">{f === "to" ? "Meeting date" : "Date of the last pack"}</label>
              <p id={`${f}-hint`} className="text-ink-secondary nhs-text-16 mb-1">{f === "to" ? "Status as of this day; empty for today" : "Changes after this day are listed"}</p>
              {err(f) ? <p id={`${f}-error`} className="text-error font-semibold mb-1"><span className="sr-only">Error:</span> {err(f)}</p> : null}
              <input id={f} name={f} type="date" min="2000-01-01" max="2099-12-31" defaultValue={p[f] ?? ""} className={input} aria-describedby={`${f}-hint${err(f) ? ` ${f}-error` : ""}`} />
            </div>
          ))}
          <div id="decision-group" className={err("decision") ? "border-l-4 border-error pl-4" : ""}>
            <label htmlFor="decision" className="block font-semibold mb-1">Or a pack for a decision</label>
            <p id="decision-hint" className="text-ink-secondary nhs-text-16 mb-1">Changes since it took effect</p>
            {err("decision") ? <p id="decision-error" className="text-error font-semibold mb-1"><span className="sr-only">Error:</span> {err("decision")}</p> : null}
            <select id="decision" name="decision" defaultValue={p.decision ?? ""} className={`${input} max-w-full`} aria-describedby="decision-hint">
              <option value="">None: the dates above</option>
              {decisions.map((d) => (
                <option key={d.key} value={d.key}>{d.title}</option>
              ))}
            </select>
          </div>
          <button type="submit" className="bg-button text-white font-semibold px-4 py-2 rounded-nhs shadow-[0_4px_0_var(--color-button-shadow)] hover:bg-button-hover">Make the pack</button>
        </div>
      </form>

      <article aria-labelledby="pack-title" className="board-pack">
        <header className="mb-8">
          <p className="nhs-text-19 text-ink-secondary mb-1">London Cerner rollout · Board pack</p>
          <h1 id="pack-title" className="mb-4">
            {pack.decision ? `${pack.decision.title}: board pack for ${formatIsoDate(pack.meetingDate)}` : `Board pack for the meeting of ${formatIsoDate(pack.meetingDate)}`}
          </h1>
          <p className="nhs-text-19 max-w-reading">
            Status as of <strong>{formatIsoDate(pack.meetingDate)}</strong>. Changes since <strong>{formatIsoDate(addDays(pack.since, 1))}</strong>
            {pack.decision ? `, the day the decision took effect (${formatIsoDate(decisionEffectiveFrom(pack.decision))})` : ""}. Every fact carries its
            source, numbered [n] and listed at the end; where the record does not say, the pack says &ldquo;not known&rdquo;.
          </p>
          <p className="mt-4"><PrintButton /></p>
        </header>

        <section aria-labelledby="status-heading" className="mb-10">
          <h2 id="status-heading">1. Status on {formatIsoDate(pack.meetingDate)}</h2>
          <table className={table}>
            <caption className="sr-only">Each go-live&apos;s status and rating on {formatIsoDate(pack.meetingDate)}</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>Trust</th>
                <th scope="col" className={th}>Status</th>
                <th scope="col" className={th}>Rating, and why</th>
                <th scope="col" className={th}>Latest plan or go-live</th>
                <th scope="col" className={th}>Sources</th>
              </tr>
            </thead>
            <tbody>
              {pack.status.map((r) => (
                <tr key={r.goLiveId} className="print:break-inside-avoid">
                  <th scope="row" className={`${td} text-left font-normal`}>
                    {r.trust.name}
                    <span className="block"><Secondary>{r.scope}{r.configuration ? `, ${r.configuration.code}` : ""}</Secondary></span>
                  </th>
                  <td className={td}><StatusTag status={r.derived.status} /></td>
                  <td className={td}><RatingWithReasons rating={r.rating} /></td>
                  <td className={td}>
                    {r.derived.actuals[0] ? `Live ${formatPartialDate(r.derived.actuals[0].wentLive)}` : r.latestPlanned ? `Planned ${formatPartialDate(r.latestPlanned)}` : <Secondary>Not known</Secondary>}
                    {r.derived.slip ? <span className="block"><Secondary>Slip since the first plan: {describeSlip(r.derived.slip)}</Secondary></span> : null}
                  </td>
                  <td className={td}><Cites sources={r.sources} numbers={numbers} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section aria-labelledby="changes-heading" className={section}>
          <h2 id="changes-heading">2. Changes since the last pack</h2>
          {pack.changes.length === 0 ? (
            <p>Nothing in the record changed between {formatIsoDate(addDays(pack.since, 1))} and {formatIsoDate(pack.meetingDate)}.</p>
          ) : (
            <table className={table}>
              <caption className="sr-only">Plans, go-lives, decisions and problems between the two dates, oldest first</caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>When</th>
                  <th scope="col" className={th}>What</th>
                  <th scope="col" className={th}>Trust</th>
                  <th scope="col" className={th}>Change</th>
                  <th scope="col" className={th}>Sources</th>
                </tr>
              </thead>
              <tbody>
                {pack.changes.map((c, i) => (
                  <tr key={i} className="print:break-inside-avoid">
                    <td className={td}>{formatPartialDate(c.on)}</td>
                    <td className={td}>{KIND_WORDS[c.kind]}</td>
                    <td className={td}>{c.trust ?? <Secondary>All London</Secondary>}</td>
                    <td className={td}>{c.text}</td>
                    <td className={td}><Cites sources={c.sources} numbers={numbers} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section aria-labelledby="in-force-heading" className="mb-10">
          <h2 id="in-force-heading">3. Decisions in force</h2>
          {pack.inForce.length === 0 ? (
            <p>No decision was in force on {formatIsoDate(pack.meetingDate)}.</p>
          ) : (
            <ul className="list-disc pl-6">
              {pack.inForce.map((d) => (
                <li key={d.id} className="mb-2">
                  <strong>{d.title}</strong> ({d.body}), in effect from {formatIsoDate(decisionEffectiveFrom(d))}
                  {d.trustNames.length > 0 ? `, for ${d.trustNames.join(", ")}` : d.scope === "ALL_LONDON" ? ", all London" : ""}. <Cites sources={d.sources} numbers={numbers} />
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="costs-heading" className={section}>
          <h2 id="costs-heading">4. What the decisions cost</h2>
          {pack.costs.length === 0 ? <p>No halt, postponement or resume to report.</p> : null}
          {pack.costs.map((c) => (
            <div key={c.decision.id} className="mb-6 print:break-inside-avoid">
              <h3 className="nhs-text-22">{c.decision.title}</h3>
              <p className="mb-2">
                {c.type === "RELEASE"
                  ? `Released ${c.goLives.length} go-lives on ${formatIsoDate(c.effectiveFrom)} (counted under the halt it lifted).`
                  : `From ${formatIsoDate(c.effectiveFrom)}, held ${c.goLives.length} go-lives for ${c.heldDays.toLocaleString("en-GB")} go-live days in all.`}
              </p>
              {c.goLives.length > 0 ? (
                <ul className="list-disc pl-6 mb-2">
                  {c.goLives.map((g) => (
                    <li key={g.goLiveId}>
                      {g.trust.name}: held {g.days} days ({formatIsoDate(g.from)} to {formatIsoDate(g.until)}); moved {describeSlip(g.moved, g.overdue).toLowerCase()}
                      {g.movedTo ? `, ${g.movedToIsActual ? "live" : "planned"} ${formatPartialDate(g.movedTo)}` : ""}
                    </li>
                  ))}
                </ul>
              ) : null}
              {c.type !== "RELEASE" && c.goLives.length > 0 ? (
                <p>Money moved later: <Money money={c.money} withoutCharges={c.withoutCharges} /></p>
              ) : null}
            </div>
          ))}
        </section>

        <section aria-labelledby="conflicts-heading" className="mb-10">
          <h2 id="conflicts-heading">5. Where the sources disagree</h2>
          {pack.conflicts.length === 0 ? (
            <p>No open conflict in the record.</p>
          ) : (
            <ul className="list-none">
              {pack.conflicts.map((c) => (
                <li key={c.key} className="mb-4 print:break-inside-avoid">
                  <strong>{c.question}</strong>
                  <ul className="list-disc pl-6">
                    {c.claims.map((x, i) => (
                      <li key={i}>
                        {x.claim} <Cites sources={[x.source]} numbers={numbers} />
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="sources-heading" className={section}>
          <h2 id="sources-heading">6. Sources</h2>
          <ol className="list-none nhs-text-16">
            {pack.sources.map((s, i) => (
              <li key={s.key} id={`source-${i + 1}`} className="mb-2 print:break-inside-avoid">
                [{i + 1}] {s.publisher}
                {s.published ? `, ${formatPartialDate(s.published)}` : ", date not known"}: &ldquo;{s.title}&rdquo;
                {s.url ? (
                  <>
                    {" "}
                    <a href={s.url} rel="noreferrer noopener" className="break-all">{s.url}</a>
                  </>
                ) : (
                  <Secondary> (no address recorded)</Secondary>
                )}
              </li>
            ))}
          </ol>
        </section>
      </article>
    </>
  );
}
