import { ExceptionsPanel } from "@/components/rollout/exceptions-panel";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { loadExceptions } from "@/lib/data/tolerances";
import type { Metadata } from "next";
import { recordPageTitle } from "../../record-page-title";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AsOfForm, asOfErrorItems } from "@/components/rollout/as-of-form";
import { BaselineCompareForm } from "@/components/rollout/baseline-compare-form";
import { GoLivesTable } from "@/components/rollout/go-lives-table";
import { withAsOf } from "@/components/rollout/format";
import { AcceptanceList } from "@/components/rollout/acceptance-list";
import { PaymentsTable } from "@/components/rollout/payments-table";
import { CertaintyAndSourceTerms } from "@/components/rollout/fact-cells";
import { dateParams, pageLinks } from "@/components/rollout/list-page";
import { TrustTimeline } from "@/components/rollout/trust-timeline";
import { requirePageActor } from "@/lib/auth/session";
import { getRecordHistory } from "@/lib/data/audit";
import { getTrustDetail } from "@/lib/data/trust";
import { loadBaselineChoices } from "@/lib/data/baselines";
import { can } from "@/lib/auth/permissions";
import { ChangeHistory } from "@/components/rollout/change-history";
import { ConflictsSection } from "@/components/rollout/conflict-panel";
import { listConflictsForTrust } from "@/lib/data/conflicts";
import { GoLiveActions } from "@/components/rollout/go-live-actions";
import { OrganisationChangeList, OrganisationFacts } from "@/components/rollout/organisation-changes";
import { loadOrganisations } from "@/lib/data/organisations";
import { organisationOn, partsOn } from "@/lib/domain/organisations";
import { formatIsoDate } from "@/lib/domain/dates";
import { parseView } from "@/lib/validation/as-of";
import { pageOf, parsePage, type SearchParams } from "@/lib/validation/overview";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Pagination } from "@/components/ui/pagination";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, sp] = await Promise.all([params, searchParams]);
  return recordPageTitle(sp, "Trust not found", async (actor, view) => (await getTrustDetail(actor, slug, view))?.trust.name, parsePage(sp.page).error);
}

