import type { Metadata } from "next";
import { DataTable, RowHead } from "@/components/ui/data-table";
import Link from "next/link";
import { FormLink } from "@/components/ui/form-link";
import { DownloadLinks } from "@/components/rollout/download-links";
import { ListPage } from "@/components/rollout/list-page";
import { ExceptionsTable } from "@/components/rollout/exceptions-table";
import { Secondary } from "@/components/ui/secondary";
import { td } from "@/components/ui/table-styles";
import { Tag } from "@/components/ui/tag";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { queryString, searchParamsOf } from "@/lib/validation/search-params";
import { loadTolerancesPage, type ToleranceRecord } from "@/lib/data/tolerances";
import { formatIsoDate, todayIso } from "@/lib/domain/dates";
import { TOLERANCE_KIND_LABEL, toleranceWords } from "@/lib/domain/tolerances";
import { parseView } from "@/lib/validation/as-of";
import type { SearchParams } from "@/lib/validation/overview";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = searchParamsOf(await searchParams);
  const view = parseView(params.get("asOf") ?? undefined, params.get("view") ?? undefined);
  return { title: `${view.error || view.viewError ? "Error: " : ""}Tolerances and exceptions` };
}

const forWhom = (t: ToleranceRecord) => (t.goLive ? `${t.goLive.trustName}: ${t.goLive.scope}` : "The whole programme");

export default async function TolerancesPage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const params = searchParamsOf(await searchParams);
  const view = parseView(params.get("asOf") ?? undefined, params.get("view") ?? undefined);
  const asOf = view.asOf;
  const page = await loadTolerancesPage(actor, { asOf, hindsight: view.hindsight });
  const saved = params.get("saved");
  const savedRecord = saved ? (page.history.find((t) => t.key === saved) ?? null) : null;
  const query = queryString({ asOf: view.error ? null : view.requested, view: view.hindsight ? "hindsight" : null });
  const open = page.exceptions.filter((e) => e.state === "OPEN");
  const closed = page.exceptions.filter((e) => e.state === "CLOSED");
  return (
    <ListPage
      breadcrumb={{ href: "/board", label: "Board review" }}
      title="Tolerances and exceptions"
      lead={
        <p className="nhs-text-22 max-w-reading mb-6">
          What the board agreed to tolerate (days of slip against a baseline, a deadline, money deferred) and the go-lives outside it on {formatIsoDate(asOf)}:
          the exceptions the board pack leads with.
        </p>
      }
      notices={
        <>
          {savedRecord ? (
            <p role="status" className="mb-6 bg-white border-l-8 border-success p-4">
              {savedRecord.cleared ? "The tolerance has been cleared" : "The tolerance has been set"}: {forWhom(savedRecord)}, {toleranceWords(savedRecord)},
              from {formatIsoDate(savedRecord.agreedOn)}. It is marked in the history below.
              {savedRecord.agreedOn < todayIso()
                ? " Pages for dates before today, as the record stood, do not apply it: choose “with hindsight” to see it applied to them."
                : ""}
            </p>
          ) : null}
          {can(actor, "tolerance.set") ? <FormLink href="/board/tolerances/new">Set a tolerance</FormLink> : null}
        </>
      }
      action="/board/tolerances"
      asOf={view}
    >
      <section aria-labelledby="exceptions-heading" className="mb-10">
        <h2 id="exceptions-heading">Exceptions on {formatIsoDate(asOf)}</h2>
        {page.recordedLater > 0 && !view.hindsight ? (
          <p className="bg-white p-4 border-l-4 border-nhs-blue max-w-reading">
            {page.recordedLater === 1 ? "1 tolerance agreed by this date was" : `${page.recordedLater} tolerances agreed by this date were`} recorded after it,
            so the record as it stood does not apply {page.recordedLater === 1 ? "it" : "them"}.{" "}
            <Link href={`/board/tolerances${queryString({ asOf, view: "hindsight" })}`}>See this date with hindsight</Link>.
          </p>
        ) : null}
        {page.applying === 0 ? (
          <p>No tolerance applies on this date{view.hindsight ? "" : ", as the record stood"}: there can be no exception.</p>
        ) : page.exceptions.length === 0 ? (
          <p>No go-live is outside tolerance on this date.</p>
        ) : (
          <>
            <p>
              {open.length} {open.length === 1 ? "go-live is" : "go-lives are"} outside tolerance and not yet live; {closed.length} went live outside it.
            </p>
            <ExceptionsTable exceptions={page.exceptions} caption={`Go-lives outside tolerance on ${formatIsoDate(asOf)}`} query={query} />
            {can(actor, "rollout.export") ? (
              <div className="mt-4">
                <DownloadLinks groups={[{ path: "/exports/exceptions", query, srName: "exceptions" }]} note="the same date and view" />
              </div>
            ) : null}
          </>
        )}
      </section>

      <section aria-labelledby="in-force-heading" className="mb-10">
        <h2 id="in-force-heading">In force on {formatIsoDate(asOf)}</h2>
        {page.inForce.length === 0 ? <p>None.</p> : <ToleranceTable rows={page.inForce} caption="Tolerances in force" savedKey={null} />}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Every tolerance set</h2>
        {page.history.length === 0 ? (
          <p>No tolerance has been set.</p>
        ) : (
          <ToleranceTable rows={page.history} caption="Every tolerance set, the latest first" savedKey={saved} />
        )}
      </section>
    </ListPage>
  );
}

function ToleranceTable({ rows, caption, savedKey }: { rows: ToleranceRecord[]; caption: string; savedKey: string | null }) {
  return (
    <DataTable
      scroll={caption}
      className="min-w-[56rem]"
      caption={caption}
      captionClassName="text-left font-semibold"
      columns={["For", "Kind", "Tolerance", "Agreed", "Recorded", "Why"]}
    >
      {rows.map((t) => (
        <tr key={t.key} id={savedKey ? `tolerance-${t.key}` : undefined} className={savedKey === t.key ? "bg-tag-green-bg" : undefined}>
          <RowHead>{t.goLive ? <Link href={`/trusts/${t.goLive.slug}`}>{forWhom(t)}</Link> : forWhom(t)}</RowHead>
          <td className={td}>{TOLERANCE_KIND_LABEL[t.kind]}</td>
          <td className={td}>{t.cleared ? <Tag tone="grey">Cleared</Tag> : toleranceWords(t)}</td>
          <td className={`${td} whitespace-nowrap`}>{formatIsoDate(t.agreedOn)}</td>
          <td className={td}>
            {formatIsoDate(t.knownFrom!)}
            <Secondary> by {t.setByEmail}</Secondary>
          </td>
          <td className={`${td} max-w-reading`}>{t.reason}</td>
        </tr>
      ))}
    </DataTable>
  );
}
