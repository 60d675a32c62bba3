import type { AuditEntry } from "@/lib/data/audit";
import { EmptyNote } from "../ui/secondary";
import { Tag } from "../ui/tag";
import { FieldChanges } from "../audit/field-changes";

const ACTION_LABEL: Record<string, string> = {
  "go-live.replan": "Re-planned",
  "go-live.record-actual": "Recorded the go-live",
  "acceptance.record": "Recorded acceptance",
  "problem.record": "Recorded a problem",
  "decision.record": "Recorded a decision",
  "source.add": "Added a source",
  "user.invite": "Invited",
  "user.accept-invitation": "Accepted the invitation",
  "user.set-roles": "Changed roles",
  "user.deactivate": "Deactivated the account",
  "user.reactivate": "Reactivated the account",
  "user.create-demo": "Created the demo account",
};

const when = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", { timeZone: "Europe/London", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });

export function ChangeHistory({ entries }: { entries: AuditEntry[] }) {
  if (entries.length === 0) return <EmptyNote>No changes have been recorded through the dashboard yet.</EmptyNote>;
  return (
    <ol className="space-y-4">
      {entries.map((e) => (
        <li key={e.id} className="bg-white p-4 tablet:p-6">
          <p className="flex flex-wrap items-center gap-2 mb-2">
            {e.outcome === "CONFLICT" ? <Tag tone="orange">Refused: someone else had changed it</Tag> : <Tag tone="green">Saved</Tag>}
            <span className="font-semibold">{ACTION_LABEL[e.action] ?? e.action}</span>
            <span>
              by {e.actor}, {when(e.occurredAt)}
            </span>
          </p>
          <FieldChanges before={e.before} after={e.after} />
        </li>
      ))}
    </ol>
  );
}
