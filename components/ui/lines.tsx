import type { ReactNode } from "react";
import { Secondary } from "./secondary";

/** Items one to a line, with no bullets; when there are none, `none` in secondary text (a cell is never blank). */
export function Lines<T>({
  items,
  keyOf,
  none,
  children,
}: {
  items: readonly T[];
  keyOf: (item: T) => string | number;
  none: ReactNode;
  children: (item: T) => ReactNode;
}) {
  if (items.length === 0) return <Secondary>{none}</Secondary>;
  return (
    <ul className="list-none">
      {items.map((item) => (
        <li key={keyOf(item)}>{children(item)}</li>
      ))}
    </ul>
  );
}
