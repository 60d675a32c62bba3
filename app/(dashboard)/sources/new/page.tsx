import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { SourceForm } from "@/components/forms/source-form";
import { requirePageActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Add a source" };

export default async function NewSourcePage() {
  await requirePageActor("source.add");
  return (
    <>
      <Breadcrumb trail={[{ href: "/sources", label: "Sources" }]} />
      <h1>Add a source</h1>
      <p className="mb-6 max-w-reading">A report, answer or publication that facts in the record can cite. Once added, it can be chosen in every form.</p>
      <SourceForm />
    </>
  );
}
