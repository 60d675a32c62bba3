import type { ReactNode } from "react";
import { th } from "./table-styles";

/** A column heading: its words, and where it needs them, extra classes (numbers right-aligned, a width) or a key. */
export type HeadColumn = ReactNode | { label: ReactNode; className?: string; key?: string };

function isColumnObject(c: HeadColumn): c is { label: ReactNode; className?: string; key?: string } {
  return typeof c === "object" && c !== null && "label" in c;
}

/**
 * A table's `<thead>`: one row of `<th scope="col">` in the NHS table style, one per column.
 * `columns={["Trust", "Status", { label: "Amount", className: "text-right" }]}`.
 */
export function TableHead({ columns }: { columns: readonly HeadColumn[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => {
          const column = isColumnObject(c) ? c : { label: c };
          return (
            <th
              key={column.key ?? (typeof column.label === "string" ? column.label : i)}
              scope="col"
              className={column.className ? `${th} ${column.className}` : th}
            >
              {column.label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

/** The last column of a table whose rows end in buttons or links: named for screen readers only. */
export const ACTIONS_COLUMN: HeadColumn = { label: <span className="sr-only">Actions</span>, key: "actions" };
