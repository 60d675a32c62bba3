import type { ColumnDoc } from "@/lib/exports/types";
import { TableHead } from "./table-head";
import { td } from "./table-styles";

/** An export's columns (the column dictionary at /exports, and the API's rows at /api/docs): name, type, meaning, example. */
export function ColumnTable({ title, columns }: { title: string; columns: ColumnDoc[] }) {
  return (
    <div className="relative overflow-x-auto focus-visible:nhs-focus-box" tabIndex={0} role="group" aria-label={`Columns of ${title}`}>
      <table className="w-full min-w-[48rem] border-collapse nhs-text-16">
        <caption className="sr-only">Columns of {title}</caption>
        <TableHead columns={["Column", "Type", "Meaning", "Example"]} />
        <tbody>
          {columns.map((c) => (
            <tr key={c.name}>
              <th scope="row" className={`${td} text-left font-mono font-normal`}>
                {c.name}
              </th>
              <td className={td}>{c.type}</td>
              <td className={td}>{c.meaning}</td>
              <td className={`${td} font-mono break-all`}>{c.example || <span className="text-ink-secondary font-sans">(empty)</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
