import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { notFound } from "next/navigation";
import { ProblemForm } from "@/components/forms/go-live-forms";
import { requirePageActor } from "@/lib/auth/session";
import { listSourceOptions } from "@/lib/data/forms";
import { getTrustDetail } from "@/lib/data/trust";
import { todayIso } from "@/lib/domain/dates";

export const metadata: Metadata = { title: "Record a problem" };

export default async function NewProblemPage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requirePageActor("problem.record");
  const { slug } = await params;
  const [detail, sources] = await Promise.all([getTrustDetail(actor, slug, { asOf: todayIso(), hindsight: false }), listSourceOptions(actor)]);
  if (!detail) notFound();
  return (
    <>
      <PageHeading trail={[{ href: `/trusts/${slug}`, label: detail.trust.name }]} title={<>Record a problem: {detail.trust.shortName}</>} />
      <ProblemForm trustId={detail.trust.id} goLives={detail.goLives.map((g) => ({ id: g.id, label: g.scope }))} sources={sources} />
    </>
  );
}
