import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { SourceForm } from "@/components/forms/source-form";
import { requirePageActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Add a source" };

export default async function NewSourcePage() {
  await requirePageActor("source.add");
  return (
    <>
      <PageHeading trail={[{ href: "/sources", label: "Sources" }]} title="Add a source">
        A report, answer or publication that facts in the record can cite. Once added, it can be chosen in every form.
      </PageHeading>
      <SourceForm />
    </>
  );
}
