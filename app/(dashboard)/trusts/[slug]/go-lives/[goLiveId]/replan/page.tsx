import type { Metadata } from "next";
import Link from "next/link";
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
      {goLive.canBeReplanned ? (
        <ReplanForm goLiveId={goLive.id} version={goLive.version} sources={sources} today={todayIso()} />
      ) : (
        <div className="bg-white border-l-8 border-nhs-blue p-4 tablet:p-6 max-w-reading">
          <h2 className="nhs-text-26">This go-live has already happened</h2>
          <p className="mb-4">
            The record has it live ({goLive.wentLive.join(" or ")}), so there is no plan left to change. A later phase at this trust is a go-live of its own.
          </p>
          <p>
            <Link href={`/trusts/${goLive.trust.slug}`}>Back to {goLive.trust.shortName}</Link>
          </p>
        </div>
      )}
    </GoLiveFormPage>
  );
}
