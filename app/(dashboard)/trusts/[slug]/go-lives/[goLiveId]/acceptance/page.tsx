import type { Metadata } from "next";
import { AcceptanceForm } from "@/components/forms/go-live-forms";
import { GoLiveFormPage } from "@/components/rollout/go-live-form-page";
import { loadGoLiveForm, type GoLiveFormParams } from "../load-go-live-form";

export const metadata: Metadata = { title: "Record acceptance as fit for purpose" };

export default async function Page({ params }: { params: GoLiveFormParams }) {
  const { goLive, form } = await loadGoLiveForm(params, "acceptance.record");
  return (
    <GoLiveFormPage goLive={goLive} title={`Record acceptance as fit for purpose: ${goLive.trust.shortName}`}>
      <AcceptanceForm {...form} />
    </GoLiveFormPage>
  );
}
