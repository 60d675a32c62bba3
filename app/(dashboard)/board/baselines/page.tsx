import type { Metadata } from "next";
import { DataTable, RowHead } from "@/components/ui/data-table";
import { BOARD_REVIEW } from "@/components/layout/trails";
import { PageHeading } from "@/components/ui/page-heading";
import Link from "next/link";
import { FormLink } from "@/components/ui/form-link";
import { SecondaryLine } from "@/components/ui/secondary";
import { td } from "@/components/ui/table-styles";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { loadBaselineChoices } from "@/lib/data/baselines";
import { formatIsoDate } from "@/lib/domain/dates";
import { CompareForm } from "./compare-form";
import { DownloadLinks } from "@/components/rollout/download-links";

export const metadata: Metadata = { title: "Baselines" };

export default async function BaselinesPage() {
  const actor = await requirePageActor("rollout.read");
  const { baselines, derived } = await loadBaselineChoices(actor);
  return (
    <>
      <PageHeading trail={[BOARD_REVIEW]} title="Baselines" leadClassName="nhs-text-22 max-w-reading mb-8">
        Compare the plans of any date with a baseline: how far each go-live slipped, how many times it was re-planned, and which sources announced the re-plans.
      </PageHeading>
      {can(actor, "baseline.record") ? <FormLink href="/board/baselines/new">Take a baseline</FormLink> : null}
      <CompareForm baselines={baselines} derived={derived} />
      {can(actor, "rollout.export") && baselines.length > 0 ? (
        <DownloadLinks groups={[{ path: "/exports/baselines", what: "every baseline kept, plan by plan" }]} note="each go-live's plan in each baseline" />
      ) : null}
      <section aria-labelledby="kept-heading" className="mb-10">
        <h2 id="kept-heading">Baselines kept</h2>
        {baselines.length === 0 ? (
          <p className="max-w-reading">No baseline has been taken yet. The record on any past date can be used as one: choose a date in the form above.</p>
        ) : (
          <DataTable
            scroll="Baselines kept"
            className="min-w-[40rem]"
            caption="Baselines kept, oldest date first"
            captionClassName="sr-only"
            columns={["Name", "Plans as of", "Taken by", { label: "Go-lives", className: "text-right" }]}
          >
            {baselines.map((b) => (
              <tr key={b.key}>
                <RowHead>
                  <Link href={`/board/compare?baseline=${b.key}`}>{b.name}</Link>
                  {b.description ? <SecondaryLine>{b.description}</SecondaryLine> : null}
                </RowHead>
                <td className={td}>{formatIsoDate(b.takenAsOf)}</td>
                <td className={td}>
                  {b.takenBy}
                  <SecondaryLine>on {formatIsoDate(b.createdAt.toISOString().slice(0, 10))}</SecondaryLine>
                </td>
                <td className={`${td} text-right tabular-nums`}>{b.goLives}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
