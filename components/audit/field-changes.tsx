import { describeAuditChange, type AuditNames } from "@/lib/domain/audit-diff";
import { Secondary } from "../ui/secondary";

/** What changed, field by field (lib/domain/audit-diff.ts); as text, never as markup: whatever a person typed is shown as typed. */
export function FieldChanges({ before, after, names }: { before: unknown; after: unknown; names: AuditNames }) {
  const changes = describeAuditChange(before, after, names);
  if (changes.length === 0) return <Secondary>No field changed</Secondary>;
  return (
    <ul className="space-y-1 max-w-[32rem]">
      {changes.map((c) => (
        <li key={c.field} className="break-words">
          <span className="font-semibold">{c.field}:</span>{" "}
          {c.before !== null && c.after !== null ? (
            <>
              <span className="text-ink-secondary">was</span> {c.before}, <span className="text-ink-secondary">now</span> {c.after}
            </>
          ) : c.after !== null ? (
            c.after
          ) : (
            <>
              {c.before} <span className="text-ink-secondary">(removed)</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
