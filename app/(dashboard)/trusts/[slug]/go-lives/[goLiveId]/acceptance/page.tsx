import type { Metadata } from "next";
import { todayIso } from "@/lib/domain/dates";
import { notFound } from "next/navigation";
import { AcceptanceForm } from "@/components/forms/go-live-forms";
import { GoLiveFormPage } from "@/components/rollout/go-live-form-page";
import { requirePageActor } from "@/lib/auth/session";
import { getGoLiveForForm, listSourceOptions } from "@/lib/data/forms";
import { parseId } from "@/lib/validation/common";

export const metadata: Metadata = { title: "Record acceptance as fit for purpose" };

type Props = { params: Promise<{ slug: string; goLiveId: string }> };

export default async function Page({ params }: Props) {
  const actor = await requirePageActor("acceptance.record");
  const { slug, goLiveId } = await params;
  const [goLive, sources] = await Promise.all([
    parseId(goLiveId) ? getGoLiveForForm(actor, "acceptance.record", slug, parseId(goLiveId)!) : null,
    listSourceOptions(actor),
  ]);
  if (!goLive) notFound();
  return (
    <GoLiveFormPage goLive={goLive} title={`Record acceptance as fit for purpose: ${goLive.trust.shortName}`}>
      <AcceptanceForm goLiveId={goLive.id} version={goLive.version} sources={sources} today={todayIso()} />
    </GoLiveFormPage>
  );
}
