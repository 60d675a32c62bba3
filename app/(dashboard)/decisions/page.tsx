import type { Metadata } from "next";
import { AsOfForm } from "@/components/rollout/as-of-form";
import { DecisionLog } from "@/components/rollout/decision-log";
import { requirePageActor } from "@/lib/auth/session";
import { loadDecisionRows } from "@/lib/data/rollout";
import { parseAsOf } from "@/lib/validation/as-of";
import type { SearchParams } from "@/lib/validation/overview";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const asOf = parseAsOf((await searchParams).asOf);
  return { title: `${asOf.error ? "Error: " : ""}Decision log` };
}

export default async function DecisionsPage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const asOf = parseAsOf((await searchParams).asOf);
  const decisions = await loadDecisionRows(actor);
  return (
    <>
      <h1>Decision log</h1>
      <p className="nhs-text-22 max-w-reading mb-8">
        The programme&rsquo;s halts, resumes, recommendations and announcements, newest first, each with who took it, what it covered,
        why, and the source that reports it.
      </p>
      <AsOfForm action="/decisions" asOf={asOf} />
      <DecisionLog decisions={decisions} asOf={asOf.asOf} />
    </>
  );
}
