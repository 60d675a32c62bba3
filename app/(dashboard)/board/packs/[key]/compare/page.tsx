import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { ISSUED_PACKS } from "@/components/layout/trails";
import { PageHeading } from "@/components/ui/page-heading";
import { GoLiveRowHeader } from "@/components/rollout/fact-cells";
import { notFound } from "next/navigation";
import { CorrectionsTable } from "@/components/rollout/corrections-table";
import { Secondary } from "@/components/ui/secondary";
import { tableWrap, td } from "@/components/ui/table-styles";
import { requirePageActor } from "@/lib/auth/session";
import { getIssuedPack, loadPackComparison } from "@/lib/data/issued-packs";
import { formatIsoDate, formatPartialDate, formatRecordedAt } from "@/lib/domain/dates";
import { isSamePack } from "@/lib/domain/pack-diff";
import { parseIssuedPackKey } from "@/lib/validation/issued-packs";

type Props = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const key = parseIssuedPackKey((await params).key);
  return { title: key ? `What we know now about the pack ${key}` : "Page not found" };
}

function List({ items, none }: { items: string[]; none: string }) {
  return items.length === 0 ? (
    <p className="mb-6">
      <Secondary>{none}</Secondary>
    </p>
  ) : (
    <ul className="list-disc pl-6 mb-6">
      {items.map((x, i) => (
        <li key={i}>{x}</li>
      ))}
    </ul>
  );
}

export default async function ComparePackPage({ params }: Props) {
  const actor = await requirePageActor("rollout.read");
  const key = parseIssuedPackKey((await params).key);
  const pack = key ? await getIssuedPack(actor, key) : null;
  if (!pack) notFound();
  const comparison = await loadPackComparison(actor, pack);
  const meeting = formatIsoDate(pack.meetingDate);
  const issued = formatRecordedAt(pack.issuedAt);
  return (
    <>
      <PageHeading
        trail={[ISSUED_PACKS, { href: `/board/packs/${pack.key}`, label: <>The pack for {meeting}</> }]}
        title="What we know now that we did not then"
        leadClassName="nhs-text-19 max-w-reading mb-6"
      >
        The pack for the meeting of {meeting}, issued {issued} by {pack.issuedByName}, beside the same pack made from the record as it stands today: the same
        meeting date, the same &ldquo;since&rdquo; date{pack.decisionKey ? " and decision" : ""}. Then, the corrections recorded in the dashboard since it was
        issued.
      </PageHeading>
      {comparison.decisionGone ? (
        <p className="bg-white p-4 mb-8">The decision this pack was made for is no longer in the record, so the pack cannot be made again.</p>
      ) : (
        <section aria-labelledby="diff-heading" className={`${tableWrap} mb-8`} tabIndex={0}>
          <h2 id="diff-heading" className="nhs-text-26">
            The pack now, beside the pack issued
          </h2>
          {isSamePack(comparison.diff) ? (
            <p>
              Made again today, the pack says the same in every part compared: status, rating and latest plan of each go-live, the changes, the decisions in
              force and the sources.
            </p>
          ) : null}
          <h3 className="nhs-text-22">Each go-live on {meeting}</h3>
          {comparison.diff.goLives.length === 0 ? (
            <p>
              <Secondary>No go-live&apos;s status, rating or latest plan is different.</Secondary>
            </p>
          ) : (
            <DataTable className="mb-6" caption="What is different for each go-live, then and now" columns={["Trust", "What", "In the pack issued", "Now"]}>
              {comparison.diff.goLives.map((d) => (
                <tr key={`${d.goLiveId}-${d.field}`}>
                  <GoLiveRowHeader trust={d.trust} scope={d.scope} />
                  <td className={td}>{d.field}</td>
                  <td className={td}>{d.then}</td>
                  <td className={td}>{d.now}</td>
                </tr>
              ))}
            </DataTable>
          )}
          <List
            items={[
              ...comparison.diff.goLivesAdded.map((x) => `Now in the pack: ${x}`),
              ...comparison.diff.goLivesRemoved.map((x) => `No longer in the pack: ${x}`),
            ]}
            none="The same go-lives are in the pack."
          />
          <h3 className="nhs-text-22">Changes since the last pack</h3>
          <List
            items={[
              ...comparison.diff.changesAdded.map((c) => `Now listed: ${formatPartialDate(c.on)}, ${c.trust ?? "all London"}: ${c.text}`),
              ...comparison.diff.changesRemoved.map((c) => `No longer listed: ${formatPartialDate(c.on)}, ${c.trust ?? "all London"}: ${c.text}`),
            ]}
            none="The same changes are listed."
          />
          <h3 className="nhs-text-22">Decisions in force</h3>
          <List
            items={[
              ...comparison.diff.inForceAdded.map((d) => `Now in force: ${d.title}`),
              ...comparison.diff.inForceRemoved.map((d) => `No longer in force: ${d.title}`),
            ]}
            none="The same decisions are in force."
          />
          <h3 className="nhs-text-22">Sources</h3>
          <List
            items={[
              ...comparison.diff.sourcesAdded.map((s) => `Now cited: ${s.publisher}, “${s.title}”`),
              ...comparison.diff.sourcesRemoved.map((s) => `No longer cited: ${s.publisher}, “${s.title}”`),
            ]}
            none="The same sources are cited."
          />
        </section>
      )}
      <section aria-labelledby="since-heading" className={tableWrap} tabIndex={0}>
        <h2 id="since-heading" className="nhs-text-26">
          Corrections recorded since the pack was issued
        </h2>
        <CorrectionsTable
          corrections={comparison.corrections}
          caption={`Recorded in the dashboard after ${issued}, oldest first`}
          none={`No correction has been recorded in the dashboard since ${issued}.`}
        />
      </section>
    </>
  );
}