export default async function TrustPage({ params, searchParams }: Props) {
  const [{ slug }, sp] = await Promise.all([params, searchParams]);
  const actor = await requirePageActor("rollout.read");
  const asOf = parseView(sp.asOf, sp.view);
  const detail = await getTrustDetail(actor, slug, asOf.view);
  if (!detail) notFound();
  const { trust } = detail;
  const asOfParam = asOf.error ? null : asOf.requested;
  const link = { asOf: asOfParam, hindsight: asOf.hindsight };
  const history = await getRecordHistory(actor, [
    { entity: "Trust", entityId: String(trust.id) },
    ...detail.goLives.map((g) => ({ entity: "GoLive", entityId: String(g.id) })),
  ]);
  const canRecord = can(actor, "go-live.replan");
  const [conflicts, organisations, exceptions, baselineChoices] = await Promise.all([
    listConflictsForTrust(actor, trust.id, asOf.view),
    loadOrganisations(actor),
    trust.isRolloutTarget ? loadExceptions(actor, asOf.view, { trustId: trust.id }) : null,
    trust.isRolloutTarget ? loadBaselineChoices(actor) : null,
  ]);
  // The organisation as it stood on the page's date: its name, type, and the trust it was part of.
  const organisation = organisations.organisations.get(trust.id)!;
  const on = organisationOn(organisation, organisations.changesByTrust.get(trust.id) ?? [], asOf.asOf);
  const parts = partsOn(trust.id, organisations.changes, asOf.asOf);
  const changesHere = organisations.changes.filter((c) => c.trustId === trust.id || c.successor?.id === trust.id);
  // The timeline, 50 entries a page: a trust re-planned hundreds of times is read a page at a time.
  const requested = parsePage(sp.page);
  const timeline = pageOf(detail.timeline, requested.page);
  const errors = [...asOfErrorItems(asOf), ...(requested.error ? [{ href: "#timeline-pages", message: requested.error }] : [])];
  return (
    <>
      {errors.length ? <ErrorSummary errors={errors} /> : null}
      <Breadcrumb trail={[{ href: withAsOf("/", link), label: "Rollout overview" }]} />
      {sp.saved ? (
        <div role="status" className="mb-6 bg-white border-l-8 border-success p-4 max-w-reading">
          <p className="font-semibold">Your change has been saved.</p>
          <p>
            <a href="#history">See it in the change history</a>
          </p>
        </div>
      ) : null}
      <h1>{on.name}</h1>
      <dl className="bg-white p-4 tablet:p-6 mb-8 grid grid-cols-1 tablet:grid-cols-[14rem_1fr] gap-x-6 gap-y-3 max-w-page">
        <dt className="font-semibold">Short name</dt>
        <dd>{on.shortName}</dd>
        <OrganisationFacts on={on} parts={parts} names={organisations.organisations} asOf={asOf.asOf} asOfParam={asOfParam} />
        <dt className="font-semibold">ODS code</dt>
        <dd>{trust.odsCode ?? <span className="text-ink-secondary">Not known</span>}</dd>
        <dt className="font-semibold">Sites</dt>
        <dd>{trust.sites.length ? trust.sites.join(", ") : <span className="text-ink-secondary">Not known</span>}</dd>
        <dt className="font-semibold">In the BT rollout</dt>
        <dd>{trust.isRolloutTarget ? "Yes" : "No: the record gives it no go-live under BT's London contract"}</dd>
        {trust.notes ? (
          <>
            <dt className="font-semibold">Notes</dt>
            <dd>{trust.notes}</dd>
          </>
        ) : null}
        <CertaintyAndSourceTerms fact={trust} />
      </dl>
      <AsOfForm action={`/trusts/${trust.slug}`} asOf={asOf} summary={false} />
      <OrganisationChangeList changes={changesHere} names={organisations.organisations} asOf={asOf.asOf} />
      {exceptions ? (
        <ExceptionsPanel result={exceptions} asOf={asOf.asOf} hindsight={asOf.hindsight} asOfParam={asOfParam} includeClosed about={trust.shortName} />
      ) : null}
      <section aria-labelledby="status-heading" className="mb-10">
        <h2 id="status-heading">Status as of {formatIsoDate(asOf.asOf)}</h2>
        {detail.rows.length ? (
          <GoLivesTable
            rows={detail.rows}
            asOf={link}
            hindsightOn={asOf.hindsight ? asOf.asOf : null}
            caption={`${trust.shortName} go-lives as of ${formatIsoDate(asOf.asOf)}`}
          />
        ) : (
          <p className="bg-white p-4">The record holds no go-live for this trust.</p>
        )}
      </section>
      {detail.rows.length && baselineChoices ? <BaselineCompareForm choices={baselineChoices} asOf={asOfParam} /> : null}
      <ConflictsSection
        conflicts={conflicts}
        id="conflicts-heading"
        title="Where sources disagree"
        intro="Facts about this trust that the sources give differently: each claim side by side with its source. The record keeps every side."
        asOf={link}
      />
      {canRecord ? <GoLiveActions trust={trust} goLives={detail.goLives} /> : null}
      <section aria-labelledby="timeline-heading" className="mb-10">
        <h2 id="timeline-heading">Timeline</h2>
        <p className="mb-4 max-w-reading">
          Every plan, re-plan, go-live, problem and decision that touched this trust, each with its source. Entries after {formatIsoDate(asOf.asOf)} are marked.
        </p>
        <Pagination
          {...pageLinks({
            id: "timeline-pages",
            noun: "entries",
            path: `/trusts/${trust.slug}`,
            params: dateParams(asOf),
            shown: { ...timeline, total: detail.timeline.length },
            hash: "#timeline-heading",
          })}
        />
        <TrustTimeline entries={timeline.rows} asOf={asOf.asOf} />
      </section>
      <section aria-labelledby="acceptance-heading" className="mb-10">
        <h2 id="acceptance-heading">Acceptance and payments</h2>
        <p className="mb-4 max-w-reading">
          BT is paid a one-off deployment charge only once the trust certifies a deployment as fit for purpose, then a monthly service charge.
        </p>
        <AcceptanceList acceptances={detail.acceptances} goLives={detail.goLives} asOf={asOf.asOf} hindsight={asOf.hindsight} />
        <PaymentsTable payments={detail.payments} caption={`Payments tied to ${trust.shortName}`} />
      </section>
      <section aria-labelledby="history-heading" id="history" className="mb-10">
        <h2 id="history-heading">Change history</h2>
        <p className="mb-4 max-w-reading">
          Every change made to this trust&rsquo;s record through the dashboard: who made it, when, and the values before and after.
        </p>
        <ChangeHistory entries={history} />
        <p className="mt-4 no-print">
          <Link href={`/changes?trust=${trust.slug}`}>What changed about {trust.shortName} since you last looked</Link>
          {" · "}
          <a href={`/api/v1/changes.atom?trust=${trust.slug}`}>Follow it in a feed reader</a>
        </p>
      </section>
    </>
  );
}
