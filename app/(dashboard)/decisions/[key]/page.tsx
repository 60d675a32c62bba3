import type { Metadata } from "next";
import { MAKER_KIND_LABEL } from "@/lib/domain/makers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AsOfForm } from "@/components/rollout/as-of-form";
import { ChangeHistory } from "@/components/rollout/change-history";
import { DECISION_KIND, DecisionKindTag } from "@/components/rollout/decision-log";
import { withAsOf } from "@/components/rollout/format";
import { formatSlip } from "@/lib/domain/format";
import { SourceList } from "@/components/rollout/source-list";
import { CertaintyTag } from "@/components/rollout/status-tag";
import { Secondary } from "@/components/ui/secondary";
import { getActor, requirePageActor } from "@/lib/auth/session";
import { getRecordHistory } from "@/lib/data/audit";
import { getDecisionDetail, type DecisionDetail } from "@/lib/data/decisions";
import type { AffectedGoLive, DecisionEffect } from "@/lib/domain/decision-effect";
import { formatIsoDate, formatPartialDate } from "@/lib/domain/dates";
import type { DecisionRecord } from "@/lib/domain/rollout";
import { decisionEffectiveFrom } from "@/lib/domain/status";
import { parseView } from "@/lib/validation/as-of";
import type { SearchParams } from "@/lib/validation/overview";
import { td, th } from "@/components/ui/table-styles";
import { TableScroll } from "@/components/ui/table-scroll";

type Props = { params: Promise<{ key: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ key }, sp] = await Promise.all([params, searchParams]);
  const asOf = parseView(sp.asOf, sp.view);
  const actor = await getActor();
  const detail = actor ? await getDecisionDetail(actor, key, asOf.view) : null;
  return { title: `${asOf.error ? "Error: " : ""}${detail?.decision.title ?? "Decision not found"}` };
}


const days = (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "day" : "days"}`;
const goLives = (n: number) => `${n} ${n === 1 ? "go-live" : "go-lives"}`;

function DecisionLink({ decision, asOf }: { decision: DecisionRecord; asOf: string | null }) {
  return (
    <Link href={withAsOf(`/decisions/${encodeURIComponent(decision.key)}`, asOf)}>
      {formatPartialDate(decision.decided)}: {decision.title}
    </Link>
  );
}

/** The words each kind of effect uses: a halt holds, a resume releases. */
function wordsFor(decision: DecisionRecord, effect: DecisionEffect) {
  if (effect.type === "RELEASE") return { caption: "Go-lives released by this resume", from: "Held from", until: "Released on", days: "Days held" };
  if (decision.kind === "WITHDRAW") return { caption: "Go-lives withdrawn by this decision", from: "Withdrawn from", until: "Withdrawn until", days: "Days withdrawn" };
  if (effect.type === "POSTPONE") return { caption: "Go-lives this postponement covered", from: "Postponed from", until: "Until", days: "Days" };
  return { caption: "Go-lives held by this halt", from: "Held from", until: "Held until", days: "Days held" };
}

/** One sentence, in words, of what the decision had done by the date. */
function summary(decision: DecisionRecord, effect: DecisionEffect): string {
  const asOf = formatIsoDate(effect.asOf);
  const from = formatIsoDate(effect.effectiveFrom);
  const label = DECISION_KIND[decision.kind].label.toLowerCase();
  if (effect.type === "NONE") return `A ${label} does not change any go-live's status, so this dashboard shows no effect for it.`;
  if (!effect.hasTakenEffect) return `On ${asOf} this ${label} had not yet taken effect: it counts from ${from}.`;
  const n = effect.goLives.length;
  const live = effect.goLives.filter((g) => g.wentLive).length;
  const wentLive = n > 0 ? ` By ${asOf}, ${live} of them had gone live.` : "";
  if (effect.type === "RELEASE") {
    if (!effect.lifts) return `This resume names no halt in the record, so it released no go-lives.`;
    if (n === 0) return `This resume lifted the halt of ${formatPartialDate(effect.lifts.decided)} from ${from}; the halt was holding no go-lives it covers by then.`;
    return `This resume lifted the halt of ${formatPartialDate(effect.lifts.decided)} from ${from}, releasing ${goLives(n)} it had held since ${formatIsoDate(effect.goLives[0]!.from)}.${wentLive}`;
  }
  if (effect.type === "POSTPONE") {
    if (n === 0) return `This postponement took effect on ${from}; every go-live it covered was already live.`;
    return `This postponement took effect on ${from} and covered ${goLives(n)} not yet live. The status rules do not hold go-lives for a postponement: their plans say when they were due.${wentLive}`;
  }
  if (n === 0) return `This ${label} took effect on ${from} and held no go-lives: every go-live it covered was already live or withdrawn.`;
  const verb = decision.kind === "WITHDRAW" ? "took" : "held";
  const object = decision.kind === "WITHDRAW" ? `${goLives(n)} out of the rollout` : goLives(n);
  const lifted = effect.goLives.filter((g) => g.end === "LIFTED");
  const held = effect.goLives.filter((g) => g.end === "IN_FORCE");
  const liftDays = new Set(lifted.map((g) => g.until));
  const parts = [`This ${label} ${verb} ${object} that ${n === 1 ? "was" : "were"} not yet live when it took effect on ${from}.`];
  if (lifted.length === n && liftDays.size === 1) {
    const sameLength = new Set(lifted.map((g) => g.days)).size === 1;
    parts.push(`It was lifted on ${formatIsoDate(lifted[0]!.until)}${sameLength ? `, after ${days(lifted[0]!.days)}` : ""}.`);
  } else if (lifted.length > 0) {
    parts.push(`It had been lifted for ${lifted.length} of them by ${asOf}.`);
  }
  if (held.length > 0) parts.push(`On ${asOf} it was still in force for ${held.length === n ? (n === 1 ? "it" : "all of them") : held.length}: ${days(held[0]!.days)}.`);
  return parts.join(" ") + wentLive;
}

