import type { ColumnDoc } from "@/lib/exports/types";
import { DataTable, RowHead } from "./data-table";
import { td } from "./table-styles";

/** An export's columns (the column dictionary at /exports, and the API's rows at /api/docs): name, type, meaning, example. */
export function ColumnTable({ title, columns }: { title: string; columns: ColumnDoc[] }) {
  return (
    <div className="relative overflow-x-auto focus-visible:nhs-focus-box" tabIndex={0} role="group" aria-label={`Columns of ${title}`}>
      <DataTable className="min-w-[48rem]" caption={`Columns of ${title}`} captionClassName="sr-only" columns={["Column", "Type", "Meaning", "Example"]}>
        {columns.map((c) => (
          <tr key={c.name}>
            <RowHead className="font-mono">{c.name}</RowHead>
            <td className={td}>{c.type}</td>
            <td className={td}>{c.meaning}</td>
            <td className={`${td} font-mono break-all`}>{c.example || <span className="text-ink-secondary font-sans">(empty)</span>}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
