import type { ReactNode } from "react";
import { Secondary } from "./secondary";
import { TableHead, type HeadColumn } from "./table-head";
import { TableScroll } from "./table-scroll";
import { table } from "./table-styles";

/**
 * A section of a page that is one table: its heading, then the table in its scrolling box (its caption read by
 * screen readers only: the heading shows it), or, when it has no rows, a line that says so.
 */
export function TableSection({
  id,
  heading,
  caption,
  columns,
  empty,
  children,
}: {
  /** the heading's id is `${id}-heading` */
  id: string;
  heading: string;
  /** what the rows are and their order, e.g. "Your tokens, newest first" */
  caption: string;
  columns: readonly HeadColumn[];
  /** said instead of the table when there are no rows; null when there are */
  empty: string | null;
  /** the table's rows */
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mb-10">
      <h2 id={`${id}-heading`}>{heading}</h2>
      {empty !== null ? (
        <p className="bg-white p-4">
          <Secondary>{empty}</Secondary>
        </p>
      ) : (
        <TableScroll label={heading}>
          <table className={`${table} min-w-[48rem]`}>
            <caption className="sr-only">{caption}</caption>
            <TableHead columns={columns} />
            <tbody>{children}</tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
