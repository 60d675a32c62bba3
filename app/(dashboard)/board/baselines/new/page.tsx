import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { BaselineForm } from "@/components/forms/baseline-form";
import { requirePageActor } from "@/lib/auth/session";
import { parseAsOf } from "@/lib/validation/as-of";

export const metadata: Metadata = { title: "Take a baseline" };

type Props = { searchParams: Promise<{ on?: string | string[] }> };

export default async function NewBaselinePage({ searchParams }: Props) {
  await requirePageActor("baseline.record");
  const on = parseAsOf((await searchParams).on);
  return (
    <>
      <Breadcrumb
        trail={[
          { href: "/board", label: "Board review" },
          { href: "/board/baselines", label: "Baselines" },
        ]}
      />
      <h1>Take a baseline</h1>
      <p className="mb-6 max-w-reading">
        A baseline keeps every go-live&apos;s plan as the record stood on a day, so that later plans can be compared with it even if the record of that day is
        corrected afterwards. Nothing else in the record changes.
      </p>
      <BaselineForm suggestedDate={on.requested && !on.error ? on.asOf : undefined} />
    </>
  );
}
