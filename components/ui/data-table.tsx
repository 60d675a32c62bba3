import type { ReactNode } from "react";
import { Secondary } from "./secondary";
import { TableHead, type HeadColumn } from "./table-head";
import { table, td } from "./table-styles";

/**
 * A table in the NHS style: its caption, one heading row (TableHead) and its rows. `empty`, given when there are
 * no rows, is said in one row across every column in secondary text, so a table is never blank. `className` adds
 * to the table's classes (its minimum width, a margin).
 */
export function DataTable({
  caption,
  captionClassName,
  columns,
  className,
  empty,
  children,
}: {
  caption: ReactNode;
  captionClassName?: string;
  columns: readonly HeadColumn[];
  className?: string;
  empty?: ReactNode;
  children: ReactNode;
}) {
  return (
    <table className={className ? `${table} ${className}` : table}>
      <caption className={captionClassName}>{caption}</caption>
      <TableHead columns={columns} />
      <tbody>
        {empty ? (
          <tr>
            <td colSpan={columns.length} className={td}>
              <Secondary>{empty}</Secondary>
            </td>
          </tr>
        ) : null}
        {children}
      </tbody>
    </table>
  );
}

/** A row's heading cell: the first cell, which names the row, in body weight. `className` adds to it. */
export function RowHead({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <th scope="row" className={`${td} text-left font-normal${className ? ` ${className}` : ""}`}>
      {children}
    </th>
  );
}
