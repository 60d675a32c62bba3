import type { Metadata } from "next";
import Link from "next/link";
import { ReplanForm } from "@/components/forms/go-live-forms";
import { GoLiveFormPage } from "@/components/rollout/go-live-form-page";
import { loadGoLiveForm, type GoLiveFormParams } from "../load-go-live-form";

export const metadata: Metadata = { title: "Re-plan the go-live" };

export default async function Page({ params }: { params: GoLiveFormParams }) {
  const { goLive, form } = await loadGoLiveForm(params, "go-live.replan");
  return (
    <GoLiveFormPage goLive={goLive} title={`Re-plan the go-live: ${goLive.trust.shortName}`}>
      {goLive.canBeReplanned ? (
        <ReplanForm {...form} />
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