function Until({ goLive, asOf }: { goLive: AffectedGoLive; asOf: string }) {
  if (goLive.end === "IN_FORCE") return <>Still in force on {formatIsoDate(asOf)}</>;
  return (
    <>
      {formatIsoDate(goLive.until)}
      <span className="block text-ink-secondary">{goLive.end === "LIFTED" ? `Lifted${goLive.liftedBy ? `: ${goLive.liftedBy.title}` : ""}` : "Went live"}</span>
    </>
  );
}

function EffectTable({ detail, asOfParam }: { detail: DecisionDetail; asOfParam: string | null }) {
  const { decision, effect } = detail;
  const words = wordsFor(decision, effect);
  const caption = `${words.caption} as of ${formatIsoDate(effect.asOf)}`;
  const notLive = `Not live by ${formatIsoDate(effect.asOf)}`;
  return (
    <TableScroll label={caption}>
      <table className="w-full min-w-[48rem] border-collapse nhs-text-16">
        <caption className="text-left font-semibold mb-2">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>Go-live</th>
            <th scope="col" className={th}>{words.from}</th>
            <th scope="col" className={th}>{words.until}</th>
            <th scope="col" className={`${th} text-right`}>{words.days}</th>
            <th scope="col" className={th}>Went live</th>
            <th scope="col" className={`${th} text-right`}>Days from the decision to go-live</th>
          </tr>
        </thead>
        <tbody>
          {effect.goLives.map((g) => (
            <tr key={g.goLiveId}>
              <th scope="row" className={`${td} text-left font-normal`}>
                <Link href={withAsOf(`/trusts/${g.trust.slug}`, asOfParam)} className="font-semibold">{g.trust.name}</Link>
                {g.scope !== "Whole trust" ? <span className="block text-ink-secondary">{g.scope}</span> : null}
              </th>
              <td className={td}>{formatIsoDate(g.from)}</td>
              <td className={td}><Until goLive={g} asOf={effect.asOf} /></td>
              <td className={`${td} text-right tabular-nums`}>{g.days.toLocaleString("en-GB")}</td>
              <td className={td}>{g.wentLive ? formatPartialDate(g.wentLive) : <Secondary>{notLive}</Secondary>}</td>
              <td className={`${td} text-right tabular-nums whitespace-nowrap`}>{g.daysToGoLive ? formatSlip(g.daysToGoLive) : <Secondary>{notLive}</Secondary>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export default async function DecisionPage({ params, searchParams }: Props) {
  const [{ key }, sp] = await Promise.all([params, searchParams]);
  const actor = await requirePageActor("rollout.read");
  const asOf = parseView(sp.asOf, sp.view);
  const detail = await getDecisionDetail(actor, key, asOf.view);
  if (!detail) notFound();
  const { decision, effect, lifts, liftedBy } = detail;
  const asOfParam = asOf.error ? null : asOf.requested;
  const history = await getRecordHistory(actor, [{ entity: "Decision", entityId: String(decision.id) }]);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-6 nhs-text-16">
        <Link href={withAsOf("/decisions", asOfParam)}>Decision log</Link>
      </nav>
      <p className="mb-2"><DecisionKindTag kind={decision.kind} /></p>
      <h1>{decision.title}</h1>
      <p className="mb-6 no-print">
        <Link href={`/changes?decision=${decision.key}`}>What was recorded about it and its trusts since</Link>
        {" · "}
        <a href={`/api/v1/changes.atom?decision=${decision.key}`}>Follow it in a feed reader</a>
      </p>
      <dl className="bg-white p-4 tablet:p-6 mb-8 grid grid-cols-1 tablet:grid-cols-[14rem_1fr] gap-x-6 gap-y-3 max-w-page">
        <dt className="font-semibold">Kind</dt>
        <dd>{DECISION_KIND[decision.kind].label}</dd>
        <dt className="font-semibold">Date decided</dt>
        <dd>{formatPartialDate(decision.decided)}</dd>
        <dt className="font-semibold">First reported</dt>
        <dd>{decision.reportedOn ? formatIsoDate(decision.reportedOn) : <Secondary>Not known</Secondary>}</dd>
        <dt className="font-semibold">Counts from</dt>
        <dd>{formatIsoDate(decisionEffectiveFrom(decision))}</dd>
        <dt className="font-semibold">Taken by</dt>
        <dd>{decision.body}</dd>
        <dt className="font-semibold">Scope</dt>
        <dd>{decision.scope === "ALL_LONDON" ? "All London trusts in the rollout" : decision.trustNames.join(", ") || <Secondary>Not known</Secondary>}</dd>
        <dt className="font-semibold">Rationale</dt>
        <dd className="max-w-reading whitespace-pre-line">{decision.rationale ?? <Secondary>Not known</Secondary>}</dd>
        {decision.commitment ? (
          <>
            <dt className="font-semibold">Commits to</dt>
            <dd className="max-w-reading">
              {decision.commitment.what}, {decision.commitment.dueLabel ?? `by ${formatPartialDate(decision.commitment.due)}`}
              {decision.commitment.byKind ? <Secondary> (made by a {MAKER_KIND_LABEL[decision.commitment.byKind].toLowerCase()})</Secondary> : null}
              <span className="block">
                {decision.commitment.met ? `Met ${formatPartialDate(decision.commitment.met)}${decision.commitment.metNote ? `: ${decision.commitment.metNote}` : "."}` : "The record does not say it was met."}{" "}
                <Link href={withAsOf("/board/promises", asOfParam, `#promise-decision-${decision.key}`)}>In the promises ledger</Link>
              </span>
            </dd>
          </>
        ) : null}
        {lifts ? (
          <>
            <dt className="font-semibold">Lifts</dt>
            <dd><DecisionLink decision={lifts} asOf={asOfParam} /></dd>
          </>
        ) : null}
        {decision.kind === "HALT" ? (
          <>
            <dt className="font-semibold">Lifted by</dt>
            <dd>
              {liftedBy.length ? (
                <ul className="list-none">
                  {liftedBy.map((d) => (
                    <li key={d.id}><DecisionLink decision={d} asOf={asOfParam} /></li>
                  ))}
                </ul>
              ) : (
                <Secondary>Not lifted in the record</Secondary>
              )}
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">Certainty</dt>
        <dd><CertaintyTag certainty={decision.certainty} note={decision.certaintyNote} /></dd>
        <dt className="font-semibold">Sources</dt>
        <dd><SourceList sources={decision.sources} hindsightOn={asOf.hindsight ? asOf.asOf : null} /></dd>
      </dl>
      <AsOfForm action={`/decisions/${encodeURIComponent(decision.key)}`} asOf={asOf} />
      <section aria-labelledby="effect-heading" className="mb-10">
        <h2 id="effect-heading">Effect as of {formatIsoDate(asOf.asOf)}</h2>
        <p className="max-w-reading mb-4">{summary(decision, effect)}</p>
        {effect.goLives.length > 0 ? <EffectTable detail={detail} asOfParam={asOfParam} /> : null}
      </section>
      <section aria-labelledby="history-heading" id="history" className="mb-10">
        <h2 id="history-heading">Change history</h2>
        <p className="mb-4 max-w-reading">Every change made to this decision through the dashboard: who made it, when, and the values recorded.</p>
        <ChangeHistory entries={history} />
      </section>
    </>
  );
}
