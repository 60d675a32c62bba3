import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReplanForm } from "@/components/forms/go-live-forms";
import { GoLiveFormPage } from "@/components/rollout/go-live-form-page";
import { requirePageActor } from "@/lib/auth/session";
import { getGoLiveForForm, listSourceOptions } from "@/lib/data/forms";
import { todayIso } from "@/lib/domain/dates";
import { parseId } from "@/lib/validation/common";

export const metadata: Metadata = { title: "Re-plan the go-live" };

type Props = { params: Promise<{ slug: string; goLiveId: string }> };

export default async function Page({ params }: Props) {
  const actor = await requirePageActor("go-live.replan");
  const { slug, goLiveId } = await params;
  const [goLive, sources] = await Promise.all([
    parseId(goLiveId) ? getGoLiveForForm(actor, "go-live.replan", slug, parseId(goLiveId)!) : null,
    listSourceOptions(actor),
  ]);
  if (!goLive) notFound();
  return (
    <GoLiveFormPage goLive={goLive} title={`Re-plan the go-live: ${goLive.trust.shortName}`}>
      <ReplanForm goLiveId={goLive.id} version={goLive.version} sources={sources} today={todayIso()} />
    </GoLiveFormPage>
  );
}
