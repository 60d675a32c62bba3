import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { readImportBatch } from "@/lib/import/batches";
import { countOf, KINDS } from "@/lib/import/kinds";

export const metadata: Metadata = { title: "Rows imported" };

/** /import/<id>/applied: where an import lands once saved. */
export default async function ImportAppliedPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("go-live.replan");
  const batch = await readImportBatch(actor, (await params).id);
  if (!batch) notFound();
  if (!batch.appliedAt) {
    return (
      <>
        <h1>This file has not been imported</h1>
        <p>
          <Link href={`/import/${batch.id}`}>Go back to its preview</Link>.
        </p>
      </>
    );
  }
  const trusts = [...new Map(batch.rows.map((r) => [r.trust!.slug, r.trust!.name])).entries()].sort((a, b) => a[1].localeCompare(b[1]));
  return (
    <>
      <div role="alert" className="mb-8 border-4 border-nhs-green bg-white p-4 tablet:p-6 max-w-page">
        <h1 className="nhs-text-32">{countOf(KINDS[batch.kind], batch.appliedCount ?? 0)} imported</h1>
        <p>From {batch.fileName}, each with its entry in the audit trail.</p>
      </div>
      <h2>Trusts changed</h2>
      <ul className="list-disc pl-6 mb-6">
        {trusts.map(([slug, name]) => (
          <li key={slug}>
            <Link href={`/trusts/${slug}#history`}>{name}</Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/changes">See what changed</Link> · <Link href="/import">Import another file</Link>
      </p>
    </>
  );
}
