import type { Metadata } from "next";
import { BASELINES, BOARD_REVIEW } from "@/components/layout/trails";
import { PageHeading } from "@/components/ui/page-heading";
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
      <PageHeading trail={[BOARD_REVIEW, BASELINES]} title="Take a baseline">
        A baseline keeps every go-live&apos;s plan as the record stood on a day, so that later plans can be compared with it even if the record of that day is
        corrected afterwards. Nothing else in the record changes.
      </PageHeading>
      <BaselineForm suggestedDate={on.requested && !on.error ? on.asOf : undefined} />
    </>
  );
}
