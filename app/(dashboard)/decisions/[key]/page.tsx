import type { Metadata } from "next";
import { recordPageTitle } from "../../record-page-title";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { MAKER_KIND_LABEL } from "@/lib/domain/makers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AsOfForm } from "@/components/rollout/as-of-form";
import { ChangeHistory } from "@/components/rollout/change-history";
import { DECISION_KIND, DecisionKindTag } from "@/components/rollout/decision-log";
import { withAsOf } from "@/components/rollout/format";
import { formatSlip } from "@/lib/domain/format";
import { CertaintyAndSourceTerms, KnownCell } from "@/components/rollout/fact-cells";
import { DataTable, RowHead } from "@/components/ui/data-table";
import { Lines } from "@/components/ui/lines";
import { Secondary } from "@/components/ui/secondary";
import { requirePageActor } from "@/lib/auth/session";
import { getRecordHistory } from "@/lib/data/audit";
import { getDecisionDetail, type DecisionDetail } from "@/lib/data/decisions";
import type { AffectedGoLive } from "@/lib/domain/decision-effect";
import { effectTableWords, summariseDecisionEffect } from "@/lib/domain/decision-words";
import { formatIsoDate, formatPartialDate } from "@/lib/domain/dates";
import type { DecisionRecord } from "@/lib/domain/rollout";
import { decisionEffectiveFrom } from "@/lib/domain/status";
import { parseView } from "@/lib/validation/as-of";
import type { SearchParams } from "@/lib/validation/overview";
import { td } from "@/components/ui/table-styles";

type Props = { params: Promise<{ key: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ key }, sp] = await Promise.all([params, searchParams]);
  return recordPageTitle(sp, "Decision not found", async (actor, view) => (await getDecisionDetail(actor, key, view))?.decision.title);
}

function DecisionLink({ decision, asOf }: { decision: DecisionRecord; asOf: string | null }) {
  return (
    <Link href={withAsOf(`/decisions/${encodeURIComponent(decision.key)}`, asOf)}>
      {formatPartialDate(decision.decided)}: {decision.title}
    </Link>
  );
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
  const words = effectTableWords(decision, effect);
  const caption = `${words.caption} as of ${formatIsoDate(effect.asOf)}`;
  const notLive = `Not live by ${formatIsoDate(effect.asOf)}`;
  return (
    <DataTable
      scroll={caption}
      className="min-w-[48rem]"
      caption={caption}
      captionClassName="text-left font-semibold mb-2"
      columns={[
        "Go-live",
        { label: words.from, key: "from" },
        { label: words.until, key: "until" },
        { label: words.days, key: "days", className: "text-right" },
        "Went live",
        { label: "Days from the decision to go-live", className: "text-right" },
      ]}
    >
      {effect.goLives.map((g) => (
        <tr key={g.goLiveId}>
          <RowHead>
            <Link href={withAsOf(`/trusts/${g.trust.slug}`, asOfParam)} className="font-semibold">
              {g.trust.name}
            </Link>
            {g.scope !== "Whole trust" ? <span className="block text-ink-secondary">{g.scope}</span> : null}
          </RowHead>
          <td className={td}>{formatIsoDate(g.from)}</td>
          <td className={td}>
            <Until goLive={g} asOf={effect.asOf} />
          </td>
          <td className={`${td} text-right tabular-nums`}>{g.days.toLocaleString("en-GB")}</td>
          <KnownCell value={g.wentLive && formatPartialDate(g.wentLive)} missing={notLive} />
          <KnownCell value={g.daysToGoLive && formatSlip(g.daysToGoLive)} missing={notLive} className="text-right tabular-nums whitespace-nowrap" />
        </tr>
      ))}
    </DataTable>
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
      <Breadcrumb trail={[{ href: withAsOf("/decisions", asOfParam), label: "Decision log" }]} />
      <p className="mb-2">
        <DecisionKindTag kind={decision.kind} />
      </p>
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
                {decision.commitment.met
                  ? `Met ${formatPartialDate(decision.commitment.met)}${decision.commitment.metNote ? `: ${decision.commitment.metNote}` : "."}`
                  : "The record does not say it was met."}{" "}
                <Link href={withAsOf("/board/promises", asOfParam, `#promise-decision-${decision.key}`)}>In the promises ledger</Link>
              </span>
            </dd>
          </>
        ) : null}
        {lifts ? (
          <>
            <dt className="font-semibold">Lifts</dt>
            <dd>
              <DecisionLink decision={lifts} asOf={asOfParam} />
            </dd>
          </>
        ) : null}
        {decision.kind === "HALT" ? (
          <>
            <dt className="font-semibold">Lifted by</dt>
            <dd>
              <Lines items={liftedBy} keyOf={(d) => d.id} none="Not lifted in the record">
                {(d) => <DecisionLink decision={d} asOf={asOfParam} />}
              </Lines>
            </dd>
          </>
        ) : null}
        <CertaintyAndSourceTerms fact={decision} view={asOf} />
      </dl>
      <AsOfForm action={`/decisions/${encodeURIComponent(decision.key)}`} asOf={asOf} />
      <section aria-labelledby="effect-heading" className="mb-10">
        <h2 id="effect-heading">Effect as of {formatIsoDate(asOf.asOf)}</h2>
        <p className="max-w-reading mb-4">{summariseDecisionEffect(decision, effect)}</p>
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
