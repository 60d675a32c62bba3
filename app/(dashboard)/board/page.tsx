import type { Metadata } from "next";
import Link from "next/link";
import { FormLink } from "@/components/ui/form-link";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Board review" };

const SECTIONS = [
  {
    href: "/board/pack",
    title: "Board pack",
    text: "A print-ready pack for a meeting or a decision: status on the day, changes since the last pack, decisions in force, their cost, the conflicts and every source.",
  },
  {
    href: "/board/packs",
    title: "Packs issued to the board",
    text: "Every pack issued for a meeting, kept exactly as issued with its SHA-256: what changed between two packs, and what we know now that we did not then.",
  },
  {
    href: "/board/costs",
    title: "What each decision cost",
    text: "For each halt, postponement and resume: the go-lives it held, for how long, and the money that moved with them.",
  },
  {
    href: "/board/what-if",
    title: "What if",
    text: "Move a halt, a resume or a trust's planned date and see the knock-on on the other go-lives and the payments, beside the record. Nothing is saved.",
  },
  {
    href: "/board/trends",
    title: "Milestone trends",
    text: "Each go-live's forecast date as known at each reporting date, against the date it went live: which forecasts held, which slipped, and when.",
  },
  {
    href: "/board/promises",
    title: "Promises ledger",
    text: "Every dated commitment in the record, who made it and what became of it: kept, kept late, broken, superseded or still open, scored by who made them and by trust.",
  },
  {
    href: "/board/tolerances",
    title: "Tolerances and exceptions",
    text: "What the board agreed to tolerate (days of slip against a baseline, a deadline, money deferred) and the go-lives outside it on a date.",
  },
  {
    href: "/board/timeline",
    title: "Board timeline",
    text: "Per trust, each baseline's planned date beside the actual go-live, with halts shaded and decisions marked, from the whole programme down to a quarter.",
  },
  {
    href: "/board/baselines",
    title: "Baselines",
    text: "Compare the plans of any date with a baseline: slip per trust in days, re-plans, and who announced them.",
  },
] as const;

export default async function BoardPage() {
  const actor = await requirePageActor("rollout.read");
  return (
    <>
      <h1>Board review</h1>
      <p className="nhs-text-22 max-w-reading mb-8">
        What the programme board&apos;s decisions did, how today&apos;s plans compare with earlier ones, and what a different decision would have changed.
      </p>
      <ul className="grid grid-cols-1 tablet:grid-cols-2 gap-6 list-none">
        {SECTIONS.map((s) => (
          <li key={s.href} className="bg-white p-6 border-b-4 border-rule">
            <h2 className="nhs-text-22 mb-2">
              <Link href={s.href}>{s.title}</Link>
            </h2>
            <p className="mb-0">{s.text}</p>
          </li>
        ))}
      </ul>
      {can(actor, "baseline.record") ? (
        <FormLink href="/board/baselines/new" spacing="mt-8">
          Take a baseline
        </FormLink>
      ) : null}
    </>
  );
}
