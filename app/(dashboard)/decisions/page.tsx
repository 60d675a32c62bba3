import type { Metadata } from "next";
import Link from "next/link";
import { AsOfForm } from "@/components/rollout/as-of-form";
import { DecisionLog } from "@/components/rollout/decision-log";
import { can } from "@/lib/auth/permissions";
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
      {can(actor, "decision.record") ? (
        <p className="mb-8 no-print">
          <Link href="/decisions/new" className="font-semibold">Record a decision</Link>
        </p>
      ) : null}
      <AsOfForm action="/decisions" asOf={asOf} />
      <DecisionLog decisions={decisions} asOf={asOf.asOf} linkAsOf={asOf.error ? null : asOf.requested} />
    </>
  );
}
