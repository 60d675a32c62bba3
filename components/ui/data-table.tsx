import { TableScroll } from "./table-scroll";
import type { ReactNode } from "react";
import { Secondary } from "./secondary";
import { TableHead, type HeadColumn } from "./table-head";
import { table, td } from "./table-styles";

/**
 * A table in the NHS style: its caption, one heading row (TableHead) and its rows. `empty`, given when there are
 * no rows, is said in one row across every column in secondary text, so a table is never blank. `className` adds
 * to the table's classes (its minimum width, a margin). `scroll` puts a wide table in its labelled scrolling box.
 */
export function DataTable({
  scroll,
  scrollClassName,
  caption,
  captionClassName,
  columns,
  className,
  empty,
  children,
}: {
  /** a wide table: the label of the box it scrolls in on a narrow screen (TableScroll), usually its caption */
  scroll?: string;
  scrollClassName?: string;
  caption: ReactNode;
  captionClassName?: string;
  columns: readonly HeadColumn[];
  className?: string;
  empty?: ReactNode;
  children: ReactNode;
}) {
  const drawn = (
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
  return scroll ? (
    <TableScroll label={scroll} className={scrollClassName}>
      {drawn}
    </TableScroll>
  ) : (
    drawn
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
