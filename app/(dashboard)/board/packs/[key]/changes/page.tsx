import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { ISSUED_PACKS } from "@/components/layout/trails";
import { PageHeading } from "@/components/ui/page-heading";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CorrectionsTable } from "@/components/rollout/corrections-table";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Secondary } from "@/components/ui/secondary";
import { tableWrap, td } from "@/components/ui/table-styles";
import { requirePageActor } from "@/lib/auth/session";
import { getIssuedPack, getPreviousIssuedPack, listIssuedPacks, loadChangesBetweenPacks } from "@/lib/data/issued-packs";
import { formatIsoDate, formatPartialDate, formatRecordedAt } from "@/lib/domain/dates";
import { parseIssuedPackKey } from "@/lib/validation/issued-packs";
import { errorGroupClass, buttonClass } from "@/components/ui/form-styles";
import { ErrorMessage, Options } from "@/components/forms/fields";

type Props = { params: Promise<{ key: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const CHOOSE = "Choose an issued pack from the list";

async function read({ params, searchParams }: Props) {
  const key = parseIssuedPackKey((await params).key);
  const raw = (await searchParams).against;
  const asked = raw === undefined || raw === "" ? null : raw;
  const against = asked === null ? null : parseIssuedPackKey(asked);
  return { key, asked, against, error: asked !== null && (!against || against === key) ? CHOOSE : null };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { key, error } = await read(props);
  return { title: `${error ? "Error: " : ""}${key ? `Changes since the pack before ${key}` : "Page not found"}` };
}

const label = (p: { meetingDate: string; issuedAt: string; issuedByName: string }) =>
  `Meeting of ${formatIsoDate(p.meetingDate)}, issued ${formatRecordedAt(p.issuedAt)} by ${p.issuedByName}`;

export default async function ChangesBetweenPacksPage(props: Props) {
  const actor = await requirePageActor("rollout.read");
  const { key, against, error: asked } = await read(props);
  const pack = key ? await getIssuedPack(actor, key) : null;
  if (!pack) notFound();
  const [{ packs }, chosen, previous] = await Promise.all([
    listIssuedPacks(actor),
    against && !asked ? getIssuedPack(actor, against) : null,
    getPreviousIssuedPack(actor, pack),
  ]);
  const error = asked ?? (against && !chosen ? CHOOSE : null);
  const other = error ? null : (chosen ?? previous);
  const result = other ? await loadChangesBetweenPacks(actor, pack, other) : null;
  const others = packs.filter((p) => p.key !== pack.key);
  return (
    <>
      {error ? <ErrorSummary errors={[{ href: "#against", message: error }]} /> : null}
      <PageHeading
        trail={[ISSUED_PACKS, { href: `/board/packs/${pack.key}`, label: label(pack) }]}
        title="Changes between two issued packs"
        leadClassName="nhs-text-19 max-w-reading mb-6"
      >
        The facts that became known between the two meetings, as the record holds them now, and the corrections recorded in the dashboard between the times the
        two packs were issued, with who recorded each one and when.
      </PageHeading>
      <form method="get" className="bg-white p-4 tablet:p-6 mb-8">
        <div id="against-group" className={error ? errorGroupClass : ""}>
          <label htmlFor="against" className="block font-semibold mb-1">
            Compare the pack for {formatIsoDate(pack.meetingDate)} with
          </label>
          <p id="against-hint" className="text-ink-secondary nhs-text-16 mb-1">
            By default, the pack issued before it
          </p>
          <ErrorMessage name="against" error={error} />
          <select
            id="against"
            name="against"
            defaultValue={other?.key ?? ""}
            aria-describedby={`against-hint${error ? " against-error" : ""}`}
            className="border-2 border-nhs-grey-1 bg-white px-2 py-1 nhs-text-19 max-w-full"
          >
            <option value="">The pack issued before it</option>
            <Options options={others.map((p) => ({ value: p.key, label: label(p) }))} />
          </select>
        </div>
        <button type="submit" className={`mt-4 ${buttonClass.primary}`}>
          Show the changes
        </button>
      </form>
      {!result ? (
        error ? null : (
          <p className="bg-white p-4">
            <Secondary>No pack was issued before this one. Choose another issued pack above.</Secondary>
          </p>
        )
      ) : (
        <>
          <p className="max-w-reading mb-6">
            From <Link href={`/board/packs/${result.earlier.key}`}>{label(result.earlier)}</Link> to{" "}
            <Link href={`/board/packs/${result.later.key}`}>{label(result.later)}</Link>.
          </p>
          <section aria-labelledby="facts-heading" className={`${tableWrap} mb-8`} tabIndex={0}>
            <h2 id="facts-heading" className="nhs-text-26">
              Facts that became known between the meetings
            </h2>
            {result.changes.length === 0 ? (
              <p>
                <Secondary>
                  Nothing in the record became known between {formatIsoDate(result.earlier.meetingDate)} and {formatIsoDate(result.later.meetingDate)}.
                </Secondary>
              </p>
            ) : (
              <DataTable
                caption={
                  <>
                    Plans, go-lives, decisions and problems after {formatIsoDate(result.earlier.meetingDate)} and by {formatIsoDate(result.later.meetingDate)},
                    oldest first
                  </>
                }
                columns={["When", "Trust", "Change"]}
              >
                {result.changes.map((c, i) => (
                  <tr key={i}>
                    <td className={td}>{formatPartialDate(c.on)}</td>
                    <td className={td}>{c.trust ?? <Secondary>All London</Secondary>}</td>
                    <td className={td}>{c.text}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </section>
          <section aria-labelledby="corrections-heading" className={tableWrap} tabIndex={0}>
            <h2 id="corrections-heading" className="nhs-text-26">
              Corrections recorded in the dashboard between the two issues
            </h2>
            <CorrectionsTable
              corrections={result.corrections}
              caption={`Recorded after ${formatRecordedAt(result.earlier.issuedAt < result.later.issuedAt ? result.earlier.issuedAt : result.later.issuedAt)} and by ${formatRecordedAt(result.earlier.issuedAt < result.later.issuedAt ? result.later.issuedAt : result.earlier.issuedAt)}, oldest first`}
              none="No correction was recorded in the dashboard between the two issues."
            />
          </section>
        </>
      )}
    </>
  );
}
