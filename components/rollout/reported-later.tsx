import { formatIsoDate } from "@/lib/domain/dates";

/**
 * With hindsight, a fact or source shown for a date that only became known after it, said in words
 * (never a colour alone): "Reported later, 3 November 2009".
 */
export function ReportedLater({ on, what = "Reported" }: { on: string | null; what?: "Reported" | "Published" }) {
  if (!on) return null;
  return (
    <span className="inline-block mt-1 px-1 border-l-4 border-tag-yellow-ink bg-tag-yellow-bg text-tag-yellow-ink nhs-text-16">
      {what} later, {formatIsoDate(on)}
    </span>
  );
}
