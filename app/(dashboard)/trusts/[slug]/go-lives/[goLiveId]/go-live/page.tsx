import type { Metadata } from "next";
import { ActualGoLiveForm } from "@/components/forms/go-live-forms";
import { GoLiveFormPage } from "@/components/rollout/go-live-form-page";
import { loadGoLiveForm, type GoLiveFormParams } from "../load-go-live-form";

export const metadata: Metadata = { title: "Record the go-live" };

export default async function Page({ params }: { params: GoLiveFormParams }) {
  const { goLive, form } = await loadGoLiveForm(params, "go-live.record-actual");
  return (
    <GoLiveFormPage goLive={goLive} title={`Record the go-live: ${goLive.trust.shortName}`}>
      <ActualGoLiveForm {...form} wentLive={goLive.wentLive} />
    </GoLiveFormPage>
  );
}
