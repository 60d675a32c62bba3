import type { AuditEntry } from "@/lib/data/audit";
import { EmptyNote } from "../ui/secondary";
import { Tag } from "../ui/tag";
import { FieldChanges } from "../audit/field-changes";
import { actionInWords } from "@/lib/domain/audit-actions";
import { formatRecordedAt } from "@/lib/domain/dates";

export function ChangeHistory({ entries }: { entries: AuditEntry[] }) {
  if (entries.length === 0) return <EmptyNote>No changes have been recorded through the dashboard yet.</EmptyNote>;
  return (
    <ol className="space-y-4">
      {entries.map((e) => (
        <li key={e.id} className="bg-white p-4 tablet:p-6">
          <p className="flex flex-wrap items-center gap-2 mb-2">
            {e.outcome === "CONFLICT" ? <Tag tone="orange">Refused: someone else had changed it</Tag> : <Tag tone="green">Saved</Tag>}
            <span className="font-semibold">{actionInWords(e.action)}</span>
            <span>
              by {e.actor}, {formatRecordedAt(e.occurredAt)}
            </span>
          </p>
          <FieldChanges before={e.before} after={e.after} names={e.names} />
        </li>
      ))}
    </ol>
  );
}
