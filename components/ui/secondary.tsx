/** Secondary text, as the NHS tables use for "Not known" and "No data": never an empty cell. */
export function Secondary({ children }: { children: React.ReactNode }) {
  return <span className="text-ink-secondary">{children}</span>;
}
