import type { Metadata } from "next";
import { BOARD_REVIEW, TOLERANCES } from "@/components/layout/trails";
import { PageHeading } from "@/components/ui/page-heading";
import { ToleranceForm } from "@/components/forms/tolerance-form";
import { requirePageActor } from "@/lib/auth/session";
import { loadToleranceFormOptions } from "@/lib/data/tolerances";
import { todayIso } from "@/lib/domain/dates";
import { parseId } from "@/lib/validation/common";

export const metadata: Metadata = { title: "Set a tolerance" };

type Props = { searchParams: Promise<{ goLive?: string | string[] }> };

export default async function NewTolerancePage({ searchParams }: Props) {
  const actor = await requirePageActor("tolerance.set");
  const options = await loadToleranceFormOptions(actor);
  const asked = parseId((await searchParams).goLive);
  const goLiveId = asked !== null && options.goLives.some((g) => g.id === asked) ? asked : undefined;
  return (
    <>
      <PageHeading trail={[BOARD_REVIEW, TOLERANCES]} title="Set a tolerance">
        What the board agrees to tolerate, for the whole programme or one go-live. A go-live outside it is an exception: it leads the board pack and is shown on
        the overview and the trust&apos;s page. A tolerance is never edited: a new one replaces the one in force from the day it was agreed, and both stay in
        the history and the audit trail. Pages for earlier dates, as the record stood, do not apply it: it was not known then.
      </PageHeading>
      <ToleranceForm goLives={options.goLives} baselines={options.baselines} today={todayIso()} goLiveId={goLiveId} />
    </>
  );
}
