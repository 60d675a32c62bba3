import type { PackCorrection } from "@/lib/domain/record-corrections";
import { formatRecordedAt } from "@/lib/domain/dates";
import { Secondary } from "../ui/secondary";
import { DataTable } from "../ui/data-table";
import { td } from "../ui/table-styles";

/** Corrections recorded in the dashboard (from the audit trail): when, who, about what, what changed. */
export function CorrectionsTable({ corrections, caption, none }: { corrections: PackCorrection[]; caption: string; none: string }) {
  if (corrections.length === 0)
    return (
      <p>
        <Secondary>{none}</Secondary>
      </p>
    );
  return (
    <DataTable caption={caption} columns={["Recorded", "By", "About", "Correction"]}>
      {corrections.map((c) => (
        <tr key={c.id} className="print:break-inside-avoid">
          <td className={td}>{formatRecordedAt(c.at)}</td>
          <td className={td}>{c.by}</td>
          <td className={td}>{c.subject}</td>
          <td className={td}>{c.text}</td>
        </tr>
      ))}
    </DataTable>
  );
}
