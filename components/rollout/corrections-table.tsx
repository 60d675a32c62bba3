import type { PackCorrection } from "@/lib/domain/record-corrections";
import { formatRecordedAt } from "@/lib/domain/record-corrections";
import { Secondary } from "../ui/secondary";
import { table, td, th } from "../ui/table-styles";

/** Corrections recorded in the dashboard (from the audit trail): when, who, about what, what changed. */
export function CorrectionsTable({ corrections, caption, none }: { corrections: PackCorrection[]; caption: string; none: string }) {
  if (corrections.length === 0)
    return (
      <p>
        <Secondary>{none}</Secondary>
      </p>
    );
  return (
    <table className={table}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={th}>
            Recorded
          </th>
          <th scope="col" className={th}>
            By
          </th>
          <th scope="col" className={th}>
            About
          </th>
          <th scope="col" className={th}>
            Correction
          </th>
        </tr>
      </thead>
      <tbody>
        {corrections.map((c) => (
          <tr key={c.id} className="print:break-inside-avoid">
            <td className={td}>{formatRecordedAt(c.at)}</td>
            <td className={td}>{c.by}</td>
            <td className={td}>{c.subject}</td>
            <td className={td}>{c.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
