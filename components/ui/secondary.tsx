/** Secondary text, as the NHS tables use for "Not known" and "No data": never an empty cell. */
export function Secondary({ children }: { children: React.ReactNode }) {
  return <span className="text-ink-secondary">{children}</span>;
}

/** What a list says when it has nothing to show, in its white box: "No changes have been recorded…". */
export function EmptyNote({ children }: { children: React.ReactNode }) {
  return (
    <p className="bg-white p-4">
      <Secondary>{children}</Secondary>
    </p>
  );
}

/** A line of secondary text under a cell's or a heading's main words (a go-live's scope under its trust). */
export function SecondaryLine({ children }: { children: React.ReactNode }) {
  return (
    <span className="block">
      <Secondary>{children}</Secondary>
    </span>
  );
}
