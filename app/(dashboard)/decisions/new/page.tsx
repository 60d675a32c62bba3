import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { DecisionForm } from "@/components/forms/decision-form";
import { requirePageActor } from "@/lib/auth/session";
import { getDecisionFormOptions } from "@/lib/data/decisions";
import { listSourceOptions } from "@/lib/data/forms";

export const metadata: Metadata = { title: "Record a decision" };

export default async function NewDecisionPage() {
  const actor = await requirePageActor("decision.record");
  const [options, sources] = await Promise.all([getDecisionFormOptions(actor), listSourceOptions(actor)]);
  return (
    <>
      <PageHeading trail={[{ href: "/decisions", label: "Decision log" }]} title="Record a decision" leadClassName="nhs-text-19 max-w-reading mb-6">
        A halt holds the go-lives it covers that are not yet live, from its date, until a resume lifts it. Every decision rests on a source.
      </PageHeading>
      <DecisionForm trusts={options.trusts} halts={options.halts} sources={sources} />
    </>
  );
}
